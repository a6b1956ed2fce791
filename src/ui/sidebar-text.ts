import {terminalWidth, truncateToWidth} from '../text/width.js';

/**
 * `text` cut to at most `columns` terminal columns, ending in `…` when cut. Cuts between grapheme clusters and
 * never through a wide (CJK, emoji) character: when a wide character would straddle the edge it is left out
 * and the row is one column shorter. Stops measuring at the edge, so a 100 KB statement costs what a short
 * one does (string-width would go quadratic on it, see PERF-NOTES).
 */
export function truncateColumns(text: string, columns: number): string {
	return columns <= 0 ? '' : truncateToWidth(text, columns, '…');
}

/** `text` truncated and then padded with spaces to exactly `columns` terminal columns. */
export function fitColumns(text: string, columns: number): string {
	const cut = truncateColumns(text, columns);
	return cut + ' '.repeat(Math.max(0, columns - terminalWidth(cut)));
}

/**
 * A `·`-separated line (`7 sources · 3 named people · 2 anonymous`) broken between its parts so each line
 * fits `columns`; a part too long on its own is truncated.
 */
export function wrapParts(text: string, columns: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const part of text.split(' · ')) {
		const joined = current === '' ? part : `${current} · ${part}`;
		if (current !== '' && terminalWidth(joined) > columns) {
			lines.push(current);
			current = part;
		} else {
			current = joined;
		}
	}

	lines.push(current);
	return lines.map(line => truncateColumns(line, columns));
}

/** Terminal columns of a short string (a row, a label). */
export function columnsOf(text: string): number {
	return terminalWidth(text);
}

/**
 * The first row of a list window of `limit` rows that keeps `selected` visible, moving as little as possible
 * from `previousStart` (so the list scrolls like a pager, not re-centring on every move). When the selection
 * has gone below the window, it is shown with `rowsAbove` rows before it (by default at the bottom). All counts
 * in rows.
 */
export function scrollWindow(previousStart: number, selected: number, count: number, limit: number, rowsAbove = limit - 1): number {
	if (count <= limit || limit <= 0) {
		return 0;
	}

	let start = Math.min(Math.max(0, previousStart), count - limit);
	if (selected < start) {
		start = selected;
	} else if (selected >= start + limit) {
		start = Math.min(count - limit, selected - Math.min(rowsAbove, limit - 1));
	}

	return start;
}

/** Whether two sidebar rows show the same thing (same fields, compared shallowly): unchanged rows skip rendering. */
export function sameRow<Row extends object>(a: Row | undefined, b: Row | undefined): boolean {
	if (a === undefined || b === undefined) {
		return a === b;
	}

	const keys = Object.keys(a) as Array<keyof Row>;
	return keys.length === Object.keys(b).length && keys.every(key => a[key] === b[key]);
}

/**
 * The two tab labels (`1 Quotes 7`, `2 Sources 5`), shortened when both do not fit `columns` with the ` │ `
 * between them: first `Src`, then one letter each, so the keys and the counts stay readable (a 3 MB article
 * has five-digit counts in a 26-column pane). Counts are left out while null (still being found).
 */
export function tabLabels(quoteCount: number | null, sourceCount: number | null, columns: number): [string, string] {
	const count = (value: number | null) => (value === null ? '' : ` ${value}`);
	const names: Array<[string, string]> = [['Quotes', 'Sources'], ['Quotes', 'Src'], ['Q', 'S']];
	const candidates = names.map(([quotes, sources]): [string, string] => [`1 ${quotes}${count(quoteCount)}`, `2 ${sources}${count(sourceCount)}`]);
	return candidates.find(([quotes, sources]) => columnsOf(quotes) + 3 + columnsOf(sources) <= columns) ?? candidates.at(-1)!;
}
