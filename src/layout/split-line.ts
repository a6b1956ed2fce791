import type {Article, TextRange} from '../article/types.js';
import {shownSlice} from './display-text.js';
import {indexRanges, rangesOverlapping, type RangeIndex} from './range-index.js';
import type {Line} from './types.js';

/** A run of a line's shown text with the styles of every range covering it (in the ranges' input order). */
export type Segment<S> = {
	readonly text: string;
	readonly styles: readonly S[];
};

/**
 * Cuts the shown text of `line` (as `lineText` gives it) where styled ranges (UTF-16 offsets into
 * `article.text`; may overlap and cross lines) begin and end. Each segment carries the styles of all ranges
 * covering it, in the ranges' input order. Ranges may be given in any order; an array is indexed once and the
 * index cached (see `indexRanges`), so calling this for each visible line is O(log n) per line. Cuts never
 * split a surrogate pair. An empty line gives no segments.
 */
export function splitLine<S>(
	article: Article,
	line: Line,
	ranges: ReadonlyArray<TextRange & {readonly style: S}> | RangeIndex<S>,
): Array<Segment<S>> {
	const text = shownSlice(article, line.start, line.end);
	if (text.length === 0) {
		return [];
	}

	const index = 'sorted' in ranges && !Array.isArray(ranges) ? ranges : indexRanges(ranges as ReadonlyArray<TextRange & {readonly style: S}>);
	const lineEnd = line.start + text.length;
	const covering = rangesOverlapping(index, line.start, lineEnd);
	if (covering.length === 0) {
		return [{text, styles: []}];
	}

	// Cut points, relative to the line, snapped off the middle of surrogate pairs.
	const cuts = new Set<number>([0, text.length]);
	for (const range of covering) {
		for (const offset of [range.start - line.start, range.end - line.start]) {
			if (offset > 0 && offset < text.length) {
				cuts.add(isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset);
			}
		}
	}

	const points = [...cuts].sort((a, b) => a - b);
	const segments: Array<Segment<S>> = [];
	for (let index_ = 0; index_ + 1 < points.length; index_++) {
		const from = points[index_]!;
		const to = points[index_ + 1]!;
		const styles: S[] = [];
		for (const range of covering) {
			if (range.start - line.start < to && range.end - line.start > from) {
				styles.push(range.style);
			}
		}

		segments.push({text: text.slice(from, to), styles});
	}

	return segments;
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xD8_00 && code <= 0xDB_FF;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xDC_00 && code <= 0xDF_FF;
}
