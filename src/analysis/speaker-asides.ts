/**
 * What can stand between a speaker and its cue and is read past on the way left: an inserted clause opened by a
 * participle or a relative pronoun (`X, who …, said`) or set off by dashes, a parenthesis (`Sen. Ann Lee (D-Ohio)`), an
 * abbreviation's period (`Ava, Mo.,`), a time adjunct after an auxiliary (`has in the past said`), a medium (`in a
 * statement`) and the verbs that lead into a cue infinitive (`declined to say`). Apart from speakers.ts, whose
 * `speakerBefore` decides in which order they are tried. Token indices are the unit's.
 */
import {auxiliaries} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, phraseEndingAt, type Phrase} from './phrases.js';

/** Prepositions whose object sits inside an inserted clause, never the speaker. */
const objectPrepositions = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'by', 'to', 'on', 'near', 'outside', 'inside',
	'into', 'across', 'throughout', 'about', 'after', 'before', 'during']);

/** `…, speaking at a rally in Salem, …`: the phrase at `first` is a preposition's object in a clause opened by a participle. */
export function insideParticipleClause(tokens: readonly Token[], first: number): boolean {
	const prep = tokens[first - 1];
	if (!prep?.word || prep.quoted || !objectPrepositions.has(prep.lower)) {
		return false;
	}

	for (let k = first - 2; k >= 0 && first - k < 15; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return t.text === ',' && (tokens[k + 1]!.lower.endsWith('ing') || tokens[k + 1]!.lower === 'who');
		}
	}

	return false;
}

/**
 * The period at token `k` ends an abbreviation, not a sentence: a short capitalised word (`Mo.`, `Jr.`) or a party and
 * state (`Sen. Ann Lee, D-Ore., said`).
 */
export function abbreviationBefore(tokens: readonly Token[], k: number): boolean {
	const w = tokens[k - 1];
	// (`Calif.` is the one state abbreviation longer than four letters.)
	return w !== undefined && w.word && w.capital && (w.text.length <= 4 || w.text === 'Calif'
		|| /^[DRI]-\p{Lu}\p{Ll}{0,4}$/u.test(w.text));
}

/** The phrase before a `, who` / `, whose` that opens at or left of token `from` (within the window of the cue at `j`). */
export function relativeAntecedent(tokens: readonly Token[], from: number, j: number): Phrase | undefined {
	for (let k = from; k >= 0 && j - k < 40; k--) {
		const t = tokens[k]!;
		if (t.quoted || t.text === ';' || (t.text === '.' && !abbreviationBefore(tokens, k))) {
			return undefined;
		}

		if (t.text === ',' && (tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.lower === 'whose')) {
			const p = phraseBefore(tokens, k - 1);
			return p ? {...p, clause: {first: k + 1, last: j - 1}} : undefined;
		}
	}

	return undefined;
}

/** Verbs that lead into a cue infinitive: `goes on to say`, `declined to say`, `wanted to stress`. */
export const chainVerbs = new Set(['go', 'goes', 'went', 'gone', 'going', 'on', 'continue', 'continues', 'continued', 'want',
	'wants', 'wanted', 'try', 'tries', 'tried', 'begin', 'begins', 'began', 'refuse', 'refuses', 'refused', 'decline',
	'declines', 'declined', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'decide', 'decided', 'used',
	'chose', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'expect', 'expected', 'need', 'needs', 'needed',
	'got', 'managed', 'took', 'time', 'pause', 'paused', 'stopped', 'rushed', 'hastened', 'wished', 'like', 'liked',
	'was', 'is', 'were', 'are', 'asked', 'forced', 'able', 'unable', 'willing', 'quick', 'careful', 'sure', 'likely',
	'unlikely', 'more', 'less', 'slightly', 'generally', 'eager', 'reluctant', 'hesitant']);

/** A phrase ending at `j`, or at the word before a parenthesis there: `Sen. Ann Lee (D-Ohio)`, `Lee (who has 25 delegates)`. */
export function phraseBefore(tokens: readonly Token[], j: number): Phrase | undefined {
	const direct = phraseEndingAt(tokens, j);
	if (direct || tokens[j]?.text !== ')') {
		return direct;
	}

	for (let k = j - 1; k >= 0 && j - k < 16; k--) {
		if (tokens[k]!.text === '(') {
			const inner = phraseEndingAt(tokens, k - 1);
			return inner ? {...inner, last: j} : undefined;
		}
	}

	return undefined;
}

/** Prepositions that open a time adjunct inside a verb group (`has in the past said`, `had at one point told`). */
const adjunctPrepositions = new Set(['in', 'at', 'on', 'during', 'for', 'over', 'since']);

/**
 * A phrase that is the object of a preposition right after an auxiliary (`has in [the past]`): the index of that
 * preposition, where the search for the subject resumes; -1 when the phrase is no such adjunct.
 */
export function adjunctAfterAuxiliary(tokens: readonly Token[], p: Phrase): number {
	const prep = tokens[p.first - 1];
	const aux = tokens[p.first - 2];
	if (!prep?.word || prep.quoted || !adjunctPrepositions.has(prep.lower) || capitalized(tokens[p.last]!)
		|| !aux?.word || aux.quoted || !auxiliaries.has(aux.lower) || aux.lower.endsWith('ly')) {
		return -1;
	}

	return p.first - 1;
}

/** Documents and occasions a speaker says something in (`in a statement`, `in an interview`). */
export const mediumWords = new Set(['statement', 'interview', 'letter', 'email', 'e-mail', 'tweet', 'post', 'speech', 'memo',
	'release', 'op-ed', 'filing', 'message', 'video']);
export const mediumDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);

/** The phrase before a clause set off by dashes that closes at token `j` (`Joyce — who is not a lawyer — told`). */
export function beforeDashedClause(tokens: readonly Token[], j: number): Phrase | undefined {
	for (let k = j - 2; k >= 0 && j - k < 30; k--) {
		const t = tokens[k]!;
		if (t.text === '.' || t.text === ';' || t.quoted) {
			break;
		}

		if (t.text === tokens[j]!.text && (t.text !== '-' || tokens[k - 1]?.text === '-')) {
			k -= t.text === '-' ? 1 : 0;
			const before = phraseBefore(tokens, k - 1);
			return before ? {...before, clause: {first: k + 1, last: j - 1}} : undefined;
		}
	}

	return undefined;
}

/** `Sen. Ann Lee (D-Ore.), said`: a stray comma after the party and state. */
export function beforePartyComma(tokens: readonly Token[], j: number): Phrase | undefined {
	if (tokens[j]!.text === ',' && tokens[j - 1]?.text === ')') {
		const party = phraseBefore(tokens, j - 1);
		if (party && tokens[party.first - 1]?.text !== ',') {
			return party;
		}
	}

	return undefined;
}

/** The phrase before an inserted clause whose closing comma is at token `j`: `X, who spoke on condition of anonymity, said`. */
export function beforeInsertedClause(tokens: readonly Token[], j: number): Phrase | undefined {
	// `Lee, who calls it “a mess,” said`: the clause's closing comma may sit inside the quotation.
	const quotedComma = tokens[j]!.mark && tokens[j - 1]?.text === ',';
	if (tokens[j]!.text !== ',' && !quotedComma) {
		return undefined;
	}

	// Find the comma that opens the inserted clause.
	let sawQuote = quotedComma;
	for (let k = j - 1; k >= 0 && j - k < 40; k--) {
		const t = tokens[k]!;
		sawQuote ||= t.quoted;
		// `Ava, Mo., who …`: a period after a short capitalised word is an abbreviation, not a sentence end.
		if (t.text === ';' || (t.text === '.' && !t.quoted && !abbreviationBefore(tokens, k))) {
			return undefined;
		}

		// Quoted words may sit in the inserted clause: `Lee, who calls the plan “a mess,” said`.
		if (t.text !== ',' || t.quoted) {
			continue;
		}

		const opener = tokens[k + 1];
		if (!opener || (sawQuote && !['who', 'which', 'whose'].includes(opener.lower) && !opener.lower.endsWith('ing'))) {
			return undefined;
		}

		const before = phraseBefore(tokens, k - 1);
		// `Cory Lee, 22, of Salem, Ore., said`: a place after a preposition belongs to the inserted piece too.
		// So is a city and state after a preposition anywhere in it (`Dale, now retired in Salem, Ore., said`).
		const place = before !== undefined && ['of', 'from', 'in'].includes(tokens[before.first - 1]?.lower ?? '')
			&& (tokens[before.first - 2]?.text === ',' || statesAndDays.test(tokensText(tokens, k + 1, j).replace(/ \.$/, '.')));
		if (!before || place || insideParticipleClause(tokens, before.first) || (before.first === before.last && /^\d+$/.test(tokens[before.first]!.text))) {
			// `Ann Lee, 41, a teacher from Ohio, said`: keep going left past another inserted piece (an age is none); so past a
			// place that is the object of a preposition (`Lee, speaking at a rally in Salem, Ore., said`).
			continue;
		}

		// `Lee, whose hometown, Miami, is …, said` / `Lee, who grew up in Aurora, Colo., said`: a relative clause further
		// left holds the commas; its antecedent speaks.
		const outer = opener.lower === 'who' || opener.lower === 'whose' ? undefined : relativeAntecedent(tokens, before.first - 1, j);
		if (outer) {
			return outer;
		}

		const inserted = {first: k + 1, last: j - 1};
		const relative = ['who', 'which', 'whose', 'speaking'].includes(opener.lower);
		return relative ? {...before, clause: inserted} : {...before, role: inserted, clause: inserted};
	}

	return undefined;
}

/** A state, its abbreviation or a day: what may follow a city or a place after its comma (`Salem, Ore.,`). */
export const statesAndDays = new RegExp('^(?:[A-Z][a-z]*\\.(?: ?[A-Z][a-z]*\\.)?|[A-Z]{2}|New (?:Hampshire|York|Jersey|Mexico)|North (?:Carolina|Dakota)'
	+ '|South (?:Carolina|Dakota)|West Virginia|Rhode Island|[A-Z][a-z]+day|Alabama|Alaska|Arizona|Arkansas|California|Colorado'
	+ '|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland'
	+ '|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania'
	+ '|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming)$');

/** The texts of tokens `a` to `b` (exclusive), joined by spaces. */
export function tokensText(tokens: readonly Token[], a: number, b: number): string {
	return tokens.slice(a, b).map(t => t.text).join(' ');
}
