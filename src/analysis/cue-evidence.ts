/**
 * What shows that a weak cue verb (`called`, `noted`, `added` …) reports words here: content right after it (`noted in
 * a statement that`), a named or described subject right before it, a participle after a comma (`…, saying`) or a
 * quotation before it. Apart from `findCues` because these tests read the words around the verb, not the verb itself.
 * Token indices are the unit's.
 */
import {auxiliaries, clauseStarts, cueVerbs, documentHeads, objectCues, organizationWords, sentenceAdverbs, titles, unnamedHeads} from './lexicon.js';
import type {Token} from './tokens.js';
import {beforeTimeAdjunct, speakerBefore} from './speakers.js';
import {capitalized} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

export function followedByContent(tokens: readonly Token[], i: number): boolean {
	// Allows a short adjunct or object before the content marker: `noted in a statement that`, `warned reporters:`.
	for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
		const t = tokens[k]!;
		if (t.text === ':' || t.mark || (t.text === ',' && k === i + 1)) {
			return true;
		}

		if (t.lower === 'that') {
			// (A told-type verb takes any short object first: `telling viewers that …`.)
			return onlyAdjunct(tokens, i + 1, k) || (objectCues.has(tokens[i]!.lower) && k - i <= 4 && plainWords(tokens, i + 1, k));
		}

		if (t.text === '.' || t.text === ',' || t.text === ';' || t.quoted) {
			return t.text === '.' || t.text === ',' ? k === i + 1 || onlyAdjunct(tokens, i + 1, k) : false;
		}
	}

	return i + 1 >= tokens.length;
}

const adjunctWords = new Set(['on', 'in', 'at', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
	'saturday', 'sunday', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening',
	'night', 'earlier', 'later', 'recently', 'a', 'an', 'the', 'statement', 'interview', 'also', 'again', 'then',
	'reporters', 'him', 'her', 'them', 'me', 'us', 'lawmakers', 'journalists', 'supporters', 'voters', 'audience',
	'crowd', 'repeatedly', 'publicly', 'privately', 'previously', 'once', 'separately', 'ago', 'to', 'with']);

/** Tokens `[a, b)` are unquoted words, none that opens a clause (`viewers`, `his supporters`). */
function plainWords(tokens: readonly Token[], a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		if (!tokens[k]!.word || tokens[k]!.quoted || clauseStarts.has(tokens[k]!.lower)) {
			return false;
		}
	}

	return true;
}

function onlyAdjunct(tokens: readonly Token[], a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		const t = tokens[k]!;
		// Dates, places and names may sit in the adjunct too: `reported in 2021 that`, `told CNN on Friday that`.
		if (!adjunctWords.has(t.lower) && !/^\d/.test(t.text) && !(t.word && t.capital)) {
			return false;
		}
	}

	return true;
}

/** Verbs whose content starts with `to`: `vowed to …`, `urged them to …`. */
export const toVerbs = /^(?:vow|pledg|promis|urg|ask|call|threaten|refus|declin|agree|offer|want|hop|plan)/;

/** `Lee acknowledged …`, `she warned …`: a name or pronoun right before the verb. */
export function namedSubjectBefore(tokens: readonly Token[], i: number): boolean {
	let j = i - 1;
	while (j >= 0 && auxiliaries.has(tokens[j]!.lower)) {
		j--;
	}

	// `Ann Lee (D-Ore.) last week acknowledged …`: a time adjunct may stand between the subject and the verb.
	j = j >= 0 ? beforeTimeAdjunct(tokens, j) : j;
	// `Sen. Ann Lee (D-Ore.) called …`: a party label in parentheses sits between the name and the verb.
	if (tokens[j]?.text === ')' && !tokens[j]!.quoted) {
		let k = j - 1;
		while (k >= 0 && j - k < 8 && tokens[k]!.text !== '(') {
			k--;
		}

		j = k >= 1 && tokens[k]!.text === '(' ? k - 1 : j;
	}

	const t = tokens[j];
	// `“…,” Ann Lee, the former mayor of Dover, proclaimed …`: a name and its appositive between commas after a quotation.
	const appositive = t?.text === ',' && !t.quoted ? speakerBefore(tokens, i) : undefined;
	const named = appositive !== undefined && appositive.last < j && capitalized(tokens[appositive.first]!)
		&& !sentenceAdverbs.has(tokens[appositive.first]!.lower) && tokens[appositive.first - 1]?.mark === true;
	const verb = tokens[i]!.lower;
	// `is telling a crowd …`: a progressive form counts; a bare participle is handled by `participleAfterComma`.
	const progressive = ['is', 'are', 'was', 'were', 'been', 'be'].includes(tokens[i - 1]?.lower ?? '')
		|| /^(?:he|she|it|who|they|we|you)'(?:s|re)$/.test(tokens[i - 1]?.lower ?? '');
	if (!t || (!named && (!t.word || t.quoted))) {
		return false;
	}

	if (verb.endsWith('ing') && !progressive) {
		// `…, with Senator Ann Lee calling him a fraud`: the name after `with` is the participle's subject.
		const phrase = capitalized(t) ? speakerBefore(tokens, i) : undefined;
		return phrase !== undefined && tokens[phrase.first - 1]?.lower === 'with' && !tokens[phrase.first - 1]!.quoted;
	}

	// `“…,” Kelly charged in her …`: after a quotation the verb closes the attribution, whatever follows.
	// (So does a name of several words: `“…,” Ann Lee proclaimed to …`.)
	const afterQuote = () => tokens[j - 1]?.mark === true || named
		|| (t.capital && t.word && tokens[(speakerBefore(tokens, i)?.first ?? 0) - 1]?.mark === true);
	const next = tokens[i + 1];
	if (next && ['to', 'for', 'on', 'about', 'with', 'in', 'at', 'by', 'from', 'up', 'out', 'off', 'over'].includes(next.lower)
		&& !(next.lower === 'to' && toVerbs.test(verb)) && !(['for', 'on', 'upon'].includes(next.lower) && /^call/.test(verb))
		&& !afterQuote() && !quoteAfterAdjuncts(tokens, i)) {
		return false;
	}

	// `… and announced it would …`: a past-tense verb joined to an earlier one shares its subject.
	if ((t.lower === 'and' || t.lower === 'but') && verb.endsWith('ed')) {
		return true;
	}

	return ['he', 'she', 'they', 'we', 'i', 'who', 'it'].includes(t.lower.replace(/'(?:s|re|ve|d|ll|m)$/, ''))
		|| (t.capital && !sentenceAdverbs.has(t.lower)) || named;
}

/** `announced on her Facebook page, in all capital letters, “…”`: adjuncts, a comma and a quotation follow the verb. */
function quoteAfterAdjuncts(tokens: readonly Token[], i: number): boolean {
	for (let k = i + 1; k < tokens.length && k - i <= 14; k++) {
		const t = tokens[k]!;
		if (t.mark) {
			return tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':';
		}

		if (!t.word && t.text !== ',' && t.text !== '-') {
			return false;
		}
	}

	return false;
}

/** `Saudi officials deny …`, `the task force announced …`: a described speaker right before a finite verb. */
export function describedSubjectBefore(tokens: readonly Token[], i: number): boolean {
	const verb = tokens[i]!.lower;
	// (A participle only in a progressive form: `The candidate is touting …`.)
	if (verb.endsWith('ing') && !['is', 'are', 'was', 'were'].includes(tokens[i - 1]?.lower ?? '')) {
		return false;
	}

	const next = tokens[i + 1];
	if (next && ['to', 'for', 'on', 'about', 'with', 'in', 'at', 'by', 'from', 'up', 'out', 'off', 'over', 'as'].includes(next.lower)
		&& !(next.lower === 'to' && toVerbs.test(verb)) && !(['for', 'on', 'upon'].includes(next.lower) && /^call/.test(verb))) {
		return false;
	}

	const p = speakerBefore(tokens, i);
	if (p === undefined) {
		return false;
	}

	// The head must look like a speaker (a plural, a known description, a name), and the phrase must open a clause:
	// `roughly 270 pledged delegates` and `the sites in question` are no attributions.
	const head = tokens[p.last]!;
	const speakerLike = head.capital || unnamedHeads.has(head.lower) || documentHeads.has(head.lower)
		|| organizationWords.has(head.lower) || titles.has(head.lower)
		|| (head.lower.endsWith('s') && !head.lower.endsWith('ss') && !head.lower.endsWith('\'s'));
	const before = tokens[p.first - 1];
	const opens = before === undefined || [',', ';', ':', 'and', 'but', 'that', 'because', 'while', 'as', 'though', 'although',
		'\u2014', '(', 'when', 'if', 'since', 'after', 'before', 'until', 'once'].includes(before.lower) || sentenceAdverbs.has(before.lower) && p.first <= 3;
	return speakerLike && opens && !head.lower.endsWith('\'s');
}

/**
 * `…, saying …`: a participle right after a comma introduces what the subject said; so does one right after a
 * group (`22 percent saying they would not`, `voters saying …`).
 */
export function participleAfterComma(tokens: readonly Token[], i: number): boolean {
	const prev = tokens[i - 1];
	if (!tokens[i]!.lower.endsWith('ing') || prev === undefined) {
		return false;
	}

	return prev.text === ',' || (prev.mark && tokens[i - 2]?.text === ',')
		// `… on the spot – saying she was …`, `soared by saying he …`: a dash sets a participle of saying off as a comma
		// does, and `by`, `after` … govern one as the subject's.
		|| (sayingForms.has(tokens[i]!.lower) && !prev.quoted && (['\u2014', '\u2013', '-'].includes(prev.text) || meansWords.has(prev.lower)
			|| (prev.lower.endsWith('ly') && meansWords.has(tokens[i - 2]?.lower ?? ''))))
		|| (prev.word && !prev.quoted && (/^(?:percent|respondents|voters|people|others|\d[\d,.]*%?)$/.test(prev.lower)))
		|| (prev.lower === 'and' && !prev.quoted && participleBefore(tokens, i - 1));
}

/** Participles that only report words (`saying`, `insisting`), never an act (`adding one digit`, `touting the plan`). */
const sayingForms = new Set(['saying', 'telling', 'arguing', 'claiming', 'insisting', 'declaring', 'stating', 'noting', 'warning']);

/** Words that govern a participle of the subject's (`by saying`, `after initially saying`). */
const meansWords = new Set(['by', 'after', 'before', 'while', 'upon']);

/**
 * `…, calling him a “stiff” and accusing him of …`: a participle after a comma (or `by`, the means of what the subject
 * said: `answered by calling him “dopey” and accusing …`) opens the phrase that `and` at `i` ends.
 */
function participleBefore(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k > 0 && i - k <= 15; k--) {
		const t = tokens[k]!;
		if (!t.quoted && ['.', ';', ':', 'and', 'but'].includes(t.lower)) {
			return false;
		}

		if (t.word && !t.quoted && t.lower.endsWith('ing') && t.lower.length > 4 && cueVerbs.has(t.lower) && (tokens[k - 1]!.text === ',' || (tokens[k - 1]!.lower === 'by' && !tokens[k - 1]!.quoted))) {
			return true;
		}
	}

	return false;
}

/** `“…?” asked Sen. Ann Lee`: a verb right after the unit's opening quotation closed with a comma or question mark, its speaker after it. */
export function afterQuotation(tokens: readonly Token[], i: number): boolean {
	const mark = tokens[i - 1];
	return mark?.mark === true && tokens[0]!.mark && [',', '?', '!'].includes(tokens[i - 2]?.text ?? '') && !tokens[i]!.lower.endsWith('ing')
		&& phraseStartingAt(tokens, i + 1) !== undefined;
}

/**
 * `dismissing them as the “harbor cartel” and calling Mayor Lee a liar`: a participle after a closing quotation and
 * `and` is the next act of saying of the subject whose words were quoted.
 */
export function nextActAfterQuotation(tokens: readonly Token[], i: number): boolean {
	const and = tokens[i - 1];
	const mark = tokens[i - 2];
	return tokens[i]!.lower.endsWith('ing') && and?.lower === 'and' && !and.quoted && mark?.mark === true && mark.quoted;
}

/** `“Really,” she added when …`: the speaker before the cue follows a quotation that closed with `,`, `?` or `!`. */
export function speakerAfterQuotation(tokens: readonly Token[], i: number): boolean {
	const speaker = speakerBefore(tokens, i);
	return speaker !== undefined && tokens[speaker.first - 1]?.mark === true && [',', '?', '!'].includes(tokens[speaker.first - 2]?.text ?? '');
}

/** `issued a statement saying the pier …`: `saying` right after a document noun reports what the document says (train +1). */
export function documentSaying(tokens: readonly Token[], i: number): boolean {
	const prev = tokens[i - 1];
	return (tokens[i]!.lower === 'saying' || tokens[i]!.lower === 'stating') && prev !== undefined && prev.word && !prev.quoted
		&& documentHeads.has(prev.lower);
}
