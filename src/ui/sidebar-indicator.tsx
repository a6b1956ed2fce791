import {Text} from 'ink';

/** Props ink-select-input gives an indicator. */
type Props = {
	readonly isSelected?: boolean;
};

/** The pointer in front of the selected row while the sidebar has the keys: bold (no colour, so it also works under NO_COLOR). */
export function FocusedIndicator({isSelected = false}: Props) {
	return <Text bold>{isSelected ? '❯ ' : '  '}</Text>;
}

/** The pointer while the article has the keys: still there (the row is still selected), but quiet. */
export function UnfocusedIndicator({isSelected = false}: Props) {
	return <Text dimColor>{isSelected ? '› ' : '  '}</Text>;
}

/** Columns the indicator takes in front of every row. */
export const indicatorColumns = 2;
