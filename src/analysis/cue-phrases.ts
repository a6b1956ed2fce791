/**
 * Cues of more than their verb, each recognised at the word that opens it: `according to` and `as reported by` (a
 * source), `put it`, a verb of speaking with its topic, `pointed out`, a heading's `On` and `declined to comment`. Apart
 * from cues.ts because findCues only decides in what order they are tried.
 */
import {stopWords} from './lexicon.js';
import type {Token} from './tokens.js';
import type {Cue} from './cues.js';
import {capitalized} from './phrases.js';
import {followedByContent} from './cue-evidence.js';
import {speakForms, topicAfter} from './cue-objects.js';

/** `According to the report, …`: the source follows the cue, as a speaker follows an inverted verb. */
export function accordingTo(tokens: readonly Token[], i: number): Cue | undefined {
	return tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to' ? {first: i, last: i + 1, according: true} : undefined;
}

export function asReportedBy(tokens: readonly Token[], i: number): Cue | undefined {
	if (tokens[i]!.lower === 'as' && ['reported', 'described', 'characterized'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'by' && !tokens[i + 2]!.quoted) {
		// `As reported by the Ledger, …`, `…, as reported by the Ledger`: the reporter is a source like `according to`'s.
		return {first: i, last: i + 2, according: true};
	}

	return undefined;
}

export function putIt(tokens: readonly Token[], i: number): Cue | undefined {
	const t = tokens[i]!;
	if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it' && !tokens[i + 1]!.quoted
		&& (followedByContent(tokens, i + 1) || (tokens[i + 2]?.word && tokens[i + 2]!.lower.endsWith('ly') && followedByContent(tokens, i + 2)))) {
		// `As Lee put it, “…”`, `she put it bluntly:`.
		const last = tokens[i + 2]?.word && tokens[i + 2]!.lower.endsWith('ly') && followedByContent(tokens, i + 2) ? i + 2 : i + 1;
		return {first: i, last, according: false};
	}

	return undefined;
}

/** `Lee was quoted (by Reuters) as saying …`: the cue runs from `quoted` to the participle; who was quoted said it. */
export function quotedAs(tokens: readonly Token[], i: number): Cue | undefined {
	const t = tokens[i]!;
	if (t.lower !== 'quoted' || t.quoted || !['was', 'is', 'were', 'been', 'be', 'are'].includes(tokens[i - 1]?.lower ?? '')) {
		return undefined;
	}

	for (let k = i + 1; k < tokens.length && k - i <= 7; k++) {
		const w = tokens[k]!;
		if (!w.word || w.quoted) {
			return undefined;
		}

		if (w.lower === 'as') {
			return ['saying', 'telling', 'writing', 'stating'].includes(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.quoted
				? {first: i, last: k + 1, according: false} : undefined;
		}
	}

	return undefined;
}

export function spokeAbout(tokens: readonly Token[], i: number): Cue | undefined {
	const t = tokens[i]!;
	const about = speakForms.has(t.lower) && !t.capital ? topicAfter(tokens, i) : -1;
	if (about > 0) {
		// `spoke about the border`, `spoke to CNN on Sunday about …`, `speaks of his brother`: the topic is the content.
		return {first: i, last: about, according: false};
	}

	return undefined;
}

/** `pointed out that …`, `points out the cost`: the particle belongs to the cue, not to its content. */
export function pointedOut(tokens: readonly Token[], i: number): Cue | undefined {
	const t = tokens[i]!;
	if ((t.lower === 'pointed' || t.lower === 'points' || t.lower === 'pointing' || t.lower === 'point') && tokens[i + 1]?.lower === 'out') {
		return {first: i, last: i + 1, according: false};
	}

	return undefined;
}

/**
 * `Ann Lee On Why …`, `3 / Eli Park On How …`: a name of two to four capitalised words opens the heading, and a
 * question word follows `On` at `i`.
 */
function headedBy(tokens: readonly Token[], i: number): boolean {
	if (!['how', 'why', 'what', 'whether', 'when'].includes(tokens[i + 1]?.lower ?? '') || tokens[i + 1]!.quoted) {
		return false;
	}

	const start = tokens[1]?.text === '/' && /^\d+$/.test(tokens[0]!.text) ? 2 : 0;
	if (i - start < 2 || i - start > 4) {
		return false;
	}

	for (let k = start; k < i; k++) {
		if (!tokens[k]!.word || tokens[k]!.quoted || !capitalized(tokens[k]!) || stopWords.has(tokens[k]!.lower)) {
			return false;
		}
	}

	return true;
}

export function headingOn(tokens: readonly Token[], i: number, titleCase: boolean): Cue | undefined {
	if (titleCase && tokens[i]!.text === 'On' && headedBy(tokens, i)) {
		// `Ann Lee On Why Ferries Fail`: a heading that gives a person's view on a question.
		return {first: i, last: i, according: false};
	}

	return undefined;
}

export const declineForms: ReadonlySet<string> = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refusing']);
const declinedActs = new Set(['comment', 'elaborate', 'discuss', 'say', 'respond', 'answer', 'specify', 'confirm',
	'speculate', 'detail', 'address', 'provide', 'give', 'identify', 'name', 'disclose', 'reveal', 'explain']);

export function declinedTo(tokens: readonly Token[], i: number): Cue | undefined {
	if (declineForms.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'to' && declinedActs.has(tokens[i + 2]?.lower ?? '')) {
		// `declined to comment`: a statement whose content is the refusal.
		return {first: i, last: i, according: false};
	}

	return undefined;
}
