/**
 * How much colour the terminal can show:
 * - `full`: 256 colours or more (hex colours from the xterm-256 cube are shown exactly);
 * - `ansi16`: the 16 basic colours, named, so the user's terminal theme decides the shades;
 * - `none`: `NO_COLOR` or a monochrome terminal: only bold, dim, underline and inverse.
 */
export type ColorMode = 'full' | 'ansi16' | 'none';

/** Text attributes, named as Ink's `<Text>` props so a style can be spread onto it. */
export type TextStyle = {
	readonly color?: string;
	readonly backgroundColor?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
};

/**
 * Source colours for 256-colour terminals. All are xterm-256 cube entries (rendered exactly, no
 * down-sampling surprises) of middle luminance, so each keeps a WCAG contrast of at least 3:1 against
 * black, white, a dark grey (#1e1e1e) and a light cream (#fdf6e3): readable on dark and light themes
 * alike (checked in test/highlight/palette.test.ts). Ordered so neighbouring sources differ in hue.
 */
export const fullPalette: readonly string[] = [
	'#0087d7', // Blue (xterm 32)
	'#d75f00', // Orange (166)
	'#00875f', // Green (29)
	'#af5fd7', // Purple (134)
	'#d7005f', // Crimson (161)
	'#af8700', // Ochre (136)
	'#008787', // Teal (30)
	'#d75f87', // Pink (168)
];

/**
 * Fallback for 16-colour terminals: normal (not bright) named colours, whose shades the terminal theme
 * picks for its own background. Yellow and cyan come last: they are the weakest on light themes.
 */
export const ansi16Palette: readonly string[] = ['blue', 'red', 'green', 'magenta', 'cyan', 'yellow'];

/**
 * Picks the colour mode from the environment and the terminal's colour depth (bits per pixel, as returned by
 * Node's `tty.WriteStream#getColorDepth()`: 1, 4, 8 or 24). `NO_COLOR` set to any non-empty value wins
 * (https://no-color.org). Pure: the caller passes `process.env` and the depth.
 */
export function colorModeFor(env: Readonly<Record<string, string | undefined>>, colorDepth: number): ColorMode {
	if ((env['NO_COLOR'] ?? '') !== '') {
		return 'none';
	}

	if (colorDepth >= 8) {
		return 'full';
	}

	return colorDepth >= 4 ? 'ansi16' : 'none';
}

/**
 * The level for Ink's chalk, which otherwise guesses for itself and turns every style off, inverse and bold
 * included, when it sees a `CI` variable. Our own mode decides: attributes always (`none` passes no colours),
 * and hex colours only as exactly as the terminal's depth shows them.
 */
export function chalkLevelFor(mode: ColorMode, colorDepth: number): 1 | 2 | 3 {
	if (mode !== 'full') {
		return 1;
	}

	return colorDepth >= 24 ? 3 : 2;
}

/** The colour of palette slot `index` (0-based; wraps around) in `mode`; undefined under `none`. */
export function paletteColor(index: number, mode: ColorMode): string | undefined {
	if (mode === 'none' || index < 0) {
		return undefined;
	}

	const palette = mode === 'full' ? fullPalette : ansi16Palette;
	return palette[index % palette.length];
}
