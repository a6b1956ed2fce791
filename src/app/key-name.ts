import type {Key} from 'ink';

/** A key press in canonical form (bubbletea's `msg.String()`), independent of Ink's `Key` record. */
export type KeyPress = {
	/**
	 * `j`, `G`, `?`, `space`, `enter`, `escape`, `tab`, `shift+tab`, `backspace`, `up`, `down`, `left`, `right`,
	 * `pageup`, `pagedown`, `home`, `end`, `ctrl+c`, …; empty for a multi-character paste.
	 */
	readonly name: string;
	/** Printable text the key types (for prompts); empty for control and navigation keys. */
	readonly text: string;
};

const navigation: ReadonlyArray<[keyof Key, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
];

/**
 * Turns Ink's `(input, key)` pair into one name. Ink 6 reports the key most terminals send for Backspace
 * (DEL, 0x7f) as `delete`, so both count as `backspace`.
 */
export function keyName(input: string, key: Key): KeyPress {
	for (const [flag, name] of navigation) {
		if (key[flag] === true) {
			return {name, text: ''};
		}
	}

	if (key.escape) {
		return {name: 'escape', text: ''};
	}

	if (key.tab) {
		return {name: key.shift ? 'shift+tab' : 'tab', text: ''};
	}

	if (key.backspace || key.delete) {
		return {name: 'backspace', text: ''};
	}

	if (key.ctrl) {
		return {name: `ctrl+${input.toLowerCase()}`, text: ''};
	}

	if (key.meta) {
		return {name: `meta+${input}`, text: ''};
	}

	const text = printable(input);
	if (text === ' ') {
		return {name: 'space', text};
	}

	// One character (one code point, maybe astral) names itself; a paste has no name but is still text.
	return {name: [...text].length === 1 ? text : '', text};
}

/** Drops control characters so a paste cannot smuggle escapes or line breaks into a prompt. */
function printable(input: string): string {
	// eslint-disable-next-line no-control-regex
	return input.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');
}
