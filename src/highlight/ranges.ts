import type {Attribution, Span, Statement} from '../analysis/types.js';
import type {TextRange} from '../article/types.js';
import {sourceColorSlots, statementColorSlot} from './source-colors.js';
import type {HighlightMark, StatementPart} from './style.js';
import {partitionPoint} from '../util/partition-point.js';

/** A range of `article.text` (UTF-16 offsets) with what lies on it; the shape `splitLine` takes. */
export type HighlightRange = TextRange & {readonly style: HighlightMark};

/**
 * Every statement part of an attribution sorted by start (then end), for fast look-up of one page's worth.
 * Kept in typed arrays, part `i` being `[starts[i], ends[i])`: the 3 MB benchmark has 44k parts, which as
 * objects came to 4 MB arriving in the young generation at once, and copying them held up keys by tens of ms.
 */
export type StatementIndex = {
	readonly starts: Int32Array;
	readonly ends: Int32Array;
	/** Index into `attribution.statements` of each part's statement. */
	readonly statementIndexes: Int32Array;
	/** Index into `partNames` of what each part is. */
	readonly parts: Uint8Array;
	/** Length of the longest part, so a window query knows how far back a part may start. */
	readonly maxLength: number;
	/** Per statement: palette slot of its source, -1 when it has none. */
	readonly colorIndexes: Int32Array;
	/** Per statement: first and last offset of all its parts (both 0 when it has none). */
	readonly extentStarts: Int32Array;
	readonly extentEnds: Int32Array;
};

const partNames: readonly StatementPart[] = ['content', 'speaker', 'cue'];

const cache = new WeakMap<Attribution, StatementIndex>();

/** Statements indexed between two looks at the clock. */
const statementsPerClockCheck = 128;

/**
 * Builds the sorted index of statement parts in steps of about `budgetMs` milliseconds each (on the 3 MB
 * benchmark, 15k statements take tens of ms in all, which in one go would hold up a key); `step` returns the
 * index once done, else null. The index is cached per attribution object, for `indexStatements`.
 */
export function statementIndexer(attribution: Attribution): {step(budgetMs: number): StatementIndex | null} {
	const cached = cache.get(attribution);
	if (cached) {
		return {step: () => cached};
	}

	const slots = sourceColorSlots(attribution);
	const {statements} = attribution;
	let capacity = 0;
	for (const statement of statements) {
		capacity += statement.content.length + 2;
	}

	// Parts in the order they are found; sorted into the index at the end.
	const starts = new Int32Array(capacity);
	const ends = new Int32Array(capacity);
	const statementIndexes = new Int32Array(capacity);
	const parts = new Uint8Array(capacity);
	const colorIndexes = new Int32Array(statements.length);
	const extentStarts = new Int32Array(statements.length);
	const extentEnds = new Int32Array(statements.length);
	let count = 0;
	let maxLength = 0;
	let next = 0;
	const add = (span: Span | null, part: number, statementIndex: number) => {
		if (span && span.end > span.start) {
			starts[count] = span.start;
			ends[count] = span.end;
			parts[count] = part;
			statementIndexes[count] = statementIndex;
			count++;
			maxLength = Math.max(maxLength, span.end - span.start);
		}
	};

	const addStatement = (statement: Statement, statementIndex: number) => {
		colorIndexes[statementIndex] = statementColorSlot(statement, slots);
		const extent = statementExtent(statement);
		extentStarts[statementIndex] = extent.start;
		extentEnds[statementIndex] = extent.end;
		for (const span of statement.content) {
			add(span, 0, statementIndex);
		}

		add(statement.speaker, 1, statementIndex);
		add(statement.cue, 2, statementIndex);
	};

	const sorted = (): StatementIndex => {
		const order = sortedOrder(starts, ends, count);
		const index = {
			starts: new Int32Array(count),
			ends: new Int32Array(count),
			statementIndexes: new Int32Array(count),
			parts: new Uint8Array(count),
			maxLength,
			colorIndexes,
			extentStarts,
			extentEnds,
		};
		for (let at = 0; at < count; at++) {
			const from = order[at]!;
			index.starts[at] = starts[from]!;
			index.ends[at] = ends[from]!;
			index.statementIndexes[at] = statementIndexes[from]!;
			index.parts[at] = parts[from]!;
		}

		cache.set(attribution, index);
		return index;
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

				if (performance.now() >= deadline) {
					// Sorting takes a step of its own (a few ms on the 3 MB benchmark).
					return null;
				}
			}

			return sorted();
		},
	};
}

const keyShift = 2 ** 26;

/**
 * Positions `0…count-1` ordered by `starts`, then `ends`, then position. A typed array sorted with a comparator
 * takes V8's merge sort, 25 ms for the 44k parts of the 3 MB benchmark; numbers sort natively, so each position
 * rides in the low bits of its start's key and only runs of equal starts are then ordered by end.
 */
function sortedOrder(starts: Int32Array, ends: Int32Array, count: number): Int32Array {
	const order = new Int32Array(count);
	const byPosition = (a: number, b: number) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b;
	let maxStart = 0;
	for (let index = 0; index < count; index++) {
		order[index] = index;
		maxStart = Math.max(maxStart, starts[index]!);
	}

	if (count >= keyShift || maxStart >= keyShift) {
		return order.sort(byPosition);
	}

	const keys = new Float64Array(count);
	for (let index = 0; index < count; index++) {
		keys[index] = (starts[index]! * keyShift) + index;
	}

	keys.sort();
	for (let index = 0; index < count; index++) {
		order[index] = keys[index]! % keyShift;
	}

	for (let first = 0; first < count;) {
		let last = first + 1;
		while (last < count && starts[order[last]!] === starts[order[first]!]) {
			last++;
		}

		if (last - first > 1) {
			order.subarray(first, last).sort(byPosition);
		}

		first = last;
	}

	return order;
}

/**
 * Makes `index` the cached index of `attribution`: one built for an attribution with the same statements and
 * sources in the same order (the analysis worker builds it and sends it with the packed attribution).
 */
export function adoptIndex(attribution: Attribution, index: StatementIndex): void {
	cache.set(attribution, index);
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
	const index = indexStatements(attribution);
	const {starts, ends, maxLength} = index;
	const currentIndex = options.currentStatementId
		? attribution.statements.findIndex(statement => statement.id === options.currentStatementId)
		: -1;
	const filter = options.filterSourceId ?? null;
	const result: HighlightRange[] = [];
	for (let at = partitionPoint(starts.length, i => starts[i]! < from - maxLength); at < starts.length; at++) {
		const start = starts[at]!;
		if (start >= to) {
			break;
		}

		const end = ends[at]!;
		const statementIndex = index.statementIndexes[at]!;
		if (end <= from || (filter !== null && attribution.statements[statementIndex]!.sourceId !== filter)) {
			continue;
		}

		result.push({
			start,
			end,
			style: {
				kind: partNames[index.parts[at]!]!,
				statementIndex,
				colorIndex: index.colorIndexes[statementIndex]!,
				isCurrent: statementIndex === currentIndex,
			},
		});
	}

	return result;
}
