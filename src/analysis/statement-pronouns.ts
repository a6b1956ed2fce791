/**
 * Pronoun speakers: the sentence subject a pronoun speaker stands for (`Democrats focused on what they said …`), and the
 * `he`s or `she`s between a speaker and its cue that may repeat that speaker (`While the donor didn’t say how much, he
 * did say …`). Apart from statements.ts because they only mark statements for the sources to decide; `markRepeats` runs
 * over a whole unit's statements after they are built. Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import type {RawStatement} from './statement-record.js';
import {firstTokenAt} from './regions.js';
import {subjectPhrase} from './speakers.js';
import {documentHeads, organizationWords, pronouns} from './lexicon.js';

/**
 * `Democrats focused on what they said was …`: the sentence subject a pronoun speaker later in the same sentence
 * stands for (a plural phrase for `they`, a name for `he`/`she`).
 */
export function sentenceAntecedent(tokens: readonly Token[], phrase: {first: number; last: number}): {first: number; last: number} | undefined {
	const pronoun = tokens[phrase.first]!.lower;
	if (phrase.first !== phrase.last || !['he', 'she', 'they', 'it'].includes(pronoun)) {
		return undefined;
	}

	const subject = subjectPhrase(tokens, phrase.first);

	if (subject && subject.first === subject.last && subject.last < phrase.first - 1 && tokens[subject.first]!.lower === pronoun) {
		// `But he focused on what he said were …`: the same pronoun as the subject is the same person, and annotators
		// mostly mark the subject's.
		return subject;
	}

	if (!subject || subject.last >= phrase.first - 1 || ['he', 'she', 'they', 'it', 'i', 'we', 'you'].includes(tokens[subject.first]!.lower)) {
		return undefined;
	}

	const head = tokens[subject.last]!;
	// (`it`: an organisation or document noun, `For now, the council is asking …, which it has promised …`.)
	const fits = pronoun === 'they' ? /[a-z]s$/.test(head.lower) && !head.lower.endsWith('ss')
		: pronoun === 'it' ? organizationWords.has(head.lower) || documentHeads.has(head.lower) : head.capital;
	return fits ? subject : undefined;
}

const honorifics = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/**
 * `While the donor didn’t say how much, he did say …`, `Lee was defending the plan when she told …`: the subject `he`s
 * or `she`s between a statement's speaker and its cue, which may be the same person again (the sources decide).
 */
export function markRepeats(tokens: readonly Token[], statements: readonly RawStatement[]): void {
	for (const st of statements) {
		const {speaker, cue} = st;
		if (speaker && cue && speaker.end <= cue.start) {
			st.repeats = repeatedPronouns(tokens, speaker, cue);
		}
	}
}

function repeatedPronouns(tokens: readonly Token[], speaker: Range, cue: Range): Range[] | undefined {
	const first = tokens[firstTokenAt(tokens, speaker.start)];
	// A speaker `I`, `we` or `they` is not the `he` after it; a pronoun speaker only repeats as itself.
	const speakerPronoun = first !== undefined && first.end === speaker.end && pronouns.has(first.lower) ? first.lower : undefined;
	let found: Range[] | undefined;
	let pronoun: string | undefined;
	// (At most 60 tokens on: a run-on unit with many statements stays linear.)
	for (let k = firstTokenAt(tokens, speaker.end), n = 0; k < tokens.length && n < 60; k++, n++) {
		const t = tokens[k]!;
		if (t.end > cue.start) {
			break;
		}

		if (t.quoted || !t.word) {
			continue;
		}

		if (t.lower === 'he' || t.lower === 'she') {
			if ((pronoun ?? speakerPronoun ?? t.lower) !== t.lower) {
				return undefined;
			}

			pronoun = t.lower;
			(found ??= []).push({start: t.start, end: t.end});
		} else if (honorifics.has(t.lower)) {
			// Another person named between (`… after Mr. Trump held a news conference in which he …`).
			return undefined;
		}
	}

	return found;
}
