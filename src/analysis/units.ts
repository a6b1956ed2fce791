/**
 * Paragraphs and sentence-like units. A unit never ends inside a quotation, so `“A. B,” she said.` is one unit and
 * the attribution after a long quote stays with it. Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import {cueVerbs, weakCues} from './lexicon.js';
import {trimmedLines} from '../text/hard-wrap.js';

/** A `[start, end)` range of the text. */
export type Range = {readonly start: number; readonly end: number};

/** Paragraphs are lines; blank lines are skipped and surrounding spaces trimmed. */
export function paragraphs(text: string): Range[] {
	return trimmedLines(text).filter(line => line.end > line.start);
}

const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt',
	'cmdr', 'adm', 'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'v', 'jan', 'feb', 'mar', 'apr',
	'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ft', 'mt', 'prof', 'pres', 'gov', 'atty', 'supt', 'rev',
	'hon', 'sens', 'messrs', 'u.s', 'u.n', 'u.k', 'd.c', 'e.g', 'i.e', 'a.m', 'p.m', 'ph.d', 'etc', 'al', 'approx', 'est',
	'dept', 'univ', 'assn', 'bros', 'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'n.y', 'pa', 'tenn', 'tex', 'va',
	'wash', 'wis', 'ariz', 'colo', 'conn', 'ga', 'ky', 'la', 'md', 'mo', 'nev', 'okla', 'ore', 'wyo', 'ala', 'ark', 'del',
	'kan', 'neb', 'n.j', 'n.c', 's.c', 'n.h', 'r.i']);

function isTerminal(c: string | undefined): boolean {
	return c === '.' || c === '!' || c === '?';
}

function isCloser(c: string | undefined): boolean {
	return c === '"' || c === '\'' || c === '\u201D' || c === '\u2019' || c === ')' || c === ']' || c === '\u00BB';
}

function startsSentence(c: string | undefined): boolean {
	if (c === undefined) {
		return false;
	}

	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '\u201C' || c === '"' || c === '\'' || c === '\u2018'
		|| c === '(' || c === '[' || (c > '\u00BF' && c.toLowerCase() !== c);
}

/** Whether the word ending just before the period at `i` is an abbreviation or an initial. */
function isAbbreviation(text: string, i: number, lo: number): boolean {
	let a = i;
	while (a > lo && i - a < 12 && /[A-Za-z.]/.test(text[a - 1]!)) {
		a--;
	}

	const word = text.slice(a, i);
	if (word.length === 0) {
		return false;
	}

	if (word.length === 1 && word >= 'A' && word <= 'Z') {
		return true;
	}

	return abbreviations.has(word.toLowerCase().replace(/^\.+/, ''));
}

/** Verbs that, after a speaker, say who spoke the quoted question or exclamation before them. */
const questionVerbs = ('said says asked asks tweeted wrote added told replied shouted yelled declared exclaimed wondered joked'
	+ ' repeated echoed insisted countered responded retorted answered demanded cried screamed whispered').split(' ');
// Any finite cue verb that is not as often a noun or a verb of another sense (`“Why?” Lee noted, …`).
const attributionVerbs = [...new Set([...questionVerbs, ...[...cueVerbs].filter(v => !v.endsWith('ing') && !weakCues.has(v))])].join('|');
// (A writer's capital does not hide the verb: `Lee, the head of the group, Tweeted on Friday`; but `Said` is a surname.)
const capitalizedVerbs = questionVerbs.filter(v => !v.startsWith('sa')).map(v => v[0]!.toUpperCase() + v.slice(1)).join('|');
const attributionRe = new RegExp(`^\\p{Lu}[\\p{L}.'’, -]{0,40}?\\s(?:${attributionVerbs}|${capitalizedVerbs})\\b`, 'u');

/**
 * `“Why not?” Lee asked.`, `“Are we?” Kim repeated.`: after a quoted question or exclamation, a speaker and cue
 * continue the sentence; so does a speaker with an appositive between commas (`Rep. Ann Lee, D-Ohio, said`).
 */
function attributionFollows(text: string, k: number, hi: number): boolean {
	return attributionRe.test(text.slice(k, Math.min(hi, k + 60)));
}

/** Words that open a sentence but never follow a title or name: after `U.S.` they show the period ended the sentence. */
const clauseOpenerRe = /^(?:He|She|They|It|We|I|The|But|And|His|Her|Their|Its|This|That|These|Those|There|In|When|While|If|After|However|Meanwhile)\b/;

function opensClause(text: string, k: number, hi: number): boolean {
	// Initials (`J. The`) are rare; abbreviations of two letters and more (`U.S.`, `Co.`) before these words end sentences.
	const initial = /[A-Z]/.test(text[k - 3] ?? '') && (k - 4 < 0 || /\s/.test(text[k - 4]!));
	return !initial && clauseOpenerRe.test(text.slice(k, Math.min(hi, k + 12)));
}

/** Sentence-like units of the paragraph `[lo, hi)`; boundaries inside a quote are ignored. */
export function units(text: string, lo: number, hi: number, quotes: readonly Quote[]): Range[] {
	const out: Range[] = [];
	let start = lo;
	let q = 0;
	for (let i = lo; i < hi; i++) {
		const c = text.charCodeAt(i);
		if (c !== 46 && c !== 33 && c !== 63) { // . ! ?: char codes, as this looks at every character
			continue;
		}

		let j = i + 1;
		while (j < hi && (isTerminal(text[j]) || isCloser(text[j]))) {
			j++;
		}

		let k = j;
		while (k < hi && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00A0')) {
			k++;
		}

		// `Sen. Smith` is no boundary, `(D-Conn.). “Next` is: only a lone period right after the word can be an abbreviation's.
		// (`…native-born.”“Your facts …`, `…I love it!”Former …`: a curly closing mark glued to the next sentence ends it too.)
		const boundary = (k > j || text[j - 1] === '\u201D') && k < hi && startsSentence(text[k]) && !(text[i] === '.' && j === i + 1 && isAbbreviation(text, i, lo)
			&& !opensClause(text, k, hi));
		while (q < quotes.length && quotes[q]!.end <= j) {
			q++;
		}

		const insideQuote = q < quotes.length && quotes[q]!.start < j;
		if (boundary && !insideQuote && !(text[i] !== '.' && isCloser(text[j - 1]) && attributionFollows(text, k, hi))) {
			out.push({start, end: j});
			start = k;
		}

		i = j - 1;
	}

	if (start < hi) {
		out.push({start, end: hi});
	}

	return out;
}
