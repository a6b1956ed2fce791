/**
 * One unit (sentence) → at most one raw statement: picks the cue and speaker, then decides where the content lies
 * (before the speaker, after the cue, or both for a split quote). Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {findCues, type Cue} from './cues.js';
import {objectCues} from './lexicon.js';
import {phraseStartingAt, speakerBefore, type Phrase} from './speakers.js';

/** A statement before sources are resolved. */
export type RawStatement = {
	content: Range[];
	kind: StatementKind;
	cue: Range | undefined;
	speaker: Range | undefined;
	/** Appositive or relative clause next to the speaker (role text, anonymity phrases). */
	role: Range | undefined;
	clause: Range | undefined;
	paragraph: number;
	/** No cue and no speaker: a bare quotation, attributed from context later. */
	bare: boolean;
	/** The last content span is a quotation left open at the paragraph's end. */
	open: boolean;
};

function isSkippable(c: string | undefined): boolean {
	return c === ' ' || c === ',' || c === ':' || c === ';' || c === '\u2014' || c === '\u2013' || c === '-' || c === '\t'
		|| c === '\u00A0' || c === '(' || c === ')';
}

/** Shrinks `[a, b)` to its content: no edge spaces or commas, no final period outside a quotation. */
function trimRegion(text: string, a: number, b: number, quotes: readonly Quote[]): Range | undefined {
	let start = a;
	let end = b;
	while (start < end && isSkippable(text[start])) {
		start++;
	}

	for (;;) {
		while (end > start && isSkippable(text[end - 1])) {
			end--;
		}

		const c = text[end - 1];
		if (end > start && (c === '.' || c === '?' || c === '!') && !quotes.some(q => q.start < end - 1 && end - 1 < q.end)) {
			end--;
			continue;
		}

		break;
	}

	return end > start ? {start, end} : undefined;
}

function quotesIn(r: Range, quotes: readonly Quote[]): Quote[] {
	return quotes.filter(q => q.start >= r.start && q.end <= r.end);
}

function quoteShare(r: Range, quotes: readonly Quote[]): number {
	let n = 0;
	for (const q of quotesIn(r, quotes)) {
		n += q.end - q.start;
	}

	return n / (r.end - r.start);
}

function wordCount(tokens: readonly Token[], r: Range): number {
	let n = 0;
	for (const t of tokens) {
		if (t.word && t.start >= r.start && t.end <= r.end) {
			n++;
		}
	}

	return n;
}

/** Where content starts after the cue: at `that` when it comes soon, after a told-type object otherwise. */
function contentStart(tokens: readonly Token[], cue: Cue, after: number): number {
	const verb = tokens[cue.first]!;
	for (let k = after; k < tokens.length && k - after < 9; k++) {
		const t = tokens[k]!;
		if (t.lower === 'that' && !t.quoted) {
			return t.start;
		}

		if (!t.word || t.quoted) {
			break;
		}
	}

	const next = tokens[after];
	if (next && objectCues.has(verb.lower) && next.word && !next.quoted) {
		let k = after + 1;
		if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(next.lower) && tokens[k]?.word) {
			k++;
		}

		return tokens[k]?.start ?? tokens.at(-1)!.end;
	}

	return next?.start ?? tokens.at(-1)!.end;
}

type Choice = {cue: Cue; phrase: Phrase | undefined; inverted: boolean};

function pickSpeaker(tokens: readonly Token[], cue: Cue): Choice {
	if (cue.according) {
		return {cue, phrase: phraseStartingAt(tokens, cue.last + 1), inverted: true};
	}

	const verb = tokens[cue.first]!;
	if (verb.lower.endsWith('ing') && tokens[cue.first - 1]?.text === ',') {
		// `…, saying that …`: the subject of the sentence speaks.
		let s = 0;
		while (s < cue.first && (!tokens[s]!.word || tokens[s]!.quoted)) {
			s++;
		}

		return {cue, phrase: phraseStartingAt(tokens, s), inverted: false};
	}

	const before = speakerBefore(tokens, cue.first);
	if (before) {
		return {cue, phrase: before, inverted: false};
	}

	const prev = tokens[cue.first - 1];
	if (!prev || prev.text === ',' || prev.mark) {
		const after = phraseStartingAt(tokens, cue.last + 1);
		if (after) {
			return {cue, phrase: after, inverted: true};
		}
	}

	return {cue, phrase: undefined, inverted: false};
}

function choose(tokens: readonly Token[], cues: readonly Cue[]): Choice | undefined {
	// A run-on unit with very many cues: only its first and last few can be the attribution (keeps this linear).
	const considered = cues.length > 16 ? [...cues.slice(0, 8), ...cues.slice(-8)] : cues;
	const choices = considered.map(c => pickSpeaker(tokens, c)).filter(c => c.phrase);
	// An attribution closing the sentence (`…, X said.`) is the outer one; cues before it sit inside its content.
	for (let i = choices.length - 1; i > 0; i--) {
		const c = choices[i]!;
		const end = Math.max(c.cue.last, c.phrase!.last);
		const begin = Math.min(c.cue.first, c.phrase!.first);
		const before = tokens[begin - 1];
		let rest = 0;
		for (let k = end + 1; k < tokens.length && rest <= 4; k++) {
			rest += tokens[k]!.word ? 1 : 0;
		}

		if (rest <= 4 && before && (before.text === ',' || before.mark)) {
			return c;
		}
	}

	return choices[0] ?? (cues[0] ? {cue: cues[0], phrase: undefined, inverted: false} : undefined);
}

function range(tokens: readonly Token[], p: {first: number; last: number} | undefined): Range | undefined {
	return p ? {start: tokens[p.first]!.start, end: tokens[p.last]!.end} : undefined;
}

/** The statement of one unit, if it has one. */
export function unitStatement(text: string, unit: Range, quotes: readonly Quote[], tokens: readonly Token[],
	paragraph: number): RawStatement | undefined {
	const base = {paragraph, role: undefined, clause: undefined, bare: false, open: quotes.at(-1)?.open === true
		&& quotes.at(-1)!.end >= unit.end - 1};
	const choice = choose(tokens, findCues(tokens));
	const whole = trimRegion(text, unit.start, unit.end, quotes);
	if (!choice) {
		if (!whole || quotes.length === 0) {
			return undefined;
		}

		const colon = tokens.findIndex(t => t.text === ':' && !t.quoted);
		if (colon > 0 && quotes.some(q => q.start > tokens[colon]!.start)) {
			const phrase = phraseStartingAt(tokens, tokens.findIndex(t => t.word));
			const after = trimRegion(text, tokens[colon]!.end, unit.end, quotes)!;
			if (phrase && after && quoteShare(after, quotes) > 0.8) {
				return {...base, content: quotesIn(after, quotes).map(q => ({start: q.start, end: q.end})), kind: 'direct',
					cue: {start: tokens[colon]!.start, end: tokens[colon]!.end}, speaker: range(tokens, phrase)};
			}
		}

		if (quoteShare(whole, quotes) >= 0.85 && wordCount(tokens, whole) >= 2) {
			return {...base, content: quotesIn(whole, quotes).map(q => ({start: q.start, end: q.end})), kind: 'direct',
				cue: undefined, speaker: undefined, bare: true};
		}

		return undefined;
	}

	const {cue, phrase, inverted} = choice;
	const cueStart = tokens[cue.first]!.start;
	const cueEnd = tokens[cue.last]!.end;
	let preEnd: number;
	let postFrom: number;
	if (phrase && !inverted && phrase.first < cue.first) {
		preEnd = tokens[phrase.first]!.start;
		postFrom = contentStart(tokens, cue, cue.last + 1);
	} else if (phrase && inverted) {
		preEnd = cueStart;
		postFrom = tokens[phrase.last + 1]?.start ?? unit.end;
	} else {
		preEnd = cueStart;
		postFrom = contentStart(tokens, cue, cue.last + 1);
	}

	const pre = trimRegion(text, unit.start, preEnd, quotes);
	const post = trimRegion(text, postFrom, unit.end, quotes);
	const postIsQuote = post !== undefined && quotes.some(q => q.start === post.start) && quoteShare(post, quotes) > 0.8;
	let content: Range[] | undefined;
	if (pre && quoteShare(pre, quotes) > 0.8) {
		content = quotesIn(pre, quotes).map(q => ({start: q.start, end: q.end}));
		if (postIsQuote) {
			content.push(...quotesIn(post, quotes).map(q => ({start: q.start, end: q.end})));
		}
	} else {
		const between = text.slice(pre?.end ?? unit.start, preEnd);
		const postStartsThat = post !== undefined && text.startsWith('that', post.start);
		let region: Range | undefined;
		if (post && postStartsThat) {
			region = post;
		} else if (pre && between.includes(',') && wordCount(tokens, pre) >= 4) {
			region = pre;
		} else if (post && wordCount(tokens, post) >= 2) {
			region = post;
		} else if (pre && wordCount(tokens, pre) >= 3) {
			region = pre;
		}

		if (region) {
			content = quoteShare(region, quotes) > 0.9
				? quotesIn(region, quotes).map(q => ({start: q.start, end: q.end}))
				: [region];
		}
	}

	if (!content || content.length === 0) {
		return undefined;
	}

	if (!phrase && !content.some(r => quotes.some(q => q.start >= r.start && q.end <= r.end))) {
		return undefined;
	}

	const quotedShare = content.reduce((n, r) => n + quoteShare(r, quotes) * (r.end - r.start), 0)
		/ content.reduce((n, r) => n + r.end - r.start, 0);
	const kind: StatementKind = quotedShare > 0.9 ? 'direct' : (quotes.some(q => content.some(r => q.start >= r.start
		&& q.end <= r.end)) ? 'mixed' : 'indirect');
	return {
		...base,
		content,
		kind,
		cue: {start: cueStart, end: cueEnd},
		speaker: range(tokens, phrase),
		role: range(tokens, phrase?.role),
		clause: range(tokens, phrase?.clause),
	};
}
