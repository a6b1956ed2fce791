/**
 * Sentences with no quotation that introduce one after them: a speaker and cue closing a paragraph with a colon (`He
 * said:`, `Kim argued that:`), whose next paragraph is what was said, and a short sentence of only a speaker and a cue
 * (`Dianne Bystrom agreed.`) or of a person and a verb (`The judge then turned to me.`) right before a bare quotation.
 * Apart from special.ts, whose statements hold their own content; these give only the cue and speaker for another unit's.
 */
import {blockEnd, choose, cueRange, pickSpeaker, range} from './choose.js';
import {findCues} from './cues.js';
import type {Context} from './regions.js';
import {subjectPhrase} from './speakers.js';
import {auxiliaries, personPronouns, stopWords, titles, unnamedHeads} from './lexicon.js';
import type {RawStatement} from './statement-record.js';

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

/**
 * `The judge then turned to me. “…?”`: a sentence without a cue whose subject is a person, right before a bare
 * quotation in the same paragraph, tells who speaks; the verb after the subject is the cue.
 */
export function subjectIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	const {tokens} = ctx;
	if (tokens.length > 40 || tokens.some(t => t.quoted)) {
		return undefined;
	}

	const described = subjectPhrase(tokens, tokens.length);
	// (`The union’s general secretary, Agnes Mbeki, set out …`: a name set off after the description goes with it.)
	const named = described ? appositiveEnd(tokens, described.last + 1) : -1;
	const phrase = described && named > 0 ? {first: described.first, last: named} : described;
	const verb = phrase ? verbAfter(tokens, named > 0 ? named + 2 : phrase.last + 1) : -1;
	if (!phrase || verb < 0 || phrase.first > 2) {
		return undefined;
	}

	const head = tokens[phrase.last]!;
	const person = phrase.first === phrase.last ? personPronouns.has(head.lower) || head.capital
		: head.capital || unnamedHeads.has(head.lower) || titles.has(head.lower);
	return person ? {cue: range(tokens, {first: verb, last: verb}), speaker: range(tokens, phrase)} : undefined;
}

/**
 * `The union’s general secretary, Agnes Mbeki, set out her case in a speech to a rally.`: a sentence closing a
 * paragraph whose subject, a person, speaks on an occasion (a speech, an interview, a rally) introduces the bare
 * quotation that opens the next paragraph.
 */
export function occasionIntro(ctx: Context): Pick<RawStatement, 'cue' | 'speaker'> | undefined {
	return ctx.tokens.some(t => t.word && !t.quoted && occasionNouns.has(t.lower)) ? subjectIntro(ctx) : undefined;
}

const occasionNouns = new Set(['speech', 'interview', 'rally', 'remarks', 'address', 'statement', 'testimony', 'sermon',
	'lecture', 'briefing', 'conference', 'hearing', 'debate', 'podcast', 'broadcast']);

/** The last token of a name set off by commas at `i` (`, Agnes Mbeki,`), or -1. */
function appositiveEnd(tokens: Context['tokens'], i: number): number {
	if (tokens[i]?.text !== ',' || tokens[i]!.quoted) {
		return -1;
	}

	let k = i + 1;
	while (k < tokens.length && k - i <= 5 && tokens[k]!.word && !tokens[k]!.quoted && tokens[k]!.capital) {
		k++;
	}

	return k > i + 1 && tokens[k]?.text === ',' ? k - 1 : -1;
}

/** The verb-like word at or after `i`, past auxiliaries and adverbs (`then turned`); -1 when none follows the subject. */
function verbAfter(tokens: Context['tokens'], i: number): number {
	let k = i;
	while (k < tokens.length && tokens[k]!.word && (auxiliaries.has(tokens[k]!.lower) || (tokens[k]!.lower.endsWith('ly') && !tokens[k]!.capital))) {
		k++;
	}

	const t = tokens[k];
	return t?.word && !t.capital && !stopWords.has(t.lower) ? k : -1;
}
