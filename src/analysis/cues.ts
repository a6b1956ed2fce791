/** Cue detection: verbs of speech and writing (every inflection), `according to`, and their acceptance rules. */
import {auxiliaries, cueVerbs, documentHeads, organizationWords, possessiveWords, prepositions, sentenceAdverbs, stopWords, titles, unnamedHeads, weakCues} from './lexicon.js';
import type {Token} from './tokens.js';
import {phraseStartingAt, speakerBefore} from './speakers.js';
import {capitalized} from './phrases.js';

/** Cue tokens `[first, last]` of one unit. */
export type Cue = {
	readonly first: number;
	readonly last: number;
	readonly according: boolean;
};

function followedByContent(tokens: readonly Token[], i: number): boolean {
	// Allows a short adjunct or object before the content marker: `noted in a statement that`, `warned reporters:`.
	for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
		const t = tokens[k]!;
		if (t.text === ':' || t.mark || (t.text === ',' && k === i + 1)) {
			return true;
		}

		if (t.lower === 'that') {
			return onlyAdjunct(tokens, i + 1, k);
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

function onlyAdjunct(tokens: readonly Token[], a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		const t = tokens[k]!;
		// Dates, places and names may sit in the adjunct too: `reported in 2021 that`, `told CNN on Friday that`.
		if (!adjunctWords.has(t.lower) && !/^\d/.test(t.text) && !(t.word && t.text[0] !== t.lower[0])) {
			return false;
		}
	}

	return true;
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

/** Nouns of what someone said that can head a copular cue (`her complaint was that …`). */
const copularNouns = new Set(['claim', 'argument', 'point', 'contention', 'assertion', 'response', 'answer', 'explanation',
	'complaint', 'message', 'reply', 'retort', 'excuse']);

/**
 * `Lee's most serious claim is that …`, `her answer was: …`: a noun of saying, its copula and a `that` clause or colon.
 * The possessor (two modifiers may come between) is who said it; its token index, or -1.
 */
export function claimPossessor(tokens: readonly Token[], i: number): number {
	const noun = tokens[i];
	const next = tokens[i + 2];
	if (!noun?.word || noun.quoted || !copularNouns.has(noun.lower) || !['is', 'was'].includes(tokens[i + 1]?.lower ?? '')
		|| tokens[i + 1]!.quoted || !next || next.quoted || (next.lower !== 'that' && next.text !== ':')) {
		return -1;
	}

	for (let p = i - 1; p >= 0 && i - p <= 3; p--) {
		const t = tokens[p]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		if (['his', 'her', 'their'].includes(t.lower) || /(?:'s|s')$/.test(t.lower)) {
			return p;
		}
	}

	return -1;
}

const declineForms = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refusing']);
const declinedActs = new Set(['comment', 'elaborate', 'discuss', 'say', 'respond', 'answer', 'specify', 'confirm',
	'speculate', 'detail', 'address', 'provide', 'give', 'identify', 'name', 'disclose', 'reveal', 'explain']);

/** Verbs whose content starts with `to`: `vowed to …`, `urged them to …`. */
export const toVerbs = /^(?:vow|pledg|promis|urg|ask|call|threaten|refus|declin|agree|offer|want|hop|plan)/;

/** `Lee acknowledged …`, `she warned …`: a name or pronoun right before the verb. */
function namedSubjectBefore(tokens: readonly Token[], i: number): boolean {
	let j = i - 1;
	while (j >= 0 && auxiliaries.has(tokens[j]!.lower)) {
		j--;
	}

	// `Sen. Ann Lee (D-Ore.) called …`: a party label in parentheses sits between the name and the verb.
	if (tokens[j]?.text === ')' && !tokens[j]!.quoted) {
		let k = j - 1;
		while (k >= 0 && j - k < 8 && tokens[k]!.text !== '(') {
			k--;
		}

		j = k >= 1 && tokens[k]!.text === '(' ? k - 1 : j;
	}

	const t = tokens[j];
	const verb = tokens[i]!.lower;
	// `is telling a crowd …`: a progressive form counts; a bare participle is handled by `participleAfterComma`.
	const progressive = ['is', 'are', 'was', 'were', 'been', 'be'].includes(tokens[i - 1]?.lower ?? '')
		|| /^(?:he|she|it|who|they|we|you)'(?:s|re)$/.test(tokens[i - 1]?.lower ?? '');
	if (!t?.word || t.quoted) {
		return false;
	}

	if (verb.endsWith('ing') && !progressive) {
		// `…, with Senator Ann Lee calling him a fraud`: the name after `with` is the participle's subject.
		const phrase = capitalized(t) ? speakerBefore(tokens, i) : undefined;
		return phrase !== undefined && tokens[phrase.first - 1]?.lower === 'with' && !tokens[phrase.first - 1]!.quoted;
	}

	// `“…,” Kelly charged in her …`: after a quotation the verb closes the attribution, whatever follows.
	const afterQuote = tokens[j - 1]?.mark === true;
	const next = tokens[i + 1];
	if (!afterQuote && next && ['to', 'for', 'on', 'about', 'with', 'in', 'at', 'by', 'from', 'up', 'out', 'off', 'over'].includes(next.lower)
		&& !(next.lower === 'to' && toVerbs.test(verb)) && !(['for', 'on', 'upon'].includes(next.lower) && /^call/.test(verb))
		&& !quoteAfterAdjuncts(tokens, i)) {
		return false;
	}

	// `… and announced it would …`: a past-tense verb joined to an earlier one shares its subject.
	if ((t.lower === 'and' || t.lower === 'but') && verb.endsWith('ed')) {
		return true;
	}

	return ['he', 'she', 'they', 'we', 'i', 'who', 'it'].includes(t.lower.replace(/'(?:s|re|ve|d|ll|m)$/, ''))
		|| (t.text[0] !== t.lower[0] && !sentenceAdverbs.has(t.lower));
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
function describedSubjectBefore(tokens: readonly Token[], i: number): boolean {
	const verb = tokens[i]!.lower;
	if (verb.endsWith('ing')) {
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
	const speakerLike = head.text[0] !== head.lower[0] || unnamedHeads.has(head.lower) || documentHeads.has(head.lower)
		|| organizationWords.has(head.lower) || titles.has(head.lower)
		|| (head.lower.endsWith('s') && !head.lower.endsWith('ss') && !head.lower.endsWith('\'s'));
	const before = tokens[p.first - 1];
	const opens = before === undefined || [',', ';', ':', 'and', 'but', 'that', 'because', 'while', 'as', 'though', 'although',
		'\u2014', '(', 'when', 'if', 'since'].includes(before.lower) || sentenceAdverbs.has(before.lower) && p.first <= 3;
	return speakerLike && opens && !head.lower.endsWith('\'s');
}

/**
 * `…, saying …`: a participle right after a comma introduces what the subject said; so does one right after a
 * group (`22 percent saying they would not`, `voters saying …`).
 */
function participleAfterComma(tokens: readonly Token[], i: number): boolean {
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
function afterQuotation(tokens: readonly Token[], i: number): boolean {
	const mark = tokens[i - 1];
	return mark?.mark === true && tokens[0]!.mark && [',', '?', '!'].includes(tokens[i - 2]?.text ?? '') && !tokens[i]!.lower.endsWith('ing')
		&& phraseStartingAt(tokens, i + 1) !== undefined;
}

/**
 * `dismissing them as the “harbor cartel” and calling Mayor Lee a liar`: a participle after a closing quotation and
 * `and` is the next act of saying of the subject whose words were quoted.
 */
function nextActAfterQuotation(tokens: readonly Token[], i: number): boolean {
	const and = tokens[i - 1];
	const mark = tokens[i - 2];
	return tokens[i]!.lower.endsWith('ing') && and?.lower === 'and' && !and.quoted && mark?.mark === true && mark.quoted;
}

/** `“Really,” she added when …`: the speaker before the cue follows a quotation that closed with `,`, `?` or `!`. */
function speakerAfterQuotation(tokens: readonly Token[], i: number): boolean {
	const speaker = speakerBefore(tokens, i);
	return speaker !== undefined && tokens[speaker.first - 1]?.mark === true && [',', '?', '!'].includes(tokens[speaker.first - 2]?.text ?? '');
}

/**
 * Verbs that are cues only before a clause, a quotation or the end (`“…,” Lee continued.`), never before a plain object
 * (`continued their search`, `added thousands of connections`; for `add` train F1_speech 0.8839 → 0.8843, P 0.9125 →
 * 0.9133).
 */
const objectless = new Set(['continue', 'continues', 'continued', 'maintain', 'maintains', 'maintained', 'add', 'adds', 'added']);

/** Cue words that are nouns as often as verbs: after a determiner they are the noun (`the long term`, `a tweet`). */
const nounLike = new Set(['report', 'reports', 'term', 'terms', 'call', 'calls', 'claim', 'claims', 'comment', 'comments',
	'tweet', 'tweets', 'post', 'posts', 'question', 'questions', 'remark', 'remarks', 'note', 'notes', 'quote', 'quotes',
	'estimate', 'estimates', 'warning', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'charge', 'charges']);

const nounDeterminers = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
	'another', 'each', 'every', 'new', 'latest']);

const articles = new Set(['a', 'an', 'the']);

/** Words that open a clause right after a verb, never after a noun: `The candidate claims he …`. */
const clauseSubjects = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'there']);

/** A determiner or possessive up to three words before `i` with only modifiers between: `the new jobs report`. */
function nounAfterDeterminer(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return false;
		}

		if (nounDeterminers.has(t.lower) || (t.lower.endsWith('\'s') && t.lower.length > 2)) {
			return true;
		}

		// `the Associated Press reports`: a singular name before `reports` is its subject (`report` after a name is a noun).
		if (tokens[i]!.lower.endsWith('s') && t.text[0] !== t.lower[0]) {
			return false;
		}

		if (auxiliaries.has(t.lower) || ['he', 'she', 'they', 'we', 'i', 'you', 'who', 'to', 'and', 'but', 'or'].includes(t.lower)) {
			return false;
		}
	}

	return false;
}

/** A past participle after a form of `be` (`was declared`, `has been called`). */
function passive(tokens: readonly Token[], i: number): boolean {
	if (!tokens[i]!.lower.endsWith('ed') || tokens[i]!.lower === 'asked') {
		return false;
	}

	let j = i - 1;
	while (j >= 0 && tokens[j]!.word && tokens[j]!.lower.endsWith('ly') && tokens[j]!.text[0] === tokens[j]!.lower[0]) {
		j--;
	}

	return ['is', 'are', 'was', 'were', 'been', 'being', 'be'].includes(tokens[j]?.lower ?? '');
}

/** `a new group called`, `one PAC called`: an indefinite determiner up to four words before `i`, only modifiers between. */
export function indefiniteBefore(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted || auxiliaries.has(t.lower) || ['the', 'he', 'she', 'they', 'we', 'i', 'who', 'and', 'but'].includes(t.lower)) {
			return false;
		}

		if (['a', 'an', 'one', 'another'].includes(t.lower)) {
			return true;
		}
	}

	return false;
}

/** Participles that name what comes after them (`a program called …`). */
const namingParticiples = new Set(['called', 'dubbed', 'titled', 'named', 'labeled', 'labelled', 'branded', 'billed']);

const speakForms = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);

/** Nouns for a word or phrase as such. */
const wordNouns = new Set(['term', 'terms', 'phrase', 'word', 'words', 'slogan', 'label', 'nickname']);

/** Every word a cue can begin with (the branches of `findCues`): one lookup rules out most words. */
const cueStarts: ReadonlySet<string> = new Set(['according', 'as', 'put', 'puts', 'pointed', 'points', 'pointing', 'point',
	...speakForms, ...declineForms, ...cueVerbs, ...wordNouns, ...copularNouns, 'on']);

/**
 * The `about` (after an object and adjuncts) or `of` (right after the verb or an adverb) that makes `speak` a cue of a
 * topic; -1 when none follows. `spoke on condition of anonymity` and `spoke to reporters` report nothing.
 */
function topicAfter(tokens: readonly Token[], i: number): number {
	const stand = standAfterOut(tokens, i + 1);
	if (stand > 0) {
		return stand;
	}

	for (let k = i + 1; k < tokens.length && k - i <= 12; k++) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		if (t.lower === 'about' || (t.lower === 'of' && (k === i + 1 || (k === i + 2 && tokens[i + 1]!.lower.endsWith('ly'))))) {
			// Not `spoke for about 30 minutes`.
			const next = tokens[k + 1];
			// (A quotation may open the topic: `spoke instead about “fixing the pier”`.)
			return next !== undefined && (next.word || next.mark) && !/^\d/.test(next.text) && tokens[k - 1]!.lower !== 'for' ? k : -1;
		}
	}

	return -1;
}

/**
 * `spoke out against the tax`, `has spoken out in favor of the ferry`: `out` and a preposition of taking a stand make
 * `speak` a cue of what it backs or opposes; the last token of that preposition, or -1.
 */
function standAfterOut(tokens: readonly Token[], k: number): number {
	const words = tokens.slice(k, k + 4).map(t => (t.quoted || !t.word ? '' : t.lower)).join(' ');
	const m = /^out (?:(for|against|on)|in (?:favor|favour|support) of)(?: |$)/.exec(words);
	const last = m ? k + (m[1] ? 1 : 3) : -1;
	const next = tokens[last + 1];
	return last > 0 && next !== undefined && (next.mark || (next.word && !next.quoted)) ? last : -1;
}

/** `issued a statement saying the pier …`: `saying` right after a document noun reports what the document says (train +1). */
function documentSaying(tokens: readonly Token[], i: number): boolean {
	const prev = tokens[i - 1];
	return (tokens[i]!.lower === 'saying' || tokens[i]!.lower === 'stating') && prev !== undefined && prev.word && !prev.quoted
		&& documentHeads.has(prev.lower);
}

/** `was called “…” by Ann Lee`, `dubbed the “…” by critics`: a naming participle, the quoted name right after it, then `by`. */
function nameByAgent(tokens: readonly Token[], i: number): boolean {
	if (!namingParticiples.has(tokens[i]!.lower)) {
		return false;
	}

	let k = ['the', 'a', 'an'].includes(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.quoted ? i + 2 : i + 1;
	if (!tokens[k]?.quoted) {
		return false;
	}

	// (A name is short: a few words.)
	const end = k + 10;
	while (k < end && tokens[k]?.quoted) {
		k++;
	}

	return tokens[k]?.lower === 'by' && !tokens[k]!.quoted;
}

/** Token `i` follows a possessive determiner: `his`, `their` …, or `her` opening the sentence (not `told her`). */
function afterPossessive(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	return before !== undefined && before.word && !before.quoted && possessiveWords.has(before.lower)
		&& (before.lower !== 'her' || i === 1);
}

/** Every cue outside quotations, in reading order. */
export function findCues(tokens: readonly Token[], titleCase = false): Cue[] {
	const out: Cue[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (!t.word || t.quoted || !cueStarts.has(t.lower)) {
			continue;
		}

		if (afterPossessive(tokens, i) && !nounLike.has(t.lower) && claimPossessor(tokens, i) < 0) {
			// `his repeated mispronunciations`, `their proposed cutoff`: a modifier of a noun, not the possessor's verb
			// (the words that are nouns themselves are weighed below).
			continue;
		}

		const user = wordObject(tokens, i);
		if (user >= 0) {
			// `have all used the term “kitchen sink”`, `repeated the phrase “…”`: the verb that takes the word opens the cue
			// (in place of that verb's own cue: `repeated the phrase “…”`).
			if ((out.at(-1)?.last ?? -1) >= user) {
				out.pop();
			}

			out.push({first: user, last: i, according: false});
			continue;
		}

		if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
			out.push({first: i, last: i + 1, according: true});
			i++;
			continue;
		}

		if (t.lower === 'as' && ['reported', 'described', 'characterized'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'by' && !tokens[i + 2]!.quoted) {
			// `As reported by the Ledger, …`, `…, as reported by the Ledger`: the reporter is a source like `according to`'s.
			out.push({first: i, last: i + 2, according: true});
			i += 2;
			continue;
		}

		if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it' && !tokens[i + 1]!.quoted
			&& (followedByContent(tokens, i + 1) || (tokens[i + 2]?.word && tokens[i + 2]!.lower.endsWith('ly') && followedByContent(tokens, i + 2)))) {
			// `As Lee put it, “…”`, `she put it bluntly:`.
			const last = tokens[i + 2]?.word && tokens[i + 2]!.lower.endsWith('ly') && followedByContent(tokens, i + 2) ? i + 2 : i + 1;
			out.push({first: i, last, according: false});
			i = last;
			continue;
		}

		const about = speakForms.has(t.lower) && t.text[0] === t.lower[0] ? topicAfter(tokens, i) : -1;
		if (about > 0) {
			// `spoke about the border`, `spoke to CNN on Sunday about …`, `speaks of his brother`: the topic is the content.
			out.push({first: i, last: about, according: false});
			i = about;
			continue;
		}

		if ((t.lower === 'pointed' || t.lower === 'points' || t.lower === 'pointing' || t.lower === 'point') && tokens[i + 1]?.lower === 'out') {
			out.push({first: i, last: i + 1, according: false});
			i++;
			continue;
		}

		if (titleCase && t.text === 'On' && headedBy(tokens, i)) {
			// `Ann Lee On Why Ferries Fail`: a heading that gives a person's view on a question.
			out.push({first: i, last: i, according: false});
			continue;
		}

		if (claimPossessor(tokens, i) >= 0) {
			// `Lee's most serious claim is that …`: the noun and copula are the cue.
			out.push({first: i, last: i + 1, according: false});
			i++;
			continue;
		}

		// A capitalised form is a name or a heading word (`the United States`), not a verb.
		if (declineForms.has(t.lower) && tokens[i + 1]?.lower === 'to' && declinedActs.has(tokens[i + 2]?.lower ?? '')) {
			// `declined to comment`: a statement whose content is the refusal.
			out.push({first: i, last: i, according: false});
			continue;
		}

		if (!cueVerbs.has(t.lower) || (t.text[0] !== t.lower[0] && !(titleCase && i > 0))) {
			continue;
		}

		const topic = (tokens[i + 1]?.lower === 'about' || (tokens[i + 1]?.lower === 'on' && /^(?:comment|remark|elaborat|opin)/.test(t.lower)))
			&& !tokens[i + 1]!.quoted && tokens[i + 2]?.word && !/^\d/.test(tokens[i + 2]!.text)
			&& !/^ask/.test(t.lower) && (!nounLike.has(t.lower) || auxiliaries.has(tokens[i - 1]?.lower ?? ''))
			&& speakerBefore(tokens, i) !== undefined;
		if (topic) {
			// `she joked about moving abroad`, `the Times wrote about the account`, `Lee has not commented on the audit`: a
			// speaker, the verb and its topic; a progressive too (`was commenting on how …`). Not `asked about` (its speaker
			// is the one asking), nor a noun (`news tweets about`) unless an auxiliary makes it a verb (`would not comment on`).
			out.push({first: i, last: i + 1, according: false});
			i++;
			continue;
		}

		if (hintForms.has(t.lower) && !thatClauseNext(tokens, i)) {
			// `hinted at the plan`, `hinted at that in a speech`: a hint reports words only through its `that` clause.
			continue;
		}

		if (weakCues.has(t.lower) && !titleCase && passive(tokens, i) && !followedByContent(tokens, i)) {
			// `Clinton was declared the winner`: the subject of a passive is not the speaker.
			continue;
		}

		if (nameByAgent(tokens, i)) {
			// `has been called “…” by Ann Lee`: the agent gave the name (a loose quotation's statement), not the subject.
			continue;
		}

		if (weakCues.has(t.lower) && !titleCase && !followedByContent(tokens, i) && !participleAfterComma(tokens, i)
			&& !documentSaying(tokens, i)
			&& !namedSubjectBefore(tokens, i) && !describedSubjectBefore(tokens, i) && !afterQuotation(tokens, i)
			&& !nextActAfterQuotation(tokens, i)) {
			continue;
		}

		if (t.lower.endsWith('ing') && compoundHeads.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.quoted) {
			// `the right calling card`, `a speaking tour`: the participle is part of a noun.
			continue;
		}

		if (/(?:ed|en)$/.test(t.lower) && articles.has(tokens[i - 1]?.lower ?? '') && !tokens[i - 1]!.quoted && tokens[i + 1]?.word) {
			// `in a written statement`, `the reported deal`: a participle between an article and its noun is an adjective.
			continue;
		}

		if (nounLike.has(t.lower) && nounAfterDeterminer(tokens, i) && !tokens.slice(i + 1, i + 5).some(x => x.mark)
			&& !clauseSubjects.has(tokens[i + 1]?.lower ?? '')) {
			// `The October report exceeded …`, `a congressional report that …`: the noun, not the verb.
			continue;
		}

		if (namingParticiples.has(t.lower) && !titleCase && tokens[i - 1]?.word && tokens[i - 1]!.text[0] === tokens[i - 1]!.lower[0]
			&& !auxiliaries.has(tokens[i - 1]!.lower) && indefiniteBefore(tokens, i)) {
			// `a group called Citizens for Trump`: the participle names the group; nobody speaks (a quoted name is still content).
			continue;
		}

		if (objectless.has(t.lower) && !titleCase && !followedByContent(tokens, i) && !afterQuotation(tokens, i)
			&& !speakerAfterQuotation(tokens, i)) {
			// `continued their search`, `maintained an energetic pace`: with a plain object these verbs report nothing.
			continue;
		}

		out.push({first: i, last: i, according: false});
	}

	return out;
}

const hintForms = new Set(['hint', 'hints', 'hinted', 'hinting']);

/** `that` right after the verb opening a clause (`hinted that a shakeup …`), not the pronoun (`hinted that in May`). */
function thatClauseNext(tokens: readonly Token[], i: number): boolean {
	const that = tokens[i + 1];
	const next = tokens[i + 2];
	return that?.lower === 'that' && !that.quoted && next !== undefined && (next.mark || (next.word && !prepositions.has(next.lower)));
}

/** Verbs of putting a wording to use (`used the term`, `coined the phrase`); not of liking it (`prefer the term`). */
const wordUses = /^(?:us(?:e|es|ed|ing)|coin(?:s|ed|ing)?|utter(?:s|ed|ing)?|employ(?:s|ed|ing)?|invok(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)$/;

/**
 * The verb before `the`/`a` and a noun for a word at `i` that a quotation follows (`used the term “…”`): the index of
 * that verb, or -1.
 */
function wordObject(tokens: readonly Token[], i: number): number {
	const verb = tokens[i - 2];
	const mark = tokens[i + 1];
	return wordNouns.has(tokens[i]!.lower) && articles.has(tokens[i - 1]?.lower ?? '') && mark?.mark === true
		&& verb !== undefined && !verb.quoted && (wordUses.test(verb.lower) || cueVerbs.has(verb.lower)) && !afterNoun(tokens, i - 2) ? i - 2 : -1;
}

/**
 * `The phrase “…” was uttered once, by Ann Lee`: a wording (the quotation at `[first, after)` after a noun for a word)
 * put to use in the passive; its agent after `by` (two words of frequency or a comma between) spoke it. The participle
 * and the agent phrase, or undefined.
 */
export function wordUsedBy(tokens: readonly Token[], first: number, after: number): {cue: number; speaker: {first: number; last: number}} | undefined {
	const noun = tokens[first - 1];
	if (!noun?.word || noun.quoted || !wordNouns.has(noun.lower)) {
		return undefined;
	}

	let k = after;
	while (k < tokens.length && k - after < 4 && tokens[k]!.word && !tokens[k]!.quoted
		&& (auxiliaries.has(tokens[k]!.lower) || ['never', 'only', 'first', 'not', 'also'].includes(tokens[k]!.lower) || tokens[k]!.lower.endsWith('ly'))) {
		k++;
	}

	const verb = tokens[k];
	if (k === after || !verb?.word || verb.quoted || !/ed$/.test(verb.lower) || !(wordUses.test(verb.lower) || cueVerbs.has(verb.lower))) {
		return undefined;
	}

	for (let b = k + 1; b < tokens.length && b - k <= 3; b++) {
		const t = tokens[b]!;
		if (t.quoted) {
			return undefined;
		}

		if (t.lower === 'by') {
			const speaker = phraseStartingAt(tokens, b + 1);
			return speaker ? {cue: k, speaker} : undefined;
		}

		if (!(t.text === ',' || /^(?:once|twice|again|times|\d+|first|only|just|repeatedly)$/.test(t.lower))) {
			return undefined;
		}
	}

	return undefined;
}

/** A participle at `k` right after a noun modifies it (`a star bearing the words`); after `by`, `not`, a comma it is a verb. */
function afterNoun(tokens: readonly Token[], k: number): boolean {
	const before = tokens[k - 1];
	return tokens[k]!.lower.endsWith('ing') && before !== undefined && before.word && !before.quoted && before.lower !== 'not'
		&& !stopWords.has(before.lower) && !auxiliaries.has(before.lower) && !prepositions.has(before.lower);
}

/** Nouns that make a compound with an -ing form before them: `calling card`, `speaking tour`, `talking points`. */
const compoundHeads = new Set(['card', 'cards', 'tour', 'tours', 'engagement', 'engagements', 'fee', 'fees', 'point', 'points']);

/** A headline in Title Case (`Senator Says Budget Will Pass`): its verbs are capitalised too. */
export function isTitleCase(tokens: readonly Token[]): boolean {
	let long = 0;
	let capital = 0;
	for (const t of tokens) {
		if (t.word && !t.quoted && t.text.length > 3) {
			long++;
			capital += t.text[0] === t.lower[0] ? 0 : 1;
		}
	}

	return long >= 3 && capital / long >= 0.7;
}
