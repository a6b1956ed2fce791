import stringWidth from 'string-width';

const printableAscii = /^[\u0020-\u007E]*$/;
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * `text` cut to at most `columns` terminal columns, ending in `…` when cut. Cuts between graphemes and never
 * through a wide (CJK, emoji) character: when a wide character would straddle the edge it is left out and the
 * row is shorter by one column. Only a bounded prefix is measured, so a 100 KB statement costs what a short
 * one does (string-width goes quadratic on long non-ASCII strings, see PERF-NOTES).
 */
export function truncateColumns(text: string, columns: number): string {
	if (columns <= 0) {
		return '';
	}

	if (printableAscii.test(text.length > columns * 4 ? text.slice(0, columns * 4) : text)) {
		return text.length <= columns ? text : `${text.slice(0, columns - 1)}…`;
	}

	// Every grapheme takes at least one column (zero-width ones aside), so this prefix is enough to decide.
	const prefix = text.slice(0, (columns * 4) + 8);
	const graphemes = [...segmenter.segment(prefix)].map(part => part.segment);
	let used = 0;
	let cut = -1;
	let kept = '';
	for (const [index, grapheme] of graphemes.entries()) {
		const width = stringWidth(grapheme);
		if (used + width > columns) {
			cut = index;
			break;
		}

		used += width;
		kept += grapheme;
	}

	if (cut === -1 && prefix.length === text.length) {
		return kept;
	}

	// Make room for the ellipsis by dropping graphemes from the end until one column is free.
	const keptGraphemes = [...segmenter.segment(kept)].map(part => part.segment);
	while (keptGraphemes.length > 0 && used + 1 > columns) {
		used -= stringWidth(keptGraphemes.pop()!);
	}

	return `${keptGraphemes.join('')}…`;
}

/** `text` truncated and then padded with spaces to exactly `columns` terminal columns. */
export function fitColumns(text: string, columns: number): string {
	const cut = truncateColumns(text, columns);
	return cut + ' '.repeat(Math.max(0, columns - stringWidth(cut)));
}

/** Terminal columns of a short string (a row, a label). */
export function columnsOf(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/**
 * The first row of a list window of `limit` rows that keeps `selected` visible, moving as little as possible
 * from `previousStart` (so the list scrolls like a pager, not re-centring on every move). All counts in rows.
 */
export function scrollWindow(previousStart: number, selected: number, count: number, limit: number): number {
	if (count <= limit || limit <= 0) {
		return 0;
	}

	let start = Math.min(Math.max(0, previousStart), count - limit);
	if (selected < start) {
		start = selected;
	} else if (selected >= start + limit) {
		start = selected - limit + 1;
	}

	return start;
}
