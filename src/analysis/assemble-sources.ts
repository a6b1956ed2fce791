/**
 * The source of each placed statement, in reading order: its speaker phrase read once (or the name a relative
 * `who`/`which`/`that` stands for, or the person named after a description), matched to an earlier source or registered
 * as a new one, with its anonymity, pronoun and role; a statement without a speaker inherits the source of the one it
 * continues. Apart from assemble.ts, which numbers the results and cuts their text.
 */
import type {RawStatement} from './statement-record.js';
import type {Range} from './units.js';
import {straightApostrophes} from './tokens.js';
import {absorb, anonymousHeads, mentionedAt, type SourceDraft, type SourceIndex} from './sources.js';
import {appositiveName, describe, type Described} from './source-descriptions.js';

const anonymityRe = /condition of anonymity|anonymously|not authori[sz]ed to|not (?:to )?be (?:named|identified)|declined to be (?:named|identified)|requested anonymity|familiar with|on background|without being (?:named|identified)|insisted on anonymity|granted anonymity/i;

/** Titles and roles that say which pronoun a person takes. */
const shePhrase = /\b(?:Ms|Mrs|Miss|Mme|Dame|Lady|(?:spokes|chair|congress|business|council)woman)\b/i;
const hePhrase = /\b(?:Mr|Sir|Lord|(?:spokes|chair|congress|business|council)man)\b/i;

/** A raw statement plus the source it inherits when it has no speaker of its own. */
export type Placed = RawStatement & {inherit: number | undefined};

/** The source of each placed statement (undefined: none); sources are registered in `index` as they are found. */
export function resolveSources(text: string, placed: readonly Placed[], index: SourceIndex): Array<SourceDraft | undefined> {
	// The same speaker phrase recurs (`he`, a surname); reading it once is enough.
	const described = new Map<string, Described>();
	const sourceOf: Array<SourceDraft | undefined> = [];
	for (let position = 0; position < placed.length; position++) {
		const st = placed[position]!;
		let source: SourceDraft | undefined;
		if (st.speaker) {
			source = speakerSource(text, placed, position, st.speaker, described, index);
		} else if (st.inherit !== undefined) {
			source = sourceOf[st.inherit];
			if (source) {
				source.last = position;
				index.touch(source);
			}
		}

		sourceOf.push(source);
	}

	joinDescriptionsToNames(index, sourceOf);
	return sourceOf;
}

/**
 * `…, the station’s director said.` … `said Dr. Elin Carver, the station’s director`: a definite description that a
 * person named later holds as her role was that person all along; its mentions and statements join hers.
 */
function joinDescriptionsToNames(index: SourceIndex, sourceOf: Array<SourceDraft | undefined>): void {
	const described = new Map<string, SourceDraft>();
	for (const source of index.all) {
		const key = source.kind === 'unnamed' && /^the\s/i.test(source.name) ? roleKey(source.name) : undefined;
		if (key && source.mentions.length > 0 && !source.anonymous && !described.has(key)) {
			described.set(key, source);
		}
	}

	const joined = new Map<SourceDraft, SourceDraft>();
	for (const person of index.all) {
		const earlier = person.kind === 'person' && person.role ? described.get(roleKey(person.role)) : undefined;
		if (earlier && !joined.has(earlier) && earlier.mentions[0]!.start < person.mentions[0]!.start) {
			// (Appended, as mentions always are: `mentionedAt` indexes them in that order.)
			person.mentions.push(...earlier.mentions);
			earlier.mentions = [];
			joined.set(earlier, person);
		}
	}

	for (let i = 0; i < sourceOf.length; i++) {
		sourceOf[i] = joined.get(sourceOf[i]!) ?? sourceOf[i];
	}
}

/** A role or description compared as words: lower case, straight apostrophes, no leading article. */
function roleKey(phrase: string): string {
	return straightApostrophes(phrase.toLowerCase()).replace(/^(?:the|a|an)\s+/, '').replaceAll(/\s+/g, ' ');
}

/** The source the statement at `position` names by its `speaker` phrase, found in `index` or registered there. */
function speakerSource(text: string, placed: readonly Placed[], position: number, speaker: Range, described: Map<string, Described>,
	index: SourceIndex): SourceDraft {
	const st = placed[position]!;
	const antecedent = whoBeforeNext(text, placed, position, speaker);
	// `The Washington Post, which argued …`: the name right before a relative `which`/`that` is the source; so is the
	// sentence subject a pronoun speaker stands for (`Lee's allies bristle …, they insist`).
	const named = antecedent ? undefined : relativeAntecedent(text, speaker) ?? st.antecedent;
	const phrase = text.slice((antecedent ?? named ?? speaker).start, (antecedent ?? named ?? speaker).end);
	let d = described.get(phrase);
	if (!d) {
		d = describe(phrase);
		described.set(phrase, d);
	}

	// `The company’s chief engineer, Ruth Mallory, said`: the source is the person named after the description.
	const appositive = antecedent || named ? undefined : appositiveName(text, d, speaker.end);
	if (appositive) {
		d = appositive.described;
	}

	const source = foundOrRegistered(index, d, phrase, position);
	if (source.kind === 'person' && source.pronoun === undefined) {
		source.pronoun = shePhrase.test(phrase) ? 'she' : (hePhrase.test(phrase) ? 'he' : undefined);
	}

	source.mentions.push(speaker);
	if (appositive) {
		source.mentions.push(appositive.range);
	}

	if (named) {
		source.mentions.push(named);
	}

	// `Mara Jensen, who grew up here, said …`: the relative pronoun of the speaker's clause is a mention of her too.
	const relative = st.clause && /^who\b/.test(text.slice(st.clause.start, st.clause.start + 4)) ? st.clause : undefined;
	if (relative && !mentionedAt(source, relative.start)) {
		source.mentions.push({start: relative.start, end: relative.start + 3});
	}

	source.last = position;
	index.touch(source);
	if (st.role && source.role === undefined && source.kind === 'person') {
		// (An age before it and a relative clause after it are no part of the role: `49, a Navy veteran who now …`.)
		source.role = text.slice(st.role.start, st.role.end).replace(/^\d{1,3},\s+/, '').replace(/^(?:the|a|an)\s+/i, '')
			.replace(/,?\s+(?:who|whose|which)\s[\s\S]*$/, '');
	}

	if (isAnonymous(text, st, speaker, d)) {
		source.anonymous = true;
	}

	return source;
}

/**
 * `Ruiz, who said …, said …`: the relative pronoun stands for the speaker named just before it, whose own statement
 * comes next.
 */
function whoBeforeNext(text: string, placed: readonly Placed[], position: number, speaker: Range): Range | undefined {
	const next = placed[position + 1];
	return text.slice(speaker.start, speaker.end).toLowerCase() === 'who' && next?.speaker
		&& next.speaker.end <= speaker.start && next.paragraph === placed[position]!.paragraph ? next.speaker : undefined;
}

/** The earlier source `d` refers to, taking in what `d` adds to it, or a new source registered in `index`. */
function foundOrRegistered(index: SourceIndex, d: Described, phrase: string, position: number): SourceDraft {
	// `He’s said …`: the pronoun without its contracted auxiliary.
	let source = index.find(d, straightApostrophes(phrase.toLowerCase()).replace(/'(?:s|ve|d|re|ll|m)$/, ''));
	if (source) {
		const before = source.name;
		absorb(source, d);
		if (source.name !== before) {
			index.add(source);
		}
	} else {
		source = {
			name: d.kind === 'pronoun' ? phrase : d.name,
			kind: d.kind === 'pronoun' ? 'unnamed' : d.kind,
			role: d.role,
			anonymous: false,
			mentions: [],
			nameTokens: d.nameTokens,
			head: d.head,
			// Present from the start: a property added later gives sources two shapes, and the optimised
			// code of resolveSources's loop was thrown away on every run over it.
			pronoun: undefined,
			last: position,
		};
		index.add(source);
	}

	return source;
}

/** Whether the speaker's clause, the rest of the speaker's line or the description's head says the source is anonymous. */
function isAnonymous(text: string, st: Placed, speaker: Range, d: Described): boolean {
	// The rest of the speaker's line, at most 160 characters past the phrase (bounded: no scan to the text's end).
	let window = text.slice(speaker.start, Math.min(text.length, speaker.end + 160));
	const newline = window.indexOf('\n');
	if (newline >= 0) {
		window = window.slice(0, newline);
	}

	const clause = st.clause ? text.slice(st.clause.start, st.clause.end) : '';
	return anonymityRe.test(clause) || anonymityRe.test(window)
		|| (d.head !== undefined && anonymousHeads.has(d.head));
}

/**
 * A capitalised name (`The Washington Post`, `Amnesty International`, `Ann Lee`) ending right before a relative
 * `which`/`that`/`who` speaker.
 */
const antecedentRe = /(?:^|[^\p{L}])((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,5}),?\s+$/u;

/**
 * `a finance committee report` right before a relative `which`/`that`: a determiner and up to four lower-case words
 * (a link's reference number, `report[1]`, may follow).
 */
const describedAntecedentRe = /(?:^|[^\p{L}])((?:a|an|the)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}]+)(?:\[\d+\])?,?\s+$/u;

function relativeAntecedent(text: string, speaker: Range): Range | undefined {
	const word = text.slice(speaker.start, speaker.end);
	// `Lee, who grew up here, doesn’t pretend …` too (train: +3 speakers); not a title-case `Who`, after which the
	// capitalised words before it are a headline's, not a name.
	if (!['which', 'that', 'who', 'Which', 'That'].includes(word)) {
		return undefined;
	}

	const from = Math.max(0, speaker.start - 80);
	const before = text.slice(from, speaker.start);
	// `rejecting a finance committee report that had called …`: a described thing in lower case, for `which`/`that`.
	const m = antecedentRe.exec(before) ?? (word.toLowerCase() === 'who' ? null : describedAntecedentRe.exec(before));
	if (!m) {
		return undefined;
	}

	const start = from + m.index + m[0].indexOf(m[1]!);
	return {start, end: start + m[1]!.length};
}
