import {Box} from 'ink';
import type {ReactNode} from 'react';
import {useColorMode} from './theme.js';

/** Props of `SidePanel`. */
export type SidePanelProps = {
	/** Outer size in cells, border included. */
	readonly width: number;
	readonly height: number;
	/** Whether the keys go to this panel: shown by the border (colour, or a double line under NO_COLOR). */
	readonly isFocused: boolean;
	readonly children?: ReactNode;
};

/** The sidebar's frame. Content gets `width - 4` columns and `height - 2` rows (border and padding). */
export function SidePanel({width, height, isFocused, children}: SidePanelProps) {
	const mode = useColorMode();
	const borderColor = isFocused && mode !== 'none' ? 'cyan' : undefined;
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			flexShrink={0}
			borderStyle={isFocused ? (mode === 'none' ? 'double' : 'bold') : 'round'}
			borderColor={borderColor}
			borderDimColor={!isFocused}
			paddingX={1}
			overflowY="hidden"
		>
			{children}
		</Box>
	);
}
