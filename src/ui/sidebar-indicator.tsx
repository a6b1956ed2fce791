import {Text} from 'ink';

/** Props of `SelectionPointer`. */
type PointerProps = {
	readonly isSelected: boolean;
	/** Whether the sidebar has the keys: a bold `❯` then, a quiet `›` otherwise (the row is still selected). */
	readonly isFocused: boolean;
};

/**
 * The pointer in front of a sidebar row, drawn by the row itself from the app's selection (no colour, so it also
 * works under NO_COLOR). ink-select-input's own indicator only knows its local cursor, which app state could set
 * only by remounting the list: measured at about 12 ms of a page turn on the 3 MB article, every time the Quotes
 * selection follows the page.
 */
export function SelectionPointer({isSelected, isFocused}: PointerProps) {
	if (!isSelected) {
		return <Text>{'  '}</Text>;
	}

	return isFocused ? <Text bold>❯ </Text> : <Text dimColor>› </Text>;
}

/** The indicator slot of ink-select-input, left empty: rows draw `SelectionPointer` themselves. */
export function NoIndicator() {
	return null;
}

/** Columns the pointer takes in front of every row. */
export const indicatorColumns = 2;
