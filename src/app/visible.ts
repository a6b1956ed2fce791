import type {InlineStyle, TextRange} from '../article/types.js';
import {highlightRanges} from '../highlight/ranges.js';
import type {HighlightMark} from '../highlight/style.js';
import type {Line} from '../layout/layout.js';
import {layoutOf, pageHeight} from './selectors.js';
import type {AppState} from './state.js';
import {partitionPoint} from '../util/partition-point.js';

/**
 * What lies on a run of article text: a search match or statement part (`HighlightMark`, styled by the
 * highlight module), Markdown/HTML emphasis, or the dateline.
 */
export type PaneMark = HighlightMark | {readonly kind: 'inline'; readonly style: InlineStyle} | {readonly kind: 'dateline'};

/** A styled range of `article.text` (UTF-16 offsets), the shape `splitLine` takes. */
export type PaneRange = TextRange & {readonly style: PaneMark};

/** The lines on screen: `[top, top + page height)`, laid out only that far. */
export function visibleLines(state: AppState): Line[] {
	const layout = layoutOf(state);
	return layout ? layout.lines(state.top, state.top + pageHeight(state)) : [];
}

/**
 * Every styled range touching the visible text: search matches (all of them on the page, the current one
 * marked), emphasis runs, the dateline and attributed statements. Looked up by binary search, so the cost follows the page, not the article.
 */
export function pageRanges(state: AppState, lines: readonly Line[]): PaneRange[] {
	const {article} = state;
	const first = lines[0];
	const last = lines.at(-1);
	if (!article || !first || !last) {
		return [];
	}

	const from = first.start;
	const to = last.end;
	const ranges: PaneRange[] = [];
	if (article.dateline && article.dateline.start < to && article.dateline.end > from) {
		ranges.push({start: article.dateline.start, end: article.dateline.end, style: {kind: 'dateline'}});
	}

	const blocks = new Set(lines.map(line => line.block));
	for (const index of blocks) {
		for (const run of article.blocks[index]?.styles ?? []) {
			if (run.start < to && run.end > from) {
				ranges.push({start: run.start, end: run.end, style: {kind: 'inline', style: run.style}});
			}
		}
	}

	const {matches, current} = state.search;
	for (let index = partitionPoint(matches.length, i => matches[i]!.end <= from); index < matches.length; index++) {
		const match = matches[index]!;
		if (match.start >= to) {
			break;
		}

		ranges.push({start: match.start, end: match.end, style: {kind: 'match', isCurrent: index === current}});
	}

	// Statements (issue 4): content in the source colour, speaker bold, cue underlined, the current one inverse.
	const {attribution, attributionView: view} = state;
	if (attribution && view.highlight) {
		ranges.push(...highlightRanges(attribution, from, to, {
			currentStatementId: view.currentStatementId,
			filterSourceId: view.filterSourceId,
		}));
	}

	return ranges;
}
