/** Units whose attribution has no cue verb: bare quotations, colon quotes, signed quotations, headlines, `reported by` sentences. */
import {kindOf} from './content.js';
import {range} from './choose.js';
import {firstTokenAt, quoteShare, quoteSpans, trimRegion, wordCount, type Context} from './regions.js';
import {subjectPhrase} from './speakers.js';
import {capitalized, phraseEndingAt} from './phrases.js';
import {cueVerbs} from './lexicon.js';
import type {RawStatement} from './statement-record.js';
import {phraseStartingAt} from './phrase-rightwards.js';

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
	return p && dash && ['-', '\u2013', '\u2014'].includes(dash.text) && !dash.quoted && tokens[p.last]!.capital
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
