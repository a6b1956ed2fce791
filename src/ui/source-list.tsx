import {Text} from 'ink';
import {memo, useRef} from 'react';
import type {Source} from '../analysis/types.js';
import {type ColorMode, paletteColor} from '../highlight/palette.js';
import {sourceDetails} from '../highlight/summary.js';
import {indicatorColumns, selectionPointer} from './sidebar-indicator.js';
import {columnsOf, fitColumns, scrollWindow, truncateColumns} from './sidebar-text.js';
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

/** One Sources row as two styled lines: the name with its count, then the details. */
function sourceRowText(row: SourceRow): string {
	return selectionPointer(row.isSelected, row.isFocused)
		+ styleText('● ', {color: row.swatch})
		+ styleText(row.name, {bold: true, inverse: row.isSelected && row.isFocused})
		+ row.count
		+ '\n'
		+ styleText(`    ${row.details}`, {dimColor: true});
}

/**
 * The Sources tab: two rows per source, its name with the number of statements, then role, kind and an
 * `anonymous` marker. As in `QuoteList`, app state owns the selection and the visible rows are one text.
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
	const rows = sources.slice(start, start + limit).map((source, index) => {
		const count = ` ${source.statementIds.length}`;
		const row: SourceRow = {
			swatch: paletteColor(colorSlots.get(source.id) ?? -1, colorMode),
			name: fitColumns(source.name, Math.max(1, rowColumns - 2 - columnsOf(count))),
			count,
			details: truncateColumns(sourceDetails(source, source.id === filterSourceId), rowColumns - 2),
			isSelected: start + index === selected,
			isFocused,
		};
		return sourceRowText(row);
	});
	return <Text>{rows.join('\n')}</Text>;
});
