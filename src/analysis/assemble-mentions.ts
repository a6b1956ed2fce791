/**
 * Mentions of a source found once all sources are known: every other place a person's surname appears, and a `he` or
 * `she` between a person's speaker phrase and the cue that is that person again. Each is one linear pass. Apart from
 * assemble-sources.ts, whose mentions are the speaker phrases themselves.
 */
import type {Range} from './units.js';
import {partitionPoint} from '../util/partition-point.js';
import {organizationWords, titles} from './lexicon.js';
import {mentionedAt, type SourceDraft} from './sources.js';
import type {Placed} from './assemble-sources.js';

/**
 * `While Lee didn’t say how much, he did say …`: a `he`/`she` between a person's speaker phrase and the cue is that
 * person again, unless another person source is named between them (`Clinton attacked Trump, saying he …`) or the
 * person is known by the other pronoun. Runs after the name mentions are known; one sorted sweep keeps it linear.
 */
export function addRepeatedPronouns(placed: readonly Placed[], sourceOf: ReadonlyArray<SourceDraft | undefined>, sources: readonly SourceDraft[]): void {
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
			if (!mentionedAt(source, repeat.start)) {
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
export function addNameMentions(text: string, sources: readonly SourceDraft[]): void {
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
