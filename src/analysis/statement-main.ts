/**
 * The main attribution's statement, once unitStatements has chosen its cue: a relative clause's statement when the
 * chosen speaker is `who`/`which`/`that`, the sentence subject as speaker when no phrase stands before the cue, and the
 * statement itself (a poll's respondents, or the speaker's words). Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {hasQuoteIn, quoteAround, trimRegion, type Context} from './regions.js';
import {cueRange, range, type Choice} from './choose.js';
import {kindOf} from './content.js';
import {contentStart} from './content-start.js';
import {subjectPhrase} from './speakers.js';
import {determinerWords} from './phrases.js';
import {cueVerbs, irregularPastTenses, titles, unnamedHeads, weakCues} from './lexicon.js';
import {make, type Base, type RawStatement} from './statement-record.js';
import {pollIntro, pollShows} from './statement-polls.js';
import {sentenceAntecedent} from './statement-pronouns.js';

/** The cue whose speaker's clause holds the relative pronoun `main` chose as its speaker. */
export function relativeOuter(tokens: readonly Token[], main: Choice | undefined, choices: readonly Choice[]): Choice | undefined {
	if (main?.phrase && main.phrase.first === main.phrase.last && ['who', 'which', 'that'].includes(tokens[main.phrase.first]!.lower)) {
		// `Lee, who said he votes by mail, said …`: the relative clause is a statement of its own, bounded by the
		// clause; the outer cue whose speaker carries that clause is the main attribution.
		const cueAt = main.cue.first;
		return choices.find(c => c !== main && c.phrase?.clause && c.phrase.clause.first <= cueAt && cueAt <= c.phrase.clause.last);
	}

	return undefined;
}

/** The relative clause's own statement, from its cue to the end of the clause `outer`'s speaker carries. */
export function relativeStatement(ctx: Context, base: Base, main: Choice, outer: Choice): RawStatement | undefined {
	const {text, unit, quotes, tokens} = ctx;
	let clauseEnd = tokens[outer.phrase!.clause!.last]!.end;
	// `Lee, who says the repairs cost “far too much,” said …`: a quotation closing the clause keeps its `,”`.
	const inside = quoteAround(quotes, clauseEnd);
	clauseEnd = inside && inside.end <= unit.end ? inside.end : clauseEnd;
	const from = contentStart(tokens, main.cue, main.cue.last + 1);
	const region = from < clauseEnd ? trimRegion(text, from, clauseEnd, quotes) : undefined;
	// `who asked not to be named`, `who declined to be identified`: conditions of anonymity, not statements.
	if (region && !/^(?:ask|declin|refus|spok|speak|request|insist)/.test(tokens[main.cue.first]!.lower)) {
		return make(base, {content: [region], kind: kindOf([region], quotes), cue: cueRange(tokens, main.cue),
			speaker: range(tokens, main.phrase)});
	}

	return undefined;
}

/**
 * `Proponents of tighter rules here say …`, `Lee, appearing on a talk show after the speech, said …`: no phrase right
 * before the cue, but the sentence subject is the speaker (measured on train: a subject at any distance helps).
 */
export function subjectSpeaker(tokens: readonly Token[], main: Choice, mainContent: readonly Range[]): Range | undefined {
	const subject = subjectPhrase(tokens, main.cue.first);
	const verb = tokens[main.cue.first]!;
	const prev = tokens[main.cue.first - 1];
	// Not `to say`, `is told`, `the praise`, `Trump's promises`: those are no finite cue of the subject.
	if (subject && subject.last < main.cue.first && main.cue.first - subject.last <= 40 && !weakCues.has(verb.lower)
		&& !verb.lower.endsWith('ing') && prev?.word && !['to', 'is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(prev.lower)
		&& !determinerWords.has(prev.lower) && !prev.lower.endsWith('\'s') && !tokens[subject.last]!.lower.endsWith('\'s')
		&& mainContent.every(r => r.start >= verb.end)) {
		return range(tokens, subject);
	}

	return undefined;
}

/** The main attribution's statement: what a poll's respondents said, or what the speaker said. */
export function mainStatement(ctx: Context, base: Base, main: Choice, mainContent: Range[] | undefined,
	mainSpeaker: Range | undefined): RawStatement | undefined {
	if (!mainContent) {
		return undefined;
	}

	const {text, quotes, tokens} = ctx;
	const poll = main.phrase && !main.inverted && !main.subject ? pollIntro(tokens, main.phrase.first) : undefined;
	const shows = main.phrase && !main.inverted && !main.subject && !poll ? pollShows(tokens, main.phrase.first) : undefined;
	if (shows) {
		// `A June poll showed that 72 percent of voters said …`: the poll reports what the respondents said (train: +3
		// speakers, +3 cues).
		const whole = trimRegion(text, tokens[shows.verb + 1]!.start, mainContent.at(-1)!.end, quotes);
		return whole ? make(base, {content: [whole], kind: kindOf([whole], quotes), cue: range(tokens, {first: shows.verb, last: shows.verb}),
			speaker: range(tokens, shows.poll)}) : undefined;
	}

	if (poll) {
		// `In a CNN poll released Monday, 38 percent of voters said …`: the poll reports what the respondents said.
		const whole = trimRegion(text, tokens[poll.last + 2]!.start, mainContent.at(-1)!.end, quotes);
		return whole ? make(base, {content: [whole], kind: kindOf([whole], quotes), cue: range(tokens, {first: 0, last: 0}),
			speaker: range(tokens, poll)}) : undefined;
	}

	if (mainSpeaker || mainContent.some(r => hasQuoteIn(r, quotes))) {
		return make(base, {
			content: mainContent,
			kind: kindOf(mainContent, quotes),
			cue: cueRange(tokens, main.cue),
			speaker: mainSpeaker,
			role: range(tokens, main.phrase?.role ?? roleAfterInverted(tokens, main)),
			clause: range(tokens, main.phrase?.clause),
			antecedent: main.phrase && !main.inverted && !main.subject ? range(tokens, sentenceAntecedent(tokens, main.phrase)) : undefined,
		});
	}

	return undefined;
}

/**
 * `“…,” said Elin Carver, the station’s director.`: a description set off after an inverted speaker's name, up to the
 * end of the sentence, the next comma or a relative clause (`who …`), is that person's role.
 */
function roleAfterInverted(tokens: readonly Token[], main: Choice): {first: number; last: number} | undefined {
	const phrase = main.phrase;
	if (!main.inverted || !phrase || tokens[phrase.last + 1]?.text !== ',' || !tokens[phrase.last]!.capital) {
		return undefined;
	}

	let k = phrase.last + 2;
	let holds = false;
	while (k < tokens.length && k - phrase.last <= 9 && tokens[k]!.word && !tokens[k]!.quoted && !['who', 'which', 'whose'].includes(tokens[k]!.lower)) {
		// (A verb makes it a clause: `AZCentral, one … sign read.`)
		if (cueVerbs.has(tokens[k]!.lower) || irregularPastTenses.has(tokens[k]!.lower)) {
			return undefined;
		}

		holds ||= titles.has(tokens[k]!.lower) || unnamedHeads.has(tokens[k]!.lower);
		k++;
	}

	// (An agent noun heads a role too, `a schoolteacher who …`; the relative clause after it is no part of it.)
	const end = tokens[k];
	holds ||= /(?:er|or|ist|ian)$/.test(tokens[k - 1]?.lower ?? '') && ['who', 'whose'].includes(end?.lower ?? '');
	return holds && k > phrase.last + 2 && !tokens[phrase.last + 2]!.capital
		&& (!end || ['.', ',', ';'].includes(end.text) || ['who', 'which', 'whose'].includes(end.lower))
		? {first: phrase.last + 2, last: k - 1} : undefined;
}
