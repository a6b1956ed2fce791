/**
 * Cue detection: verbs of speech and writing (every inflection), `according to`, and their acceptance rules. The tests
 * those rules apply live in cue-evidence.ts (what shows a weak cue reports words), cue-exclusions.ts (readings that are
 * no cue) and cue-objects.ts (cues made by their object).
 */
import {auxiliaries, cueVerbs, weakCues} from './lexicon.js';
import type {Token} from './tokens.js';
import {speakerBefore} from './speakers.js';
import {afterQuotation, describedSubjectBefore, documentSaying, followedByContent, namedSubjectBefore, nextActAfterQuotation,
	participleAfterComma, speakerAfterQuotation} from './cue-evidence.js';
import {afterPossessive, articles, clauseSubjects, compoundHeads, hintForms, indefiniteBefore, nameByAgent, namingParticiples,
	nounAfterDeterminer, nounLike, objectless, passive, thatClauseNext} from './cue-exclusions.js';
import {speakForms, wordNouns, wordObject} from './cue-objects.js';
import {accordingTo, asReportedBy, declinedTo, declineForms, headingOn, pointedOut, putIt, quotedAs, spokeAbout} from './cue-phrases.js';

/** Cue tokens `[first, last]` of one unit. */
export type Cue = {
	readonly first: number;
	readonly last: number;
	readonly according: boolean;
};

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

/** Pronouns that are a verb's object, never a noun's: `calls himself`, `calls him`. */
const objectPronouns = new Set(['him', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself']);

/** Singular nouns of a person that a present-tense cue follows as its subject, never as a compound's first noun. */
const personNouns = new Set(['candidate', 'nominee', 'senator', 'governor', 'president', 'minister', 'secretary', 'spokesman',
	'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'lawmaker', 'mayor', 'chairman', 'chairwoman', 'director',
	'host', 'author', 'judge', 'attorney', 'lawyer', 'founder', 'leader', 'man', 'woman', 'congressman', 'congresswoman']);

/** `the candidate claims …`, `the senator calls for …`: a present-tense cue right after a person's noun is its verb. */
function afterPersonNoun(tokens: readonly Token[], i: number): boolean {
	const noun = tokens[i - 1];
	return tokens[i]!.lower.endsWith('s') && noun !== undefined && noun.word && !noun.quoted && personNouns.has(noun.lower);
}

/** Every word a cue can begin with (the branches of `findCues`): one lookup rules out most words. */
const cueStarts: ReadonlySet<string> = new Set(['according', 'as', 'put', 'puts', 'pointed', 'points', 'pointing', 'point',
	...speakForms, ...declineForms, ...cueVerbs, ...wordNouns, ...copularNouns, 'on']);

/** `Lee's most serious claim is that …`: the noun and copula are the cue. */
function claimIs(tokens: readonly Token[], i: number): Cue | undefined {
	return claimPossessor(tokens, i) >= 0 ? {first: i, last: i + 1, according: false} : undefined;
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

		// Each rule returns the cue opening at `i`; reading goes on after its last word.
		const cue = accordingTo(tokens, i) ?? asReportedBy(tokens, i) ?? putIt(tokens, i) ?? quotedAs(tokens, i) ?? spokeAbout(tokens, i)
			?? pointedOut(tokens, i) ?? headingOn(tokens, i, titleCase) ?? claimIs(tokens, i) ?? declinedTo(tokens, i)
			?? verbCue(tokens, i, titleCase);
		if (cue) {
			out.push(cue);
			i = cue.last;
		}
	}

	return out;
}

/** A cue verb (`said`, `argues`), alone or with its topic, unless its reading here is no cue. */
function verbCue(tokens: readonly Token[], i: number, titleCase: boolean): Cue | undefined {
	const t = tokens[i]!;
	// A capitalised form is a name or a heading word (`the United States`), not a verb.
	if (!cueVerbs.has(t.lower) || (t.capital && !(titleCase && i > 0))) {
		return undefined;
	}

	if (topicNext(tokens, i)) {
		return {first: i, last: i + 1, according: false};
	}

	return notSpeech(tokens, i, titleCase) ? undefined : {first: i, last: i, according: false};
}

/**
 * `she joked about moving abroad`, `the Times wrote about the account`, `Lee has not commented on the audit`: a
 * speaker, the verb and its topic; a progressive too (`was commenting on how …`). Not `asked about` (its speaker
 * is the one asking), nor a noun (`news tweets about`) unless an auxiliary makes it a verb (`would not comment on`).
 */
function topicNext(tokens: readonly Token[], i: number): boolean | undefined {
	const t = tokens[i]!;
	return (tokens[i + 1]?.lower === 'about' || (['on', 'upon'].includes(tokens[i + 1]?.lower ?? '') && /^(?:comment|remark|elaborat|opin)/.test(t.lower)))
		&& !tokens[i + 1]!.quoted && tokens[i + 2]?.word && !/^\d/.test(tokens[i + 2]!.text)
		&& !/^ask/.test(t.lower) && (!nounLike.has(t.lower) || auxiliaries.has(tokens[i - 1]?.lower ?? ''))
		&& speakerBefore(tokens, i) !== undefined;
}

/** The readings of a cue verb that report nothing, tried in order. */
function notSpeech(tokens: readonly Token[], i: number, titleCase: boolean): boolean {
	const t = tokens[i]!;
	if (hintForms.has(t.lower) && !thatClauseNext(tokens, i)) {
		// `hinted at the plan`, `hinted at that in a speech`: a hint reports words only through its `that` clause.
		return true;
	}

	if (weakCues.has(t.lower) && !titleCase && passive(tokens, i) && !followedByContent(tokens, i)) {
		// `Clinton was declared the winner`: the subject of a passive is not the speaker.
		return true;
	}

	if (nameByAgent(tokens, i)) {
		// `has been called “…” by Ann Lee`: the agent gave the name (a loose quotation's statement), not the subject.
		return true;
	}

	if (weakCues.has(t.lower) && !titleCase && !followedByContent(tokens, i) && !participleAfterComma(tokens, i)
		&& !documentSaying(tokens, i)
		&& !namedSubjectBefore(tokens, i) && !describedSubjectBefore(tokens, i) && !afterQuotation(tokens, i)
		&& !nextActAfterQuotation(tokens, i)) {
		return true;
	}

	if (t.lower.endsWith('ing') && compoundHeads.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.quoted) {
		// `the right calling card`, `a speaking tour`: the participle is part of a noun.
		return true;
	}

	if (/(?:ed|en)$/.test(t.lower) && articles.has(tokens[i - 1]?.lower ?? '') && !tokens[i - 1]!.quoted && tokens[i + 1]?.word) {
		// `in a written statement`, `the reported deal`: a participle between an article and its noun is an adjective.
		return true;
	}

	// (`The candidate claims he’s …`, `The senator calls himself …`: a contracted subject or a pronoun object follows only
	// the verb.)
	if (nounLike.has(t.lower) && nounAfterDeterminer(tokens, i) && !tokens.slice(i + 1, i + 5).some(x => x.mark)
		&& !clauseSubjects.has((tokens[i + 1]?.lower ?? '').replace(/'(?:s|re|ve|d|ll|m)$/, ''))
		&& !objectPronouns.has(tokens[i + 1]?.lower ?? '') && !afterPersonNoun(tokens, i)) {
		// `The October report exceeded …`, `a congressional report that …`: the noun, not the verb.
		return true;
	}

	if (namingParticiples.has(t.lower) && !titleCase && tokens[i - 1]?.word && !tokens[i - 1]!.capital
		&& !auxiliaries.has(tokens[i - 1]!.lower) && indefiniteBefore(tokens, i)) {
		// `a group called Citizens for Trump`: the participle names the group; nobody speaks (a quoted name is still content).
		return true;
	}

	// `continued their search`, `maintained an energetic pace`: with a plain object these verbs report nothing.
	return objectless.has(t.lower) && !titleCase && !followedByContent(tokens, i) && !afterQuotation(tokens, i)
		&& !speakerAfterQuotation(tokens, i);
}

/** A headline in Title Case (`Senator Says Budget Will Pass`): its verbs are capitalised too. */
export function isTitleCase(tokens: readonly Token[]): boolean {
	let long = 0;
	let capital = 0;
	for (const t of tokens) {
		if (t.word && !t.quoted && t.text.length > 3) {
			long++;
			capital += !t.capital ? 0 : 1;
		}
	}

	return long >= 3 && capital / long >= 0.7;
}
