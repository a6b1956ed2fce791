import {parseText} from '../../src/article/parse-text.js';
import type {Article} from '../../src/article/types.js';
import type {KeyPress} from '../../src/app/key-name.js';
import {initialState, type AppState, type Size} from '../../src/app/state.js';
import {update} from '../../src/app/update.js';

const words = ['harbour', 'council', 'ferry', 'budget', 'river', 'station', 'winter', 'market', 'signal', 'orchard'];

/** A plain-text article of `paragraphs` paragraphs of our own made-up sentences; `Needle` appears in some. */
export function makeArticle(paragraphs = 40): Article {
	const blocks: string[] = [];
	for (let index = 0; index < paragraphs; index++) {
		const sentence = Array.from({length: 30 + (index % 7) * 5}, (_, word) => words[(index + word) % words.length]).join(' ');
		blocks.push(`Paragraph ${index + 1}: ${sentence}${index % 5 === 2 ? ' Needle in the story, and a needle again.' : ''}.`);
	}

	return parseText(blocks.join('\n\n'), 'fixture.txt');
}

/** A reading state on `article` at `size`. */
export function readingState(article: Article = makeArticle(), size: Size = {columns: 100, rows: 30}): AppState {
	return initialState({size, article, articleKey: '/tmp/fixture.txt'});
}

/** Applies key presses by canonical name (`space`, `j`, `enter`, …) or, for longer strings, as typed text. */
export function press(state: AppState, ...keys: string[]): AppState {
	let next = state;
	for (const key of keys) {
		const keyPress: KeyPress = key.length === 1 ? {name: key, text: key} : (isName(key) ? {name: key, text: key === 'space' ? ' ' : ''} : {name: '', text: key});
		next = update(next, {type: 'key/pressed', press: keyPress});
	}

	return next;
}

const names = new Set(['space', 'enter', 'escape', 'tab', 'backspace', 'up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'ctrl+c', 'shift+tab']);

function isName(key: string): boolean {
	return names.has(key);
}
