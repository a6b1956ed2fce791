import {styleText} from './style-text.js';

/**
 * The pointer in front of a sidebar row, drawn by the row itself from the app's selection (no colour, so it also
 * works under NO_COLOR): a bold `❯` when the sidebar has the keys, a quiet `›` otherwise (the row is still
 * selected). ink-select-input's own indicator only knows its local cursor, which app state could set only by
 * remounting the list: measured at about 12 ms of a page turn on the 3 MB article, every time the Quotes
 * selection follows the page.
 */
export function selectionPointer(isSelected: boolean, isFocused: boolean): string {
	if (!isSelected) {
		return '  ';
	}

	return isFocused ? styleText('❯ ', {bold: true}) : styleText('› ', {dimColor: true});
}

/** The indicator slot of ink-select-input, left empty: rows draw `selectionPointer` themselves. */
export function NoIndicator() {
	return null;
}

/** Columns the pointer takes in front of every row. */
export const indicatorColumns = 2;
