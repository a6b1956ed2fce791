import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {memo, useRef} from 'react';
import type {Source} from '../analysis/types.js';
import {type ColorMode, paletteColor} from '../highlight/palette.js';
import {sourceDetails} from '../highlight/summary.js';
import {NoIndicator, indicatorColumns, selectionPointer} from './sidebar-indicator.js';
import {columnsOf, fitColumns, sameRow, scrollWindow, truncateColumns} from './sidebar-text.js';
import {styleText} from './style-text.js';

/** Props of `SourceList`. Sizes are terminal columns and rows. */
export type SourceListProps = {
	readonly sources: readonly Source[];
	/** Palette slot per source id, the colours its statements have in the text and the Quotes tab. */
	readonly colorSlots: ReadonlyMap<string, number>;
	/** Id of the selected row; the first row when null or unknown. */
	readonly selectedId: string | null;
	/** The source the highlighting is filtered to, marked in its row. */
	readonly filterSourceId: string | null;
	readonly width: number;
	/** Rows available; each source takes two, and the list scrolls when they do not all fit. */
	readonly height: number;
	readonly isFocused: boolean;
	readonly colorMode: ColorMode;
};

/** What one Sources row shows, already cut to the row's width, and whether it is the selected row. */
type SourceRow = {
	readonly swatch: string | undefined;
	/** Name padded to leave room for the count, then the count. */
	readonly name: string;
	readonly count: string;
	/** Role, kind, `anonymous`, `filter`, joined with ` · `. */
	readonly details: string;
	readonly isSelected: boolean;
	readonly isFocused: boolean;
};

type ItemProps = {readonly label: string; readonly value?: SourceRow};

const SourceItem = memo(({value}: ItemProps) => {
	if (!value) {
		return null;
	}

	const {isSelected, isFocused} = value;
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				{selectionPointer(isSelected, isFocused)
					+ styleText('● ', {color: value.swatch})
					+ styleText(value.name, {bold: true, inverse: isSelected && isFocused})
					+ value.count}
			</Text>
			<Text dimColor wrap="truncate">    {value.details}</Text>
		</Box>
	);
}, (before, after) => sameRow(before.value, after.value));

/**
 * The Sources tab: two rows per source, its name with the number of statements, then role, kind and an
 * `anonymous` marker. Input and selection work as in `QuoteList`: app state owns the selection, ink-select-input
 * never listens (`1`/`2` and Enter belong to the one input owner) and the rows draw the selection themselves.
 */
export const SourceList = memo(({sources, colorSlots, selectedId, filterSourceId, width, height, isFocused, colorMode}: SourceListProps) => {
	const startRef = useRef(0);
	const limit = Math.floor(height / 2);
	if (sources.length === 0 || limit <= 0) {
		return <Text dimColor>{truncateColumns('No sources found.', width)}</Text>;
	}

	const selected = Math.max(0, sources.findIndex(source => source.id === selectedId));
	const start = scrollWindow(startRef.current, selected, sources.length, limit);
	startRef.current = start;
	const rowColumns = width - indicatorColumns;
	const items = sources.slice(start, start + limit).map((source, index) => {
		const count = ` ${source.statementIds.length}`;
		const row: SourceRow = {
			swatch: paletteColor(colorSlots.get(source.id) ?? -1, colorMode),
			name: fitColumns(source.name, Math.max(1, rowColumns - 2 - columnsOf(count))),
			count,
			details: truncateColumns(sourceDetails(source, source.id === filterSourceId), rowColumns - 2),
			isSelected: start + index === selected,
			isFocused,
		};
		return {key: source.id, label: source.name, value: row};
	});
	return (
		<Box flexDirection="column" height={Math.min(height, items.length * 2)} overflowY="hidden">
			<SelectInput isFocused={false} items={items} limit={limit} itemComponent={SourceItem} indicatorComponent={NoIndicator}/>
		</Box>
	);
});
