import {Box, Text} from 'ink';

/** Props of `TooSmall`. */
export type TooSmallProps = {
	/** Current terminal size in cells. */
	readonly columns: number;
	readonly rows: number;
	/** Needed size in cells. */
	readonly minColumns: number;
	readonly minRows: number;
};

/** Replaces the whole layout while the terminal is below the minimum; the reader recovers when it grows. */
export function TooSmall({columns, rows, minColumns, minRows}: TooSmallProps) {
	return (
		<Box flexDirection="column" width={columns} height={Math.max(1, rows - 1)}>
			<Text wrap="truncate" bold>terminal too small</Text>
			<Text wrap="truncate">{`${columns}x${rows}, need ${minColumns}x${minRows}`}</Text>
			<Text wrap="truncate" dimColor>enlarge it, or q to quit</Text>
		</Box>
	);
}
