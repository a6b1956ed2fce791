import {Box, Text} from 'ink';
import {uiStyles, useColorMode} from './theme.js';

/** One footer hint: the key as shown and what it does, e.g. `space` `next`. */
export type Hint = {
	readonly keys: string;
	readonly hint: string;
};

/** Props of `Footer`; strings must already be sanitised. */
export type FooterProps = {
	/** An open prompt with its text (`/taiwan`, `:12`, `filter: tai`); it wins over the message. */
	readonly prompt: string | null;
	readonly message: string | null;
	/** Right-hand status, e.g. `match 2/5` or a pending count. */
	readonly status: string;
	readonly hints: readonly Hint[];
	/** Terminal columns. */
	readonly width: number;
};

/** Two rows: prompt or message with a status on the right, then the most useful keys from the keymap. */
export function Footer({prompt, message, status, hints, width}: FooterProps) {
	const styles = uiStyles(useColorMode());
	return (
		<Box flexDirection="column" width={width} height={2} paddingX={1}>
			<Box>
				<Box flexGrow={1} flexShrink={1} marginRight={1}>
					{prompt === null
						? <Text wrap="truncate" {...styles.message}>{message || ' '}</Text>
						: <Text wrap="truncate">{prompt}<Text inverse> </Text></Text>}
				</Box>
				<Box flexShrink={0}>
					<Text {...styles.status}>{status || ' '}</Text>
				</Box>
			</Box>
			<Text wrap="truncate">
				{hints.map((item, index) => (
					<Text key={item.keys}>
						{index > 0 ? <Text {...styles.hint}> · </Text> : null}
						<Text {...styles.hintKey}>{item.keys}</Text>
						<Text {...styles.hint}> {item.hint}</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}
