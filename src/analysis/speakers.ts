/** The speaker of a cue: the phrase before it (through auxiliaries, appositives, dashes), or the sentence subject. */
import {auxiliaries, introWords, sentenceAdverbs, stopWords} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, phraseEndingAt, type Phrase} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';
import {abbreviationBefore, adjunctAfterAuxiliary, chainVerbs, insideParticipleClause, mediumDeterminers, mediumWords, phraseBefore, relativeAntecedent} from './speaker-asides.js';
import {clauseAfterExpletive, expletives, firstPlainWord, moreIntroWords, placePrepositions, timeIntro} from './speaker-openings.js';

/** Skips auxiliaries and adverbs leftwards from `i`; returns the index of the first other token (or -1). */
export function skipAuxLeft(tokens: readonly Token[], i: number): number {
	let j = i;
	// A capitalised auxiliary after a closing quotation is a name (`“…,” Will wrote`).
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && ((auxiliaries.has(tokens[j]!.lower) && !(capitalized(tokens[j]!) && tokens[j - 1]?.mark))
		|| (tokens[j]!.lower.endsWith('ly') && !capitalized(tokens[j]!) && tokens[j]!.lower.length > 4)
		// `have long argued`: `long` is an adverb only after a perfect auxiliary (`a long list`).
		|| (tokens[j]!.lower === 'long' && ['has', 'have', 'had'].includes(tokens[j - 1]?.lower ?? '') && !tokens[j - 1]!.quoted)
		// `Lee and Kim both said`, `they all agreed`: a floating quantifier after a subject of several.
		|| (['both', 'all'].includes(tokens[j]!.lower) && tokens[j - 1]?.word === true && !tokens[j - 1]!.quoted
			&& !stopWords.has(tokens[j - 1]!.lower) && !auxiliaries.has(tokens[j - 1]!.lower)))) {
		j--;
	}

	return j;
}

export const dayNames: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
	'today', 'tonight']);
const timeWords = new Set([...dayNames, 'on', 'last', 'this', 'earlier', 'week', 'month', 'year', 'night', 'morning',
	'afternoon', 'evening']);

/**
 * The speaker of a cue at token `c` read leftwards: `X said`, `X has also said`, `X, who …, said`,
 * `X, the chairman, said`.
 */
export function speakerBefore(tokens: readonly Token[], c: number): Phrase | undefined {
	let j = skipAuxLeft(tokens, c - 1);
	if (j < 0) {
		return undefined;
	}

	// `Ann Lee on Tuesday said`, `The council last week said`: a time adjunct between the subject and the cue.
	let m = j;
	while (m >= 0 && j - m < 4 && tokens[m]!.word && !tokens[m]!.quoted && timeWords.has(tokens[m]!.lower)) {
		m--;
	}

	if (m < j && m >= 0 && tokens[m]!.word && (dayNames.has(tokens[j]!.lower) || ['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'].includes(tokens[j]!.lower))) {
		j = skipAuxLeft(tokens, m);
		if (j < 0) {
			return undefined;
		}
	}

	// `Ann Lee in a statement said`, `The council in its letter wrote`: the medium between the subject and the cue is no
	// part of the speaker's name.
	if (j >= 3 && tokens[j]!.word && !tokens[j]!.quoted && mediumWords.has(tokens[j]!.lower)
		&& mediumDeterminers.has(tokens[j - 1]!.lower) && tokens[j - 2]!.lower === 'in' && tokens[j - 3]!.word && !tokens[j - 3]!.quoted) {
		j = skipAuxLeft(tokens, j - 3);
	}

	// `The council less than two weeks ago said`: a span of time ending in `ago` sits between the subject and the cue.
	if (tokens[j]!.lower === 'ago' && !tokens[j]!.quoted) {
		let a = j - 1;
		while (a >= 0 && j - a <= 5 && tokens[a]!.word && !tokens[a]!.quoted && !capitalized(tokens[a]!)) {
			a--;
		}

		if (a >= 0 && a < j - 1 && (capitalized(tokens[a]!) || ['he', 'she', 'they'].includes(tokens[a]!.lower))) {
			j = a;
		}
	}

	// `The email goes on to say`, `Lee declined to say`: the subject stands before the verb chain.
	if (tokens[j]!.lower === 'to' && !tokens[j]!.quoted) {
		// `went so far as to say`, `went as far as to say`: a measure of degree comes before the infinitive.
		const from = j >= 3 && /^(?:(?:so|as) far as|so bold as)$/.test(text(tokens, j - 3, j)) && !tokens[j - 1]!.quoted ? j - 3 : j;
		let k = from - 1;
		// A passive participle leads in too: `was prompted to say`, `felt compelled to add`.
		while (k >= 0 && from - k <= 4 && tokens[k]!.word && !tokens[k]!.quoted && (chainVerbs.has(tokens[k]!.lower)
			|| auxiliaries.has(tokens[k]!.lower) || (k === j - 1 && /[a-z]ed$/.test(tokens[k]!.text)))) {
			k--;
		}

		if (k < j - 1) {
			j = k;
		}

		if (j < 0) {
			return undefined;
		}
	}

	// `a source close to him said`, `people familiar with it said`: the description ends in an object pronoun.
	if (['him', 'her', 'them', 'it', 'us'].includes(tokens[j]!.lower) && j >= 3 && ((tokens[j - 1]!.lower === 'to' && tokens[j - 2]!.lower === 'close')
		|| (tokens[j - 1]!.lower === 'with' && tokens[j - 2]!.lower === 'familiar'))) {
		const outer = phraseEndingAt(tokens, j - 3);
		if (outer) {
			return {first: outer.first, last: j};
		}
	}

	// `the Post, which argued …`, `a message that said …`: a relative pronoun right before the verb is its subject (a
	// complementizer `that` is never followed by a verb).
	if ((tokens[j]!.lower === 'which' || tokens[j]!.lower === 'that') && !tokens[j]!.quoted) {
		// Not a passive (`which is called`, `that were claimed`): its subject is no speaker.
		const passive = tokens.slice(j + 1, c).some(t => ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(t.lower));
		return j > 0 && !passive ? {first: j, last: j} : undefined;
	}

	const direct = phraseBefore(tokens, j);
	const adjunct = direct ? adjunctAfterAuxiliary(tokens, direct) : -1;
	if (adjunct >= 0) {
		// `Lee has in the past described …`, `who had at one point said …`: a time adjunct between the auxiliary and the cue.
		return speakerBefore(tokens, adjunct);
	}

	if (direct) {
		return direct;
	}

	// `Joyce — who is not a lawyer — told`: dashes set off an inserted clause as commas do.
	const dash = tokens[j]!.text === '\u2014' || tokens[j]!.text === '\u2013' || (tokens[j]!.text === '-' && tokens[j - 1]?.text === '-');
	if (dash) {
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

	// `Sen. Ann Lee (D-Ore.), said`: a stray comma after the party and state.
	if (tokens[j]!.text === ',' && tokens[j - 1]?.text === ')') {
		const party = phraseBefore(tokens, j - 1);
		if (party && tokens[party.first - 1]?.text !== ',') {
			return party;
		}
	}

	// `Lee, who calls it “a mess,” said`: the clause's closing comma may sit inside the quotation.
	const quotedComma = tokens[j]!.mark && tokens[j - 1]?.text === ',';
	if (tokens[j]!.text !== ',' && !quotedComma) {
		return undefined;
	}

	// `X, who spoke on condition of anonymity, said`: find the comma that opens the inserted clause.
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
			&& (tokens[before.first - 2]?.text === ',' || statesAndDays.test(text(tokens, k + 1, j).replace(/ \.$/, '.')));
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

const statesAndDays = new RegExp('^(?:[A-Z][a-z]*\\.(?: ?[A-Z][a-z]*\\.)?|[A-Z]{2}|New (?:Hampshire|York|Jersey|Mexico)|North (?:Carolina|Dakota)'
	+ '|South (?:Carolina|Dakota)|West Virginia|Rhode Island|[A-Z][a-z]+day|Alabama|Alaska|Arizona|Arkansas|California|Colorado'
	+ '|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland'
	+ '|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania'
	+ '|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming)$');

function text(tokens: readonly Token[], a: number, b: number): string {
	return tokens.slice(a, b).map(t => t.text).join(' ');
}

/** The sentence subject: the phrase at the start of the unit (after sentence adverbs and punctuation). */
export function subjectPhrase(tokens: readonly Token[], before: number): Phrase | undefined {
	let s = Math.min(firstPlainWord(tokens), before);

	// `In a statement released Thursday, Ann Lee …`: an introductory phrase up to its comma is not the subject; nor is a
	// second one after it (`The day before, at a rally in Salem, Lee …`).
	for (let intro = 0; intro < 2 && s < before && (intro === 0 ? introWords.has(tokens[s]!.lower) || sentenceAdverbs.has(tokens[s]!.lower)
		|| moreIntroWords.has(tokens[s]!.lower) || timeIntro(tokens, s, before) : placePrepositions.has(tokens[s]!.lower)); intro++) {
		const from = s;
		for (let k = s + 1; k < before && k - s < 20; k++) {
			if (tokens[k]!.text === ',' && !tokens[k]!.quoted) {
				s = k + 1;
				break;
			}
		}

		if (s === from) {
			break;
		}

		// `At a rally in Portsmouth, N.H., on Tuesday, Lee …`: a place's state and a day continue the introduction.
		for (let guard = 0; guard < 2; guard++) {
			let k = s;
			// (`Tex.` may come as a word and its period.)
			while (k < before && k - s < 4 && ((tokens[k]!.word && !tokens[k]!.quoted
				&& (tokens[k]!.text[0] !== tokens[k]!.lower[0] || (k > s && ['on', 'in'].includes(tokens[k - 1]!.lower)) || ['on', 'in'].includes(tokens[k]!.lower)))
				|| (tokens[k]!.text === '.' && k > s && abbreviationBefore(tokens, k)))) {
				k++;
			}

			if (k > s && tokens[k]?.text === ',' && !tokens[k]!.quoted && (/\.$/.test(tokens[k - 1]!.text) || ['on', 'in'].includes(tokens[s]!.lower)
				|| statesAndDays.test(text(tokens, s, k)))) {
				s = k + 1;
			} else {
				break;
			}
		}
	}

	while (s < before && (!tokens[s]!.word || tokens[s]!.quoted || sentenceAdverbs.has(tokens[s]!.lower))) {
		s++;
	}

	if (s < before && expletives.has(tokens[s]!.lower)) {
		// `It’s a big if, but Lee was in Salem, urging …`, `That’s why Lee quit before announcing …`: an expletive opens
		// the sentence; the subject of the clause after it speaks (train: +4 speakers).
		return clauseAfterExpletive(tokens, s, before) ?? phraseStartingAt(tokens, s);
	}

	return s < before ? phraseStartingAt(tokens, s) : undefined;
}
