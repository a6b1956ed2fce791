import type {TextRange} from '../article/types.js';
import {foldText, foldUnit} from './fold.js';

/*
 * Incremental search runs this on every key press, over articles of several MB. The expensive part, folding
 * the text, is done once per (text, mode) and cached; each query is then an `indexOf` loop or one regular
 * expression over the folded text.
 */

type Folded = {readonly text: string; readonly folded: string; readonly hasMarks: boolean};

/** The last folded text per mode (`foldCase|loose`). */
const foldedTexts = new Map<string, Folded>();

function foldedFor(text: string, foldCase: boolean, loose: boolean): Folded {
	const key = `${foldCase}|${loose}`;
	const cached = foldedTexts.get(key);
	if (cached?.text === text) {
		return cached;
	}

	const entry = {text, folded: foldText(text, foldCase, loose), hasMarks: loose && combiningDiacritic.test(text)};
	foldedTexts.set(key, entry);
	return entry;
}

/**
 * Folds `text` for the most common search (lowercase query without accents) ahead of time, e.g. when the
 * reader is idle after opening an article, so the first key press of a search does not pay for it (about
 * 25 ms per 3 MB). Optional: `findMatches` does the same on first use.
 */
export function prepareSearch(text: string): void {
	foldedFor(text, true, true);
}

const combiningDiacritic = /[\u0300-\u036F]/;
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
