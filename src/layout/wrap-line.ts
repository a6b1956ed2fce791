import type {GraphemeCursor} from '../text/width.js';

/*
 * Our own greedy word-wrapper rather than wrap-ansi: it works on offsets (no mapping back from wrapped strings),
 * produces one line at a time (so a 1 MB paragraph can be laid out lazily, first page first), and measures
 * widths through `GraphemeCursor`'s ASCII/simple-character fast path instead of string-width on whole lines.
 */

/**
 * Where the screen line starting at `start` ends (UTF-16 offset into `display`, exclusive), for `width`
 * terminal columns. `display` is a block's display text (see `toDisplayText`); `cursor` walks it.
 *
 * - Breaks after a run of spaces (the run hangs at the end of the line and is not shown), after a zero-width
 *   space, after an em or en dash, and before or after a wide (CJK) character.
 * - A word longer than the line is cut at a grapheme-cluster boundary; a single cluster wider than `width`
 *   (only possible when `width` < 2 or with stacked spacing marks) gets a line of its own.
 * - The next line starts where this one ends, so a block's lines cover it without gaps.
 */
export function nextLineEnd(display: string, cursor: GraphemeCursor, start: number, width: number): number {
	const end = display.length;
	// Columns used up to the end of the last cluster that is not a space.
	let columns = 0;
	// Columns of the spaces since then (they count only if something follows them on this line).
	let pendingSpaces = 0;
	// The latest offset the line may end at without cutting a word (-1: none yet).
	let lastBreak = -1;
	let index = start;
	while (index < end) {
		const code = display.charCodeAt(index);
		cursor.measure(index);
		const {length, width: clusterWidth} = cursor;
		// A space alone is a break; a space carrying a combining mark is a visible cluster like any other.
		if (code === 0x20 && length === 1) {
			pendingSpaces++;
			index++;
			lastBreak = index;
			continue;
		}

		// A wide character from the BMP (CJK ideographs, kana, fullwidth forms) may start a line.
		const isWide = clusterWidth === 2 && length === 1;
		if (isWide && index > start) {
			lastBreak = Math.max(lastBreak, index);
		}

		if (columns + pendingSpaces + clusterWidth > width) {
			if (lastBreak > start) {
				return lastBreak;
			}

			return index > start ? index : index + length;
		}

		columns += pendingSpaces + clusterWidth;
		pendingSpaces = 0;
		index += length;
		if (isWide || code === 0x20_0B || code === 0x20_14 || code === 0x20_13) {
			lastBreak = index;
		}
	}

	return end;
}
