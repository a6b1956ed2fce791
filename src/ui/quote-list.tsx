import {Text} from 'ink';
import {memo, useRef} from 'react';
import type {Source, Statement} from '../analysis/types.js';
import {type ColorMode, paletteColor} from '../highlight/palette.js';
import {kindMarker, speakerLabel, statementOpening} from '../highlight/summary.js';
import {indicatorColumns, selectionPointer} from './sidebar-indicator.js';
import {columnsOf, fitColumns, scrollWindow, truncateColumns} from './sidebar-text.js';
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

/** One Quotes row as one styled line. */
function quoteRowText(row: QuoteRow): string {
	const emphasis = row.isSelected && row.isFocused;
	return selectionPointer(row.isSelected, row.isFocused)
		+ styleText('●', {color: row.swatch})
		+ styleText(` ${row.speaker} `, {bold: row.isSelected, inverse: emphasis})
		+ styleText(`${row.marker} `, {dimColor: !row.isSelected})
		+ styleText(row.words, {inverse: emphasis});
}

/**
 * The Quotes tab: one row per statement with its source's colour swatch, the speaker's short name, a
 * direct/indirect/mixed marker and the first words, cut to the width without breaking wide characters.
 *
 * The selection lives in app state (it follows the page being read, and `root.tsx` owns all input), and only
 * the visible window of rows is built. The rows, each already cut to the width, are drawn as one text: a list
 * component with a box and a text per row made Ink lay out and compose about 40 more nodes on every page turn
 * (10–13 ms of CPU per page turn on the 3 MB article at 100x30, against 8–9 ms as one text).
 */
export const QuoteList = memo(({statements, sources, colorSlots, selectedId, width, height, isFocused, colorMode}: QuoteListProps) => {
	const startRef = useRef(0);
	if (statements.length === 0 || height <= 0) {
		return <Text dimColor>{truncateColumns('No statements found.', width)}</Text>;
	}

	const selected = Math.max(0, statements.findIndex(statement => statement.id === selectedId));
	const start = scrollWindow(startRef.current, selected, statements.length, height);
	startRef.current = start;
	const rowColumns = width - indicatorColumns;
	const labels = statements.slice(start, start + height).map(statement => speakerLabel(statement, sources));
	// The speaker column is as wide as the longest visible name, but leaves most of the row to the words.
	const speakerColumns = Math.max(3, Math.min(14, Math.floor(rowColumns / 3), Math.max(...labels.map(label => columnsOf(label)))));
	const wordsColumns = Math.max(0, rowColumns - speakerColumns - 5);
	const rows = statements.slice(start, start + height).map((statement, index) => {
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
		return quoteRowText(row);
	});
	return <Text>{rows.join('\n')}</Text>;
});
