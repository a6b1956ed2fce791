import {styleText} from './style-text.js';

/**
 * The pointer in front of a sidebar row, drawn by the row itself from the app's selection (no colour, so it also
 * works under NO_COLOR): a bold `❯` when the sidebar has the keys, a quiet `›` otherwise (the row is still
 * selected).
 */
export function selectionPointer(isSelected: boolean, isFocused: boolean): string {
	if (!isSelected) {
		return '  ';
	}

	return isFocused ? styleText('❯ ', {bold: true}) : styleText('› ', {dimColor: true});
}

/** Columns the pointer takes in front of every row. */
export const indicatorColumns = 2;
