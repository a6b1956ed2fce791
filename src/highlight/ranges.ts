import type {Attribution, Span, Statement} from '../analysis/types.js';
import type {TextRange} from '../article/types.js';
import {sourceColorSlots, statementColorSlot} from './source-colors.js';
import type {HighlightMark, StatementPart} from './style.js';
import {partitionPoint} from '../util/partition-point.js';

/** A range of `article.text` (UTF-16 offsets) with what lies on it; the shape `splitLine` takes. */
export type HighlightRange = TextRange & {readonly style: HighlightMark};

type PartRange = TextRange & {
	readonly part: StatementPart;
	readonly statementIndex: number;
	readonly colorIndex: number;
	readonly sourceId: string | null;
};

/** Every statement part of an attribution sorted by start, for fast look-up of one page's worth. */
export type StatementIndex = {
	readonly ranges: readonly PartRange[];
	/** Length of the longest range, so a window query knows how far back a range may start. */
	readonly maxLength: number;
	/** Per statement (same index as `attribution.statements`): first to last offset of all its parts. */
	readonly extents: readonly TextRange[];
};

const cache = new WeakMap<Attribution, StatementIndex>();

/** Statements indexed between two looks at the clock. */
const statementsPerClockCheck = 128;

const byPosition = (a: TextRange, b: TextRange) => a.start - b.start || a.end - b.end;

/**
 * Builds the sorted index of statement parts in steps of about `budgetMs` milliseconds each (on the 3 MB
 * benchmark, 15k statements take 40–80 ms in all, which in one go would hold up a key); `step` returns the index
 * once done, else null. The index is cached per attribution object, for `indexStatements`.
 */
export function statementIndexer(attribution: Attribution): {step(budgetMs: number): StatementIndex | null} {
	const cached = cache.get(attribution);
	if (cached) {
		return {step: () => cached};
	}

	const slots = sourceColorSlots(attribution);
	const {statements} = attribution;
	const ranges: PartRange[] = [];
	const extents: TextRange[] = [];
	let maxLength = 0;
	let next = 0;
	const add = (span: Span | null, part: StatementPart, statementIndex: number, colorIndex: number, sourceId: string | null) => {
		if (span && span.end > span.start) {
			ranges.push({start: span.start, end: span.end, part, statementIndex, colorIndex, sourceId});
			maxLength = Math.max(maxLength, span.end - span.start);
		}
	};

	const addStatement = (statement: Statement, statementIndex: number) => {
		const first = ranges.length;
		const colorIndex = statementColorSlot(statement, slots);
		for (const span of statement.content) {
			add(span, 'content', statementIndex, colorIndex, statement.sourceId);
		}

		add(statement.speaker, 'speaker', statementIndex, colorIndex, statement.sourceId);
		add(statement.cue, 'cue', statementIndex, colorIndex, statement.sourceId);
		// Each statement's few parts in order, in place: statements come in reading order, so the whole array is
		// then a few long sorted runs, which the final sort (TimSort) merges in a millisecond or two.
		for (let index = first + 1; index < ranges.length; index++) {
			const range = ranges[index]!;
			let to = index;
			while (to > first && byPosition(ranges[to - 1]!, range) > 0) {
				ranges[to] = ranges[to - 1]!;
				to--;
			}

			ranges[to] = range;
		}

		extents.push(statementExtent(statement));
	};

	return {
		step(budgetMs) {
			const done = cache.get(attribution);
			if (done) {
				return done;
			}

			const deadline = performance.now() + budgetMs;
			while (next < statements.length) {
				const end = Math.min(statements.length, next + statementsPerClockCheck);
				for (; next < end; next++) {
					addStatement(statements[next]!, next);
				}

				if (next < statements.length && performance.now() >= deadline) {
					return null;
				}
			}

			ranges.sort(byPosition);
			const index = {ranges, maxLength, extents};
			cache.set(attribution, index);
			return index;
		},
	};
}

/** The sorted index of statement parts (built at once, or taken from the cache a `statementIndexer` filled). */
export function indexStatements(attribution: Attribution): StatementIndex {
	return statementIndexer(attribution).step(Number.POSITIVE_INFINITY)!;
}

/** First to last offset covered by any part of `statement` (content, speaker, cue). */
export function statementExtent(statement: Statement): TextRange {
	// A plain loop: this runs for every statement when the attribution arrives (15k on the 3 MB benchmark).
	let start = Number.POSITIVE_INFINITY;
	let end = Number.NEGATIVE_INFINITY;
	const widen = (span: Span | null) => {
		if (span) {
			start = Math.min(start, span.start);
			end = Math.max(end, span.end);
		}
	};

	for (const span of statement.content) {
		widen(span);
	}

	widen(statement.speaker);
	widen(statement.cue);
	return start === Number.POSITIVE_INFINITY ? {start: 0, end: 0} : {start, end};
}

/** Options for `highlightRanges`. */
export type HighlightOptions = {
	/** Id of the statement shown inverse, if any. */
	readonly currentStatementId?: string | null;
	/** When set, only this source's statements are highlighted. */
	readonly filterSourceId?: string | null;
};

/**
 * The statement ranges overlapping `[from, to)` (UTF-16 offsets; pass the visible page's span), sorted by
 * start, ready for `splitLine`. Costs O(log n + ranges near the window), so it can run on every render.
 */
export function highlightRanges(
	attribution: Attribution,
	from: number,
	to: number,
	options: HighlightOptions = {},
): HighlightRange[] {
	const {ranges, maxLength} = indexStatements(attribution);
	const currentIndex = options.currentStatementId
		? attribution.statements.findIndex(statement => statement.id === options.currentStatementId)
		: -1;
	const filter = options.filterSourceId ?? null;
	const result: HighlightRange[] = [];
	for (let index = partitionPoint(ranges.length, i => ranges[i]!.start < from - maxLength); index < ranges.length; index++) {
		const range = ranges[index]!;
		if (range.start >= to) {
			break;
		}

		if (range.end <= from || (filter !== null && range.sourceId !== filter)) {
			continue;
		}

		result.push({
			start: range.start,
			end: range.end,
			style: {
				kind: range.part,
				statementIndex: range.statementIndex,
				colorIndex: range.colorIndex,
				isCurrent: range.statementIndex === currentIndex,
			},
		});
	}

	return result;
}
