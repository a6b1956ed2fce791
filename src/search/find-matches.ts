import type {TextRange} from '../article/types.js';
import {foldText, foldUnit, foldWhole, textFolder} from './fold.js';

/*
 * Incremental search runs this on every key press, over articles of several MB. The expensive part, folding
 * the text, is done once per (text, mode) and cached; each query is then an `indexOf` loop or one regular
 * expression over the folded text.
 */

type Folded = {readonly text: string; readonly folded: string; readonly hasMarks: boolean};

/** The last folded text per mode (`foldCase|loose`). */
const foldedTexts = new Map<string, Folded>();

function foldedFor(text: string, foldCase: boolean, loose: boolean): Folded {
	const cached = foldedTexts.get(modeKey(foldCase, loose));
	if (cached?.text === text) {
		return cached;
	}

	const {folded, hasMarks} = foldWhole(text, foldCase, loose);
	return remember(text, foldCase, loose, folded, hasMarks);
}

function modeKey(foldCase: boolean, loose: boolean): string {
	return `${foldCase}|${loose}`;
}

function remember(text: string, foldCase: boolean, loose: boolean, folded: string, hasMarks: boolean): Folded {
	const entry = {text, folded, hasMarks: loose && hasMarks};
	foldedTexts.set(modeKey(foldCase, loose), entry);
	return entry;
}

/** Whether `text` is already folded for the most common search (see `searchPreparer`). */
export function isPreparedForSearch(text: string): boolean {
	return foldedTexts.get(modeKey(true, true))?.text === text;
}

/**
 * Folds `text` for the most common search (a lower-case query without accents) in steps of about `budgetMs`
 * milliseconds, while the reader is idle after opening an article, so the first key of a search does not wait
 * for it (about 90 ms on a 3 MB article). `step` returns true once done. `findMatches` folds on first use
 * otherwise.
 */
export function searchPreparer(text: string): {step(budgetMs: number): true | null} {
	const folder = textFolder(text, true, true);
	return {
		step(budgetMs) {
			if (isPreparedForSearch(text)) {
				return true;
			}

			const result = folder.step(budgetMs);
			if (result === null) {
				return null;
			}

			remember(text, true, true, result.folded, result.hasMarks);
			return true;
		},
	};
}

const capital = /[\p{Lu}\p{Lt}]/u;
const whitespace = /\s+/;

function escapeRegExp(text: string): string {
	return text.replaceAll(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** True when loose folding would change `query` beyond its case (it has accents, curly quotes or dashes). */
function hasLooseCharacters(query: string): boolean {
	for (let index = 0; index < query.length; index++) {
		const code = query.charCodeAt(index);
		if (foldUnit(code, true, true) !== foldUnit(code, true, false)) {
			return true;
		}
	}

	return false;
}

/**
 * Every match of `query` in `text`, in order, not overlapping, as UTF-16 offset ranges into `text`.
 * - Smart case: case-insensitive unless the query has a capital letter (Unicode case folding that keeps offsets).
 * - Smart accents: `cafe` finds `café` and `don't` finds `don’t` (accents, curly quotes and dashes folded)
 *   unless the query itself has an accented letter, a curly quote or a dash; then those match exactly.
 * - Whitespace in the query matches any run of white space in the text (so across line breaks); everything
 *   else is literal. A query of only white space matches nothing.
 * The folded text is cached per mode, so repeated queries on the same text only pay for the scan.
 */
export function findMatches(text: string, query: string): TextRange[] {
	const parts = query.split(whitespace);
	if (parts.every(part => part === '')) {
		return [];
	}

	const foldCase = !capital.test(query);
	const loose = !hasLooseCharacters(query);
	const {folded, hasMarks} = foldedFor(text, foldCase, loose);
	const needles = parts.map(part => foldText(part, foldCase, loose));
	const matches: TextRange[] = [];
	if (needles.length === 1 && !hasMarks) {
		const needle = needles[0]!;
		for (let index = folded.indexOf(needle); index !== -1; index = folded.indexOf(needle, index + needle.length)) {
			matches.push({start: index, end: index + needle.length});
		}
	} else {
		// In loose mode a decomposed accent (e + U+0301) may follow any character of the text.
		const marks = hasMarks ? '[\\u0300-\\u036F]*' : '';
		const source = needles.map(needle => [...needle].map(character => escapeRegExp(character) + marks).join('')).join('\\s+');
		for (const match of folded.matchAll(new RegExp(source, 'g'))) {
			if (match[0].length > 0) {
				matches.push({start: match.index, end: match.index + match[0].length});
			}
		}
	}

	// A match must not end inside a character: in loose mode it takes the accents that follow it, in exact
	// mode a match followed by a combining accent is a different letter and does not count.
	if (loose) {
		return hasMarks ? matches.map(match => extendOverMarks(text, match)) : matches;
	}

	return matches.filter(match => !isMark(text.charCodeAt(match.end)));
}

function isMark(code: number): boolean {
	return code >= 0x03_00 && code <= 0x03_6F;
}

function extendOverMarks(text: string, match: TextRange): TextRange {
	let end = match.end;
	while (isMark(text.charCodeAt(end))) {
		end++;
	}

	return end === match.end ? match : {start: match.start, end};
}
