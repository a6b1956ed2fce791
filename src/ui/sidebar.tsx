// Owned by the attribution-UI helper (issue 4). Props stay compatible with the reader's placeholder
// (`width`, `height`, `isFocused`); the attribution, view and colour mode are added on top.
import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import type {Attribution} from '../analysis/types.js';
import {listedStatements} from '../highlight/navigate.js';
import type {ColorMode} from '../highlight/palette.js';
import {type AttributionView, initialAttributionView} from '../highlight/sidebar-state.js';
import {sourceColorSlots} from '../highlight/source-colors.js';
import {shortSourceName, sourcesById, sourcesSummary} from '../highlight/summary.js';
import {QuoteList} from './quote-list.js';
import {SidebarTabs} from './sidebar-tabs.js';
import {truncateColumns, wrapParts} from './sidebar-text.js';
import {SourceList} from './source-list.js';
import {useColorMode} from './theme.js';

/** Props of `Sidebar`. Sizes are terminal columns and rows; the sidebar never reads the terminal itself. */
export type SidebarProps = {
	/** Content size in cells (inside the panel's border and padding). */
	readonly width: number;
	readonly height: number;
	/** Whether the sidebar has the keys (Tab): the active tab and selected row are then emphasised. */
	readonly isFocused: boolean;
	/** The open article's attribution; null (default) while it is being worked out. */
	readonly attribution?: Attribution | null;
	/** Tab, selections and filter (see `AttributionView`). */
	readonly view?: AttributionView;
	/** Defaults to the `ColorModeContext` of `theme.ts`. */
	readonly colorMode?: ColorMode;
};

/**
 * The right-hand pane: a tab bar (Quotes / Sources) and the active tab's list. Renders at most `height` rows
 * and nothing wider than `width`, so the screen layout never shifts.
 */
export const Sidebar = memo(({width, height, isFocused, attribution = null, view = initialAttributionView, colorMode}: SidebarProps) => {
	const contextMode = useColorMode();
	const mode = colorMode ?? contextMode;
	const derived = useMemo(() => attribution && {
		sources: sourcesById(attribution),
		slots: sourceColorSlots(attribution),
		summary: sourcesSummary(attribution),
	}, [attribution]);
	const statements = useMemo(
		() => attribution ? listedStatements(attribution, view.filterSourceId) : [],
		[attribution, view.filterSourceId],
	);
	if (width <= 0 || height <= 0) {
		return null;
	}

	const body = (() => {
		if (!attribution || !derived) {
			return <Text dimColor>{truncateColumns('Finding who says what…', width)}</Text>;
		}

		if (view.tab === 'sources') {
			const summary = wrapParts(derived.summary, width);
			return (
				<>
					{summary.map(line => <Text key={line} dimColor wrap="truncate">{line}</Text>)}
					<SourceList
						sources={attribution.sources}
						colorSlots={derived.slots}
						selectedId={view.selectedSourceId}
						filterSourceId={view.filterSourceId}
						width={width}
						height={height - 1 - summary.length}
						isFocused={isFocused}
						colorMode={mode}
					/>
				</>
			);
		}

		const filter = view.filterSourceId === null ? undefined : derived.sources.get(view.filterSourceId);
		return (
			<>
				{filter && (
					<Text wrap="truncate">
						{truncateColumns(`Only ${shortSourceName(filter)} (Esc: all)`, width)}
					</Text>
				)}
				<QuoteList
					statements={statements}
					sources={derived.sources}
					colorSlots={derived.slots}
					selectedId={view.selectedStatementId}
					width={width}
					height={height - (filter ? 2 : 1)}
					isFocused={isFocused}
					followsReading={view.followReading}
					colorMode={mode}
				/>
			</>
		);
	})();

	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			<SidebarTabs
				tab={view.tab}
				quoteCount={attribution ? statements.length : null}
				sourceCount={attribution ? attribution.sources.length : null}
				width={width}
				isFocused={isFocused}
				colorMode={mode}
			/>
			{body}
		</Box>
	);
});
