/**
 * The question put to a speaker, reported with the answer: an opening `Asked about the plan, …` / `When asked whether
 * …,`, and an adjunct after the cue or the speaker (`…,” Lee said when asked whether he would run`, `Lee, asked about the
 * audit, said …`); the cue is `asked`, and one named after `by` put the question. Apart from special.ts, the other
 * statements without a cue verb.
 */
import {kindOf} from './content.js';
import {range} from './choose.js';
import {trimRegion, wordCount, type Context} from './regions.js';
import type {Range} from './units.js';
import type {Bare} from './special.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** `Asked about the plan, Lee said …` / `When asked whether …,`: the question put to the speaker is reported too. */
export function askedIntro(ctx: Context): Bare | undefined {
	const {text, quotes, tokens} = ctx;
	// `And when asked …,` / `But asked …,`: a joining word may come first.
	const s = ['and', 'but', 'so', 'yet', 'then', 'later'].includes(tokens[0]?.lower ?? '') && !tokens[0]!.quoted ? 1 : 0;
	const at = tokens[s]?.lower === 'asked' ? s : (tokens[s]?.lower === 'when' && tokens[s + 1]?.lower === 'asked' ? s + 1 : -1);
	if (at < 0 || tokens[at]!.quoted) {
		return undefined;
	}

	const agent = askedBy(tokens, at);
	const from = agent?.from ?? at + 1;
	for (let k = from; k < tokens.length && k - at < 30; k++) {
		const t = tokens[k]!;
		if (t.text === ',' && !t.quoted) {
			const content = k > from ? trimRegion(text, tokens[from]!.start, t.start, quotes) : undefined;
			return content ? {content: [content], kind: kindOf([content], quotes), cue: {start: tokens[at]!.start,
				end: tokens[at]!.end}, speaker: agent?.speaker, bare: false} : undefined;
		}

		if (t.text === '.' || t.text === ';') {
			return undefined;
		}
	}

	return undefined;
}

/**
 * `Asked by a reporter whether …`: the one named after `by` put the question, which starts at the question word after
 * the name (or right after it).
 */
function askedBy(tokens: Context['tokens'], at: number): {speaker: Range; from: number} | undefined {
	const by = tokens[at + 1];
	const agent = by?.lower === 'by' && !by.quoted ? phraseStartingAt(tokens, at + 2) : undefined;
	if (!agent) {
		return undefined;
	}

	let q = agent.last + 1;
	while (q < tokens.length && q - agent.last <= 5 && tokens[q]!.word && !tokens[q]!.quoted && !questionWords.has(tokens[q]!.lower)) {
		q++;
	}

	const from = tokens[q]?.word && questionWords.has(tokens[q]!.lower) && !tokens[q]!.quoted ? q : agent.last + 1;
	return {speaker: range(tokens, agent)!, from};
}

const questionWords = new Set(['if', 'whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which', 'about', 'to']);

/**
 * `…,” Lee said when asked whether he would run.` / `Lee, asked about the audit, said …`: the question put to the
 * speaker is reported too (cue `asked`, no speaker of its own). Returns the statement and the token where the adjunct
 * starts (`when` or the comma), so content reaching into it can be cut there.
 */
export function askedAdjunct(ctx: Context): {statement: Bare; from: number} | undefined {
	const {text, quotes, tokens} = ctx;
	for (let i = 2; i < tokens.length - 1; i++) {
		const t = tokens[i]!;
		const prev = tokens[i - 1]!;
		if (t.lower !== 'asked' || t.quoted || prev.quoted || (prev.lower !== 'when' && prev.text !== ',')) {
			continue;
		}

		// The question starts at `about` or a question word within a few tokens (`asked by a reporter if …`).
		let q = i + 1;
		while (q < tokens.length && q - i <= 6 && tokens[q]!.word && !tokens[q]!.quoted && !questionWords.has(tokens[q]!.lower)) {
			q++;
		}

		if (!tokens[q] || !questionWords.has(tokens[q]!.lower) || (prev.text === ',' && q !== i + 1)) {
			continue;
		}

		const from = tokens[q]!.lower === 'about' ? q + 1 : q;
		let end = from;
		while (end < tokens.length && !(!tokens[end]!.quoted && [',', '.', ';', '?', ':'].includes(tokens[end]!.text)) && !tokens[end]!.mark) {
			end++;
		}

		const content = end > from ? trimRegion(text, tokens[from]!.start, tokens[end - 1]!.end, quotes) : undefined;
		if (!content || wordCount(tokens, content) < 2) {
			continue;
		}

		const cueEnd = tokens[q]!.lower === 'about' ? q : i;
		return {statement: {content: [content], kind: kindOf([content], quotes), cue: {start: t.start, end: tokens[cueEnd]!.end},
			speaker: askedBy(tokens, i)?.speaker, bare: false}, from: prev.lower === 'when' ? i - 1 : i - 1};
	}

	return undefined;
}
