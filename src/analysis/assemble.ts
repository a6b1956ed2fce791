/**
 * From raw statements to the JSON contract: resolves sources, marks anonymity, numbers statements (`s1`…) and
 * sources (`src1`…) in reading order, and cuts every span's `text` from the article.
 */
import type {Attribution, Source, Span, Statement} from './types.js';
import type {RawStatement} from './statements.js';
import type {Range} from './units.js';
import {ArticleSpan} from './span.js';
import {partitionPoint} from '../util/partition-point.js';
import {straightApostrophes} from './tokens.js';
import {organizationWords, titles} from './lexicon.js';
import {absorb, anonymousHeads, SourceIndex, type SourceDraft} from './sources.js';
import {appositiveName, describe, type Described} from './source-descriptions.js';

const anonymityRe = /condition of anonymity|anonymously|not authori[sz]ed to|not (?:to )?be (?:named|identified)|declined to be (?:named|identified)|requested anonymity|familiar with|on background|without being (?:named|identified)|insisted on anonymity|granted anonymity/i;

/** Titles and roles that say which pronoun a person takes. */
const shePhrase = /\b(?:Ms|Mrs|Miss|Mme|Dame|Lady|(?:spokes|chair|congress|business|council)woman)\b/i;
const hePhrase = /\b(?:Mr|Sir|Lord|(?:spokes|chair|congress|business|council)man)\b/i;

function span(text: string, start: number, end: number): Span {
	return new ArticleSpan(text, start, end);
}

/** A raw statement plus the source it inherits when it has no speaker of its own. */
export type Placed = RawStatement & {inherit: number | undefined};

/*
Long loops live in functions of their own, each ending right after its loop. V8 compiles a loop that runs long
while it runs (on-stack replacement), before the code after it has ever run; reaching that code, which has no type
feedback yet, drops back to the interpreter without discarding the compiled loop, and so on every later run: the
assemble loop did that on every analysis, and what followed ran interpreted.
*/

/** Builds statements and sources; `placed` is in reading order. */
export function assemble(text: string, placed: readonly Placed[]): Attribution {
	const index = new SourceIndex();
	const sourceOf = resolveSources(text, placed, index);
	const order = index.all.filter(d => d.mentions.length > 0)
		.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
	const ids = new Map<SourceDraft, string>(order.map((d, i) => [d, `src${i + 1}`]));
	const cueOf = (st: Placed) => st.cue ?? (st.inherit === undefined ? undefined : placed[st.inherit]?.cue);
	const statements: Statement[] = placed.map((st, i) => {
		const source = sourceOf[i];
		return {
			id: `s${i + 1}`,
			kind: st.kind,
			content: st.content.map(r => span(text, r.start, r.end)),
			// A quotation that continues an earlier attribution shares its cue.
			cue: cueOf(st) ? span(text, cueOf(st)!.start, cueOf(st)!.end) : null,
			speaker: st.speaker ? span(text, st.speaker.start, st.speaker.end) : null,
			sourceId: source ? ids.get(source) ?? null : null,
		};
	});
	addNameMentions(text, order);
	addRepeatedPronouns(placed, sourceOf, order);

	const idsOf = statementIdsBySource(sourceOf, statements);

	const sources: Source[] = order.map(d => ({
		id: ids.get(d)!,
		name: d.name,
		kind: d.kind,
		role: d.role ?? null,
		anonymous: d.anonymous,
		mentions: distinctSorted(d.mentions).map(r => span(text, r.start, r.end)),
		statementIds: idsOf.get(d) ?? [],
	}));
	return {statements, sources};
}

/** Mentions in reading order, each span once (two statements of one speaker, `Lee said … and added …`, share a span). */
function distinctSorted(mentions: readonly Range[]): Range[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
	return sorted.filter((r, i) => i === 0 || r.start !== sorted[i - 1]!.start || r.end !== sorted[i - 1]!.end);
}

/** The source of each placed statement (undefined: none); sources are registered in `index` as they are found. */
function resolveSources(text: string, placed: readonly Placed[], index: SourceIndex): Array<SourceDraft | undefined> {
	// The same speaker phrase recurs (`he`, a surname); reading it once is enough.
	const described = new Map<string, Described>();
	const sourceOf: Array<SourceDraft | undefined> = [];
	for (let position = 0; position < placed.length; position++) {
		const st = placed[position]!;
		let source: SourceDraft | undefined;
		if (st.speaker) {
			// `Ruiz, who said …, said …`: the relative pronoun stands for the speaker named just before it, whose own
			// statement comes next.
			const next = placed[position + 1];
			const antecedent = text.slice(st.speaker.start, st.speaker.end).toLowerCase() === 'who' && next?.speaker
				&& next.speaker.end <= st.speaker.start && next.paragraph === st.paragraph ? next.speaker : undefined;
			// `The Washington Post, which argued …`: the name right before a relative `which`/`that` is the source; so is the
			// sentence subject a pronoun speaker stands for (`Lee's allies bristle …, they insist`).
			const named = antecedent ? undefined : relativeAntecedent(text, st.speaker) ?? st.antecedent;
			const phrase = text.slice((antecedent ?? named ?? st.speaker).start, (antecedent ?? named ?? st.speaker).end);
			let d = described.get(phrase);
			if (!d) {
				d = describe(phrase);
				described.set(phrase, d);
			}

			// `The company’s chief engineer, Ruth Mallory, said`: the source is the person named after the description.
			const appositive = antecedent || named ? undefined : appositiveName(text, d, st.speaker.end);
			if (appositive) {
				d = appositive.described;
			}

			// `He’s said …`: the pronoun without its contracted auxiliary.
			source = index.find(d, straightApostrophes(phrase.toLowerCase()).replace(/'(?:s|ve|d|re|ll|m)$/, ''));
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
					// code of this loop was thrown away on every run over it.
					pronoun: undefined,
					last: position,
				};
				index.add(source);
			}

			if (source.kind === 'person' && source.pronoun === undefined) {
				source.pronoun = shePhrase.test(phrase) ? 'she' : (hePhrase.test(phrase) ? 'he' : undefined);
			}

			source.mentions.push(st.speaker);
			if (appositive) {
				source.mentions.push(appositive.range);
			}

			if (named) {
				source.mentions.push(named);
			}

			// `Mara Jensen, who grew up here, said …`: the relative pronoun of the speaker's clause is a mention of her too.
			const relative = st.clause && /^who\b/.test(text.slice(st.clause.start, st.clause.start + 4)) ? st.clause : undefined;
			if (relative && !source.mentions.some(m => m.start === relative.start)) {
				source.mentions.push({start: relative.start, end: relative.start + 3});
			}

			source.last = position;
			index.touch(source);
			if (st.role && source.role === undefined && source.kind === 'person') {
				source.role = text.slice(st.role.start, st.role.end).replace(/^(?:the|a|an)\s+/i, '');
			}

			// The rest of the speaker's line, at most 160 characters past the phrase (bounded: no scan to the text's end).
			let window = text.slice(st.speaker.start, Math.min(text.length, st.speaker.end + 160));
			const newline = window.indexOf('\n');
			if (newline >= 0) {
				window = window.slice(0, newline);
			}

			const clause = st.clause ? text.slice(st.clause.start, st.clause.end) : '';
			if (anonymityRe.test(clause) || anonymityRe.test(window)
				|| (d.head !== undefined && anonymousHeads.has(d.head))) {
				source.anonymous = true;
			}
		} else if (st.inherit !== undefined) {
			source = sourceOf[st.inherit];
			if (source) {
				source.last = position;
				index.touch(source);
			}
		}

		sourceOf.push(source);
	}

	return sourceOf;
}

function statementIdsBySource(sourceOf: ReadonlyArray<SourceDraft | undefined>, statements: readonly Statement[]): Map<SourceDraft, string[]> {
	const idsOf = new Map<SourceDraft, string[]>();
	for (let i = 0; i < sourceOf.length; i++) {
		const source = sourceOf[i];
		if (source) {
			const list = idsOf.get(source) ?? [];
			list.push(statements[i]!.id);
			idsOf.set(source, list);
		}
	}

	return idsOf;
}

/**
 * `While Lee didn’t say how much, he did say …`: a `he`/`she` between a person's speaker phrase and the cue is that
 * person again, unless another person source is named between them (`Clinton attacked Trump, saying he …`) or the
 * person is known by the other pronoun. Runs after the name mentions are known; one sorted sweep keeps it linear.
 */
function addRepeatedPronouns(placed: readonly Placed[], sourceOf: ReadonlyArray<SourceDraft | undefined>, sources: readonly SourceDraft[]): void {
	const named: Array<{start: number; source: SourceDraft}> = [];
	for (const source of sources) {
		if (source.kind === 'person') {
			for (const m of source.mentions) {
				named.push({start: m.start, source});
			}
		}
	}

	named.sort((a, b) => a.start - b.start);
	const starts = named.map(n => n.start);
	for (const [i, st] of placed.entries()) {
		const source = sourceOf[i];
		if (!st.repeats || !st.speaker || !source || !personLike(source)) {
			continue;
		}

		for (const repeat of st.repeats) {
			const pronoun = repeat.end - repeat.start === 2 ? 'he' : 'she';
			let k = partitionPoint(starts.length, i => starts[i]! < st.speaker!.end);
			while (k < named.length && named[k]!.start < repeat.start && named[k]!.source === source) {
				k++;
			}

			const otherBetween = k < named.length && named[k]!.start < repeat.start;
			if (otherBetween || (source.pronoun !== undefined && source.pronoun !== pronoun)) {
				break;
			}

			source.pronoun ??= pronoun;
			if (!source.mentions.some(m => m.start === repeat.start)) {
				source.mentions.push(repeat);
			}
		}
	}
}

/** A person, or one described by a singular title (`the former president`, `the campaign manager`; not `the campaign`). */
function personLike(source: SourceDraft): boolean {
	return source.kind === 'person' || (source.kind === 'unnamed' && source.head !== undefined && !source.head.endsWith('s')
		&& titles.has(source.head) && !organizationWords.has(source.head));
}

/**
 * Every other place a person source's surname appears is a mention of it too (`Lee` in `Lee, in a tweet, …`), as long
 * as no other source shares that surname. One regex pass over the text, so this stays linear.
 */
function addNameMentions(text: string, sources: readonly SourceDraft[]): void {
	const bySurname = new Map<string, SourceDraft | undefined>();
	for (const source of sources) {
		const surname = source.kind === 'person' ? source.name.split(/\s+/).at(-1) : undefined;
		if (surname && surname.length >= 3 && /^\p{Lu}[\p{L}'’-]+$/u.test(surname) && bySurname.size < 300) {
			bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== source ? undefined : source);
		}
	}

	const names = [...bySurname.keys()].filter(name => bySurname.get(name));
	if (names.length === 0) {
		return;
	}

	const escaped = names.sort((a, b) => b.length - a.length).map(name => name.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const added = new Map<SourceDraft, Range[]>();
	for (const m of text.matchAll(re)) {
		const source = bySurname.get(m[0])!;
		const list = added.get(source) ?? [];
		list.push({start: m.index, end: m.index + m[0].length});
		added.set(source, list);
	}

	for (const [source, ranges] of added) {
		// Both lists are in text order: one sweep drops occurrences already covered by a speaker mention.
		const existing = [...source.mentions].sort((a, b) => a.start - b.start);
		let k = 0;
		for (const r of ranges) {
			while (k < existing.length && existing[k]!.end <= r.start) {
				k++;
			}

			if (!(k < existing.length && existing[k]!.start < r.end)) {
				source.mentions.push(r);
			}
		}
	}
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
