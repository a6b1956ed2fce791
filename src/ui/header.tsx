import {Box, Text} from 'ink';
import type {PageInfo} from '../app/selectors.js';
import {uiStyles, useColorMode} from './theme.js';

/** Props of `Header`; all strings must already be sanitised for the terminal. */
export type HeaderProps = {
	readonly headline: string;
	/** Outlet, dateline place, date, byline: whatever is known, joined. */
	readonly meta: string;
	readonly page: PageInfo;
	/** Terminal columns. */
	readonly width: number;
};

/** Two rows: the headline, then the meta line with `page N/M` and the percent read on the right. */
export function Header({headline, meta, page, width}: HeaderProps) {
	const styles = uiStyles(useColorMode());
	const status = `page ${page.page}/${page.pages ?? '?'}  ${page.percent}%`;
	return (
		<Box flexDirection="column" width={width} height={2} paddingX={1}>
			<Text wrap="truncate" {...styles.title}>{headline || ' '}</Text>
			<Box>
				<Box flexGrow={1} flexShrink={1} marginRight={1}>
					<Text wrap="truncate" {...styles.meta}>{meta || ' '}</Text>
				</Box>
				<Box flexShrink={0}>
					<Text {...styles.status}>{status}</Text>
				</Box>
			</Box>
		</Box>
	);
}
