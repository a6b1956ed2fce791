import type {TextRange} from '../article/types.js';
import {partitionPoint} from '../util/partition-point.js';

/*
 * Moving between search matches. `matches` are ordered by start (as `findMatches` returns them); indexes are
 * positions in that array; offsets are UTF-16 offsets into `article.text`.
 */

/**
 * Index of the first match starting at or after `offset`, wrapping to the first match when none does; -1 when
 * there are no matches. This is where Enter in the search prompt goes from the current reading position.
 */
export function matchAtOrAfter(matches: readonly TextRange[], offset: number): number {
	if (matches.length === 0) {
		return -1;
	}

	const index = partitionPoint(matches.length, i => matches[i]!.start < offset);
	return index === matches.length ? 0 : index;
}

/**
 * Index of the last match starting before `offset`, wrapping to the last match when none does; -1 when there
 * are no matches (for `N` when no match is current).
 */
export function matchBefore(matches: readonly TextRange[], offset: number): number {
	if (matches.length === 0) {
		return -1;
	}

	const after = matchAtOrAfter(matches, offset);
	const firstAtOrAfter = matches[after]!.start >= offset ? after : matches.length;
	return firstAtOrAfter === 0 ? matches.length - 1 : firstAtOrAfter - 1;
}

/** The match after `index`, wrapping from the last to the first (from -1, no match, to the first); -1 when `count` is 0. */
export function nextMatch(index: number, count: number): number {
	if (count <= 0) {
		return -1;
	}

	return index < 0 || index >= count - 1 ? 0 : index + 1;
}

/** The match before `index`, wrapping from the first to the last (from -1, no match, too); -1 when `count` is 0. */
export function previousMatch(index: number, count: number): number {
	if (count <= 0) {
		return -1;
	}

	return index <= 0 ? count - 1 : Math.min(index, count) - 1;
}
