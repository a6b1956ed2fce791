import {Text} from 'ink';
import type {ColorMode} from '../highlight/palette.js';
import type {SidebarTab} from '../highlight/sidebar-state.js';
import {tabLabels, truncateColumns} from './sidebar-text.js';

/** Props of `SidebarTabs`. */
export type SidebarTabsProps = {
	readonly tab: SidebarTab;
	/** Statements listed in the Quotes tab (after the filter); null while they are being found. */
	readonly quoteCount: number | null;
	readonly sourceCount: number | null;
	/** Terminal columns. */
	readonly width: number;
	readonly isFocused: boolean;
	readonly colorMode: ColorMode;
};

/**
 * `1 Quotes 7 │ 2 Sources 5` (no padding: it must fit a 26-column pane, see `tabLabels`): the key that opens each
 * tab, its name and size. The active tab is inverse while the sidebar has focus and bold-underlined otherwise
 * (both work without colour); the other is dim.
 */
export function SidebarTabs({tab, quoteCount, sourceCount, width, isFocused, colorMode}: SidebarTabsProps) {
	const [quotes, sources] = tabLabels(quoteCount, sourceCount, width);
	const labels = [{id: 'quotes', text: quotes}, {id: 'sources', text: sources}] as const;
	let room = width;
	return (
		<Text wrap="truncate">
			{labels.map(({id, text}, index) => {
				const isActive = id === tab;
				const shown = truncateColumns((index > 0 ? ' │ ' : '') + text, room);
				room -= shown.length;
				const separator = index > 0 && shown.startsWith(' │ ') ? ' │ ' : '';
				return (
					<Text key={id}>
						<Text dimColor>{separator}</Text>
						<Text
							bold={isActive}
							inverse={isActive && isFocused}
							underline={isActive && !isFocused}
							dimColor={!isActive}
							color={isActive && isFocused && colorMode !== 'none' ? 'cyan' : undefined}
						>
							{shown.slice(separator.length)}
						</Text>
					</Text>
				);
			})}
		</Text>
	);
}
