import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {entryDetails} from '../app/library-update.js';
import type {LibraryEntry} from '../io/list-library.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {uiStyles, useColorMode} from './theme.js';

/** Props of `LibraryScreen`. */
export type LibraryScreenProps = {
	readonly dir: string;
	/** Entries after filtering. */
	readonly entries: readonly LibraryEntry[];
	/** Entries before filtering. */
	readonly total: number;
	/** Path of the selected entry (restored when coming back from an article). */
	readonly selected: string | null;
	readonly filter: string;
	/** Cells available (the footer is drawn by the caller). */
	readonly width: number;
	readonly height: number;
};

/**
 * The article list with a title and the filter. ink-select-input draws it (two rows per entry, scrolling
 * window) but never takes keys: the root's keymap moves `selected`, and the list is remounted on each move so its
 * `initialIndex` shows it (its own input handler misses keys that arrive in one burst).
 */
export function LibraryScreen({dir, entries, total, selected, filter, width, height}: LibraryScreenProps) {
	const styles = uiStyles(useColorMode());
	const title = `Library · ${sanitizeForTerminal(dir)} · ${total} ${total === 1 ? 'article' : 'articles'}`;
	const items = entries.map(entry => ({
		key: entry.path,
		value: entry.path,
		label: `${sanitizeForTerminal(entry.title)}\n${sanitizeForTerminal(entryDetails(entry))}`,
	}));
	const initialIndex = Math.max(0, entries.findIndex(entry => entry.path === selected));
	const listRows = Math.max(2, height - 3);
	let body;
	if (total === 0) {
		body = <Text wrap="truncate">No articles here: newsread lists .txt, .md and .html files.</Text>;
	} else if (entries.length === 0) {
		body = <Text wrap="truncate">Nothing matches “{sanitizeForTerminal(filter)}” (Esc clears the filter).</Text>;
	} else {
		body = (
			<SelectInput
				key={`${filter}\n${selected ?? ''}`}
				items={items}
				initialIndex={initialIndex}
				limit={Math.max(1, Math.floor(listRows / 2))}
				isFocused={false}
				indicatorComponent={Indicator}
				itemComponent={Item}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={width} height={height} paddingX={1} overflow="hidden">
			<Text wrap="truncate" {...styles.title}>{title}</Text>
			<Text wrap="truncate" {...styles.hint}>{filter === '' ? ' ' : `filter: ${sanitizeForTerminal(filter)}`}</Text>
			{body}
		</Box>
	);
}

function Indicator({isSelected = false}: {readonly isSelected?: boolean}) {
	const styles = uiStyles(useColorMode());
	return <Box marginRight={1} flexShrink={0}><Text {...(isSelected ? styles.status : {})}>{isSelected ? '›' : ' '}</Text></Box>;
}

function Item({isSelected = false, label}: {readonly isSelected?: boolean; readonly label: string}) {
	const styles = uiStyles(useColorMode());
	const [title = '', details = ''] = label.split('\n');
	const isError = details.includes(' · cannot read: ');
	return (
		<Box flexDirection="column" flexShrink={1}>
			<Text wrap="truncate" {...(isSelected ? styles.selected : {bold: true})}>{title}</Text>
			<Text wrap="truncate" {...(isError ? styles.error : styles.meta)}>{details}</Text>
		</Box>
	);
}
