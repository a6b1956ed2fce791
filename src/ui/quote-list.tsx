import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {memo, useRef} from 'react';
import type {Source, Statement} from '../analysis/types.js';
import {type ColorMode, paletteColor} from '../highlight/palette.js';
import {kindMarker, speakerLabel, statementOpening} from '../highlight/summary.js';
import {NoIndicator, indicatorColumns, selectionPointer} from './sidebar-indicator.js';
import {columnsOf, fitColumns, sameRow, scrollWindow, truncateColumns} from './sidebar-text.js';
import {styleText} from './style-text.js';

/** Props of `QuoteList`. Sizes are terminal columns and rows. */
export type QuoteListProps = {
	/** The statements listed (already filtered), in reading order. */
	readonly statements: readonly Statement[];
	readonly sources: ReadonlyMap<string, Source>;
	/** Palette slot per source id. */
	readonly colorSlots: ReadonlyMap<string, number>;
	/** Id of the selected row; the first row when null or not listed. */
	readonly selectedId: string | null;
	readonly width: number;
	/** Rows available: the list scrolls when it has more statements than this. */
	readonly height: number;
	/** Whether the sidebar has the keys (changes only how the selection looks). */
	readonly isFocused: boolean;
	/**
	 * Whether the selection follows the page being read: when it goes below the list, the list then jumps to
	 * show it near the top with the statements that come next, instead of at the bottom under ones already read.
	 */
	readonly followsReading?: boolean;
	readonly colorMode: ColorMode;
};

/** What one Quotes row shows, already cut to the row's width, and whether it is the selected row. */
type QuoteRow = {
	readonly swatch: string | undefined;
	readonly speaker: string;
	readonly marker: string;
	readonly words: string;
	readonly isSelected: boolean;
	readonly isFocused: boolean;
};

/** Props ink-select-input passes an item component: our item (its own `isSelected` is not used, see below). */
type ItemProps = {readonly label: string; readonly value?: QuoteRow};

/** One row as one styled text: a page turn that moves the selection redraws a row, not six nested texts. */
const QuoteItem = memo(({value}: ItemProps) => {
	if (!value) {
		return null;
	}

	const {isSelected, isFocused} = value;
	const emphasis = isSelected && isFocused;
	return (
		<Text wrap="truncate">
			{selectionPointer(isSelected, isFocused)
				+ styleText('●', {color: value.swatch})
				+ styleText(` ${value.speaker} `, {bold: isSelected, inverse: emphasis})
				+ styleText(`${value.marker} `, {dimColor: !isSelected})
				+ styleText(value.words, {inverse: emphasis})}
		</Text>
	);
}, (before, after) => sameRow(before.value, after.value));

/**
 * The Quotes tab: one row per statement with its source's colour swatch, the speaker's short name, a
 * direct/indirect/mixed marker and the first words, cut to the width without breaking wide characters.
 *
 * Input: ink-select-input runs its own `useInput` (j/k, arrows, Enter and digits 1-9) whenever `isFocused`,
 * and keeps its cursor in local state. newsread has one input owner (`ui/root.tsx`), `1`/`2` switch tabs, and
 * the selection must follow the page being read, so the selection lives in app state: the list is always
 * rendered with `isFocused={false}` (it never listens), gets only the visible window of rows (so its `limit`
 * never rotates them), and each row draws the app's selection itself (`selectionPointer`). Its local cursor
 * stays at 0 and is not shown: setting it from outside needs a remount, which made every page turn ~12 ms slower.
 */
export const QuoteList = memo(({statements, sources, colorSlots, selectedId, width, height, isFocused, followsReading = false, colorMode}: QuoteListProps) => {
	const startRef = useRef(0);
	if (statements.length === 0 || height <= 0) {
		return <Text dimColor>{truncateColumns('No statements found.', width)}</Text>;
	}

	const selected = Math.max(0, statements.findIndex(statement => statement.id === selectedId));
	// Following the reading, one row of what was read before stays above the selection.
	const start = scrollWindow(startRef.current, selected, statements.length, height, followsReading ? 1 : height - 1);
	startRef.current = start;
	const rowColumns = width - indicatorColumns;
	const labels = statements.slice(start, start + height).map(statement => speakerLabel(statement, sources));
	// The speaker column is as wide as the longest visible name, but leaves most of the row to the words.
	const speakerColumns = Math.max(3, Math.min(14, Math.floor(rowColumns / 3), Math.max(...labels.map(label => columnsOf(label)))));
	const wordsColumns = Math.max(0, rowColumns - speakerColumns - 5);
	const items = statements.slice(start, start + height).map((statement, index) => {
		const slot = statement.sourceId === null ? -1 : (colorSlots.get(statement.sourceId) ?? -1);
		const words = truncateColumns(statementOpening(statement, wordsColumns).replace(/^["“„«‘']+/, ''), wordsColumns);
		const row: QuoteRow = {
			swatch: paletteColor(slot, colorMode),
			speaker: fitColumns(labels[index]!, speakerColumns),
			marker: kindMarker(statement.kind),
			words,
			isSelected: start + index === selected,
			isFocused,
		};
		// Keyed by position in the window: when the list jumps, each row's text is updated in place instead of
		// every row being unmounted and a new one created (a box, a text and their Yoga nodes each).
		return {key: String(index), label: words, value: row};
	});
	return (
		<Box flexDirection="column" height={Math.min(height, items.length)} overflowY="hidden">
			<SelectInput isFocused={false} items={items} limit={height} itemComponent={QuoteItem} indicatorComponent={NoIndicator}/>
		</Box>
	);
});
