import {Box, Text} from 'ink';
import {type Binding, bindingsFor, groups, type KeyMode, keysLabel} from '../app/keymap.js';
import {uiStyles, useColorMode} from './theme.js';

/** Props of `HelpOverlay`. */
export type HelpOverlayProps = {
	/** The key context help was opened from: its bindings are listed. */
	readonly from: KeyMode;
	/** Cells available. */
	readonly width: number;
	readonly height: number;
};

type Row = {readonly kind: 'group'; readonly text: string} | {readonly kind: 'key'; readonly keys: string; readonly help: string};

/** The bindings shown for a context: its own, plus the prompt keys it can open. */
export function helpBindings(from: KeyMode): Binding[] {
	const promptMode: KeyMode | null = from === 'library' ? 'filter' : (from === 'reading' || from === 'sidebar' ? 'search' : null);
	const extra = promptMode ? bindingsFor(promptMode).filter(binding => binding.group !== 'General') : [];
	return [...bindingsFor(from), ...extra.filter(binding => !bindingsFor(from).includes(binding))];
}

/** The `Keys` overlay, generated from the keymap table (so it cannot drift from what the keys do). */
export function HelpOverlay({from, width, height}: HelpOverlayProps) {
	const styles = uiStyles(useColorMode());
	const shown = helpBindings(from);
	const rows: Row[] = [];
	for (const group of groups) {
		const items = shown.filter(binding => binding.group === group);
		if (items.length > 0) {
			rows.push({kind: 'group', text: group}, ...items.map(binding => ({kind: 'key' as const, keys: keysLabel(binding), help: binding.help})));
		}
	}

	// Title row + border rows take 3; split into as few columns as fit the height, filled evenly so each is as
	// wide as it can be.
	const maxPerColumn = Math.max(2, height - 3);
	const needed = Math.ceil(rows.length / maxPerColumn);
	let perColumn = Math.ceil(rows.length / needed);
	let columns = splitColumns(rows, perColumn);
	while (columns.length > needed && perColumn < maxPerColumn) {
		columns = splitColumns(rows, ++perColumn);
	}

	const columnWidth = Math.max(10, Math.floor((width - 4) / columns.length));
	const keyWidthOf = (column: readonly Row[]) =>
		Math.min(Math.max(0, ...column.map(row => (row.kind === 'key' ? row.keys.length : 0))) + 2, Math.floor(columnWidth * 0.4));
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			<Text wrap="truncate" {...styles.title}>Keys<Text {...styles.hint}>  (? Esc or q to close)</Text></Text>
			<Box flexDirection="row">
				{columns.map(column => (
					<Box key={column[0] ? rowKey(column[0]) : 'empty'} flexDirection="column" width={columnWidth} paddingRight={1}>
						{column.map(row => row.kind === 'group'
							? <Text key={rowKey(row)} wrap="truncate" underline>{row.text}</Text>
							: (
								<Box key={rowKey(row)}>
									<Box width={keyWidthOf(column)} flexShrink={0}><Text wrap="truncate" {...styles.hintKey}>{row.keys}</Text></Box>
									<Text wrap="truncate">{row.help}</Text>
								</Box>
							))}
					</Box>
				))}
			</Box>
		</Box>
	);
}

/** Fills columns of `perColumn` rows in order, never leaving a group title alone at the bottom of a column. */
function splitColumns(rows: readonly Row[], perColumn: number): Row[][] {
	const columns: Row[][] = [[]];
	for (const row of rows) {
		let column = columns.at(-1)!;
		const isFull = column.length >= perColumn || (row.kind === 'group' && column.length >= perColumn - 1);
		if (isFull && column.length > 0) {
			column = [];
			columns.push(column);
		}

		column.push(row);
	}

	return columns;
}

function rowKey(row: Row): string {
	return row.kind === 'group' ? `group:${row.text}` : `key:${row.keys}:${row.help}`;
}
