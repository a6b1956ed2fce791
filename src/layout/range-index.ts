import type {TextRange} from '../article/types.js';
import {partitionPoint} from '../util/partition-point.js';

/**
 * Styled ranges prepared for fast "which ranges touch `[start, end)`" queries: sorted by start, with the
 * running maximum of their ends, so a query costs O(log n + ranges that could overlap) instead of O(n).
 * Offsets are UTF-16 offsets into `article.text`.
 */
export type RangeIndex<S> = {
	/** The ranges by start (stable: equal starts keep input order). */
	readonly sorted: ReadonlyArray<TextRange & {readonly style: S}>;
	/** Position in the input of each entry of `sorted` (so styles can be given back in input order). */
	readonly order: Int32Array;
	/** `maxEnd[i]` is the largest `end` among `sorted[0..i]`. */
	readonly maxEnd: Float64Array;
};

const indexes = new WeakMap<object, RangeIndex<unknown>>();

/**
 * Builds (or returns the cached) index of `ranges`. The cache is keyed by the array, so treat the array as
 * immutable once indexed: pass a new array when the ranges change (a new query, new attribution).
 */
export function indexRanges<S>(ranges: ReadonlyArray<TextRange & {readonly style: S}>): RangeIndex<S> {
	const cached = indexes.get(ranges) as RangeIndex<S> | undefined;
	if (cached !== undefined) {
		return cached;
	}

	const positions = Array.from(ranges.keys());
	let isSorted = true;
	for (let index = 1; index < ranges.length; index++) {
		if (ranges[index]!.start < ranges[index - 1]!.start) {
			isSorted = false;
			break;
		}
	}

	if (!isSorted) {
		positions.sort((a, b) => (ranges[a]!.start - ranges[b]!.start) || (a - b));
	}

	const sorted = positions.map(position => ranges[position]!);
	const maxEnd = new Float64Array(sorted.length);
	let max = Number.NEGATIVE_INFINITY;
	for (const [index, range] of sorted.entries()) {
		max = Math.max(max, range.end);
		maxEnd[index] = max;
	}

	const index: RangeIndex<S> = {sorted, order: Int32Array.from(positions), maxEnd};
	indexes.set(ranges, index);
	return index;
}

/**
 * The non-empty ranges that overlap `[start, end)` (for an empty `[start, start)`: those containing `start`),
 * in input order.
 */
export function rangesOverlapping<S>(index: RangeIndex<S>, start: number, end: number): Array<TextRange & {readonly style: S}> {
	const {sorted, order, maxEnd} = index;
	// First range starting at or after `end` (for an empty query: after `start`).
	const limit = end > start ? end : start + 1;
	const low = partitionPoint(sorted.length, i => sorted[i]!.start < limit);

	const found: number[] = [];
	for (let position = low - 1; position >= 0 && maxEnd[position]! > start; position--) {
		const range = sorted[position]!;
		if (range.end > start && range.end > range.start) {
			found.push(position);
		}
	}

	return found.sort((a, b) => order[a]! - order[b]!).map(position => sorted[position]!);
}
