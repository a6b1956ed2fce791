import {createContext, useContext} from 'react';
import type {ColorMode, TextStyle} from '../highlight/palette.js';

/*
Colours as data. Ink's chalk ignores NO_COLOR, so nothing here passes a colour under `none`: every distinction
is then made with bold, dim, underline and inverse. Under `ansi16` only the named basic colours are used, whose
shades the terminal theme chooses.
*/

/** The colour mode every component reads; the CLI provides it from `NO_COLOR` and the terminal's depth. */
export const ColorModeContext = createContext<ColorMode>('ansi16');

/** The current colour mode. */
export function useColorMode(): ColorMode {
	return useContext(ColorModeContext);
}

/** Named looks used across the UI, per colour mode. */
export type UiStyles = {
	readonly title: TextStyle;
	readonly meta: TextStyle;
	readonly status: TextStyle;
	readonly hint: TextStyle;
	readonly hintKey: TextStyle;
	readonly message: TextStyle;
	readonly error: TextStyle;
	readonly selected: TextStyle;
	/** Border colour of the focused pane (undefined: bold border style is used instead). */
	readonly focusBorder: string | undefined;
};

/** The looks for `mode`. */
export function uiStyles(mode: ColorMode): UiStyles {
	if (mode === 'none') {
		return {
			title: {bold: true},
			meta: {dimColor: true},
			status: {bold: true},
			hint: {dimColor: true},
			hintKey: {bold: true},
			message: {bold: true},
			error: {bold: true, underline: true},
			selected: {inverse: true},
			focusBorder: undefined,
		};
	}

	return {
		title: {bold: true, color: 'cyan'},
		meta: {dimColor: true},
		status: {bold: true},
		hint: {dimColor: true},
		hintKey: {bold: true},
		message: {color: 'yellow'},
		error: {color: 'red'},
		selected: {inverse: true, color: 'cyan'},
		focusBorder: 'cyan',
	};
}
