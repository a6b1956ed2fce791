/** Units whose attribution has no cue verb: bare quotations, colon quotes, headlines, `Asked about …,` intros. */
import {kindOf} from './content.js';
import {blockEnd, choose, cueRange, pickSpeaker, range} from './choose.js';
import {findCues} from './cues.js';
import {firstTokenAt, quoteShare, quoteSpans, trimRegion, wordCount, type Context} from './regions.js';
import {phraseEndingAt, phraseStartingAt, subjectPhrase} from './speakers.js';
import {capitalized} from './phrases.js';
import {auxiliaries, cueVerbs, personPronouns, stopWords, titles, unnamedHeads} from './lexicon.js';
import type {RawStatement} from './statements.js';
import type {Range} from './units.js';

export type Bare = Pick<RawStatement, 'content' | 'kind' | 'cue' | 'speaker' | 'bare'>;

/** A unit that is a quotation alone (`“…”`), or `X put it bluntly: “…”`. */
export function bareStatement(ctx: Context): Bare | undefined {
	const colon = colonStatement(ctx);
	if (colon) {
		return colon;
	}

	const {text, unit, quotes, tokens} = ctx;
	const whole = trimRegion(text, unit.start, unit.end, quotes);
	if (whole && quotes.length > 0 && quoteShare(whole, quotes) >= 0.85 && wordCount(tokens, whole) >= 2) {
		// `… she said. Adding, “B.”`: a sentence that opens with the participle is the last speaker's next statement, not
		// the rest of the one before.
		const adding = tokens[0]?.lower === 'adding' && !tokens[0].quoted && /^[,:]$/.test(tokens[1]?.text ?? '');
		return {content: quoteSpans(whole, quotes), kind: 'direct', cue: adding ? {start: tokens[0]!.start, end: tokens[0]!.end} : undefined,
			speaker: undefined, bare: !adding};
	}

	return undefined;
}

/** `X put it bluntly: “…”`. */
export function colonStatement(ctx: Context): Bare | undefined {
	const {text, unit, quotes, tokens} = ctx;
	if (quotes.length === 0) {
		return undefined;
	}

	const colon = tokens.findIndex(t => t.text === ':' && !t.quoted);
	if (colon > 0 && quotes.some(q => q.start > tokens[colon]!.start)) {
		const signed = signedBeforeColon(tokens, colon);
		const phrase = signed ?? subjectPhrase(tokens, colon);
		const after = trimRegion(text, tokens[colon]!.end, unit.end, quotes);
		if (phrase && after && quoteShare(after, quotes) > 0.8) {
			// The cue runs from the verb after the speaker to the colon: `put it bluntly:`.
			const verb = !signed && phrase.last + 1 < colon && tokens[phrase.last + 1]!.word ? phrase.last + 1 : colon;
			return {content: quoteSpans(after, quotes), kind: 'direct', cue: {start: tokens[verb]!.start,
				end: tokens[colon]!.end}, speaker: range(tokens, phrase), bare: false};
		}
	}

	return undefined;
}

/**
 * `Pollsters agree - Ann Lee: “…”`: a quotation signed by a name between a dash and a colon belongs to that name, even
 * when a verb in the topic before the dash looks like a cue.
 */
export function signedColonStatement(ctx: Context): Bare | undefined {
	const colon = ctx.tokens.findIndex(t => t.text === ':' && !t.quoted);
	return colon > 0 && signedBeforeColon(ctx.tokens, colon) ? colonStatement(ctx) : undefined;
}

/** `Polls missed the late swing - Ann Lee: “…”`: a name between a dash and the colon signs the quotation. */
function signedBeforeColon(tokens: Context['tokens'], colon: number): {first: number; last: number} | undefined {
	const p = phraseEndingAt(tokens, colon - 1);
	const dash = p ? tokens[p.first - 1] : undefined;
	return p && dash && ['-', '\u2013', '\u2014'].includes(dash.text) && !dash.quoted && tokens[p.last]!.text[0] !== tokens[p.last]!.lower[0]
		? p : undefined;
}

const signatureDashes = new Set(['-', '\u2013', '\u2014', '\u2015']);

/**
 * `“…” ― Ann Lee` or `“…” — Ann Lee, 34, of Tucson`: a name after a dash that follows a closing quotation mark and
 * ends the unit signs the quotation, as under an epigraph or in a vox-pop list; the dash is the cue.
 */
export function signedDashStatement(ctx: Context): Bare | undefined {
	const {text, unit, quotes, tokens} = ctx;
	const quote = quotes.at(-1);
	if (!quote || quote.open) {
		return undefined;
	}

	let at = firstTokenAt(tokens, quote.end);
	while (tokens[at]?.text === '.' || tokens[at]?.text === ',') {
		at++;
	}

	// `--` is two tokens.
	const dashes = tokens[at]?.text === '-' && tokens[at + 1]?.text === '-' ? 2 : 1;
	const dash = tokens[at];
	const phrase = dash && signatureDashes.has(dash.text) ? phraseStartingAt(tokens, at + dashes) : undefined;
	const signed = phrase && capitalized(tokens[phrase.first]!) ? trimRegion(text, unit.start, dash!.start, quotes) : undefined;
	if (!phrase || !signed || quoteShare(signed, quotes) < 0.85 || !signatureEnds(tokens, phrase.last + 1)) {
		return undefined;
	}

	return {content: quoteSpans(signed, quotes), kind: 'direct', cue: {start: dash!.start, end: tokens[at + dashes - 1]!.end},
		speaker: range(tokens, phrase), bare: false};
}

/** After the name, only an age, place or role (`, 34, of Tucson`) or a period: not a sentence going on. */
function signatureEnds(tokens: Context['tokens'], k: number): boolean {
	if (k === tokens.length || (k === tokens.length - 1 && tokens[k]!.text === '.')) {
		return true;
	}

	if (tokens[k]!.text !== ',' || tokens.length - k > 12) {
		return false;
	}

	for (let i = k + 1; i < tokens.length; i++) {
		if (tokens[i]!.quoted || tokens[i]!.mark || cueVerbs.has(tokens[i]!.lower)) {
			return false;
		}
	}

	return true;
}

const sectionLabels = new Set(['latest', 'news', 'daily', 'report', 'notice', 'update', 'updates', 'analysis',
	'editorial', 'opinion', 'watch', 'live', 'exclusive', 'review', 'podcast', 'poll', 'breaking', 'video', 'photos',
	'briefing', 'newsletter', 'column', 'explainer', 'timeline', 'transcript', 'factbox', 'q&a', 'recap', 'roundup', 'email',
	// Teaser words of click-driven headlines (`BOOM: …`, `Revealed: …`): an exclamation, not a speaker.
	'revealed', 'boom', 'bombshell', 'wow', 'look', 'busted', 'shocking', 'huge', 'whoa', 'yikes', 'ouch']);

/** `Warren: Trump Is a ‘Proven Failure’`: a headline that names its speaker before a colon. */
export function headlineColon(ctx: Context): Bare | undefined {
	const {text, unit, quotes, tokens} = ctx;
	const colon = tokens.findIndex(t => t.text === ':' && !t.quoted);
	if (colon < 1 || colon > 5) {
		return undefined;
	}

	const phrase = phraseStartingAt(tokens, 0);
	const content = trimRegion(text, tokens[colon]!.end, unit.end, quotes);
	if (!phrase || phrase.last !== colon - 1 || !content || wordCount(tokens, content) < 3) {
		return undefined;
	}

	// `Lee: Reformer or Insider?`: a question the headline asks about the person, not one the person asks.
	if (/\?\s*$/.test(text.slice(content.end, unit.end))) {
		return undefined;
	}

	// `The Latest: …`, `Business Report: …`, `Paid Notice: …` are section labels, not speakers.
	for (let k = phrase.first; k <= phrase.last; k++) {
		if (sectionLabels.has(tokens[k]!.lower)) {
			return undefined;
		}
	}

	return {content: [content], kind: kindOf([content], quotes), cue: {start: tokens[colon]!.start, end: tokens[colon]!.end},
		speaker: range(tokens, phrase), bare: false};
}

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

/**
 * `He said:` / `The company issued the following statement:` closing a paragraph whose quotation follows in the next
 * one: the speaker and cue for that quotation.
 */
export function colonIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	const {tokens} = ctx;
	const colon = tokens.length - 1;
	if (colon < 1 || tokens[colon]!.text !== ':' || tokens[colon]!.quoted || tokens.some(t => t.quoted)) {
		return undefined;
	}

	const main = choose(tokens, findCues(tokens).map(c => pickSpeaker(tokens, c)));
	if (main) {
		const phrase = main.phrase ?? subjectPhrase(tokens, main.cue.first);
		return phrase ? {cue: cueRange(tokens, main.cue), speaker: range(tokens, phrase)} : undefined;
	}

	const phrase = subjectPhrase(tokens, colon);
	if (!phrase || phrase.last >= colon) {
		return undefined;
	}

	const verb = phrase.last + 1 < colon && tokens[phrase.last + 1]!.word ? phrase.last + 1 : colon;
	return {cue: {start: tokens[verb]!.start, end: tokens[colon]!.end}, speaker: range(tokens, phrase)};
}

/**
 * `In the text with the video, Lee wrote:` / `Kim argued that:`: a cue right before the colon that closes a paragraph
 * introduces the next paragraph as what was said, a block quotation without quotation marks.
 */
export function blockIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	const {tokens} = ctx;
	const colon = tokens.length - 1;
	if (colon < 2 || tokens[colon]!.text !== ':' || tokens.some(t => t.quoted)) {
		return undefined;
	}

	const main = choose(tokens, findCues(tokens).map(c => pickSpeaker(tokens, c)));
	const end = main ? blockEnd(main) : -1;
	if (!main || (end + 1 !== colon && !(end + 2 === colon && tokens[end + 1]!.lower === 'that'))) {
		return undefined;
	}

	const phrase = main.phrase ?? subjectPhrase(tokens, main.cue.first);
	const cue = main.inverted ? cueRange(tokens, main.cue) : {start: tokens[main.cue.first]!.start, end: tokens[colon]!.end};
	return phrase ? {cue, speaker: range(tokens, phrase)} : undefined;
}

/**
 * `Dianne Bystrom agreed.` / `She added on Facebook.`: a short sentence that is only a speaker and a cue; the quotation
 * right after it in the paragraph is what was said.
 */
export function sentenceIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	const {tokens} = ctx;
	const last = tokens.length - 1;
	if (last < 1 || last > 24 || tokens[last]!.text !== '.' || tokens.some(t => t.quoted)) {
		return undefined;
	}

	const main = choose(tokens, findCues(tokens).map(c => pickSpeaker(tokens, c)));
	if (!main?.phrase || main.subject || last - main.cue.last > 4 || (main.inverted && main.phrase.last !== last - 1)) {
		return undefined;
	}

	return {cue: cueRange(tokens, main.cue), speaker: range(tokens, main.phrase)};
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

/**
 * `The judge then turned to me. “…?”`: a sentence without a cue whose subject is a person, right before a bare
 * quotation in the same paragraph, tells who speaks; the verb after the subject is the cue.
 */
export function subjectIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	const {tokens} = ctx;
	if (tokens.length > 40 || tokens.some(t => t.quoted)) {
		return undefined;
	}

	const phrase = subjectPhrase(tokens, tokens.length);
	const verb = phrase ? verbAfter(tokens, phrase.last + 1) : -1;
	if (!phrase || verb < 0 || phrase.first > 2) {
		return undefined;
	}

	const head = tokens[phrase.last]!;
	const person = phrase.first === phrase.last ? personPronouns.has(head.lower) || head.text[0] !== head.lower[0]
		: head.text[0] !== head.lower[0] || unnamedHeads.has(head.lower) || titles.has(head.lower);
	return person ? {cue: range(tokens, {first: verb, last: verb}), speaker: range(tokens, phrase)} : undefined;
}

/** The verb-like word at or after `i`, past auxiliaries and adverbs (`then turned`); -1 when none follows the subject. */
function verbAfter(tokens: Context['tokens'], i: number): number {
	let k = i;
	while (k < tokens.length && tokens[k]!.word && (auxiliaries.has(tokens[k]!.lower) || (tokens[k]!.lower.endsWith('ly') && tokens[k]!.text[0] === tokens[k]!.lower[0]))) {
		k++;
	}

	const t = tokens[k];
	return t?.word && t.text[0] === t.lower[0] && !stopWords.has(t.lower) ? k : -1;
}

const reportingParticiples = new Set(['reported', 'announced', 'disclosed', 'revealed']);
const firstness = new Set(['first', 'originally', 'initially', 'earlier']);

/**
 * `The meeting was first reported by the Ledger.`: a sentence whose subject is passively reported by a named source
 * tells what that source reported; the subject is the content, the agent after `by` the speaker.
 */
export function reportedBy(ctx: Context): Bare | undefined {
	const {text, quotes, tokens} = ctx;
	// Bounded: the subject is at most 15 tokens long.
	for (let k = 1; k < tokens.length && k <= 15; k++) {
		const t = tokens[k]!;
		if (t.quoted || (!t.word && t.text !== '\'' && t.text !== '-')) {
			return undefined;
		}

		if (!['was', 'were', 'is', 'are'].includes(t.lower)) {
			continue;
		}

		const verb = firstness.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
		const by = tokens[verb + 1];
		const agent = reportingParticiples.has(tokens[verb]?.lower ?? '') && by?.lower === 'by' && !by.quoted
			? phraseStartingAt(tokens, verb + 2) : undefined;
		const content = agent ? trimRegion(text, tokens[0]!.start, tokens[k - 1]!.end, quotes) : undefined;
		return agent && content ? {content: [content], kind: kindOf([content], quotes),
			cue: {start: t.start, end: tokens[verb]!.end}, speaker: range(tokens, agent), bare: false} : undefined;
	}

	return undefined;
}
