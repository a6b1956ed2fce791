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

	if (key.meta && input !== '') {
		// ESC and a key in one read (Esc then space, typed fast) parse as Alt+key; newsread binds no Alt keys,
		// so it is the two keys, split again by `update`.
		return {name: '', text: `\u001B${input}`};
	}

	if ([...input].length > 1) {
		// Several keys in one read (a paste, or keys sent faster than they are read, e.g. `/word` then Enter):
		// no name; `update` splits the text, turning CR, Tab, DEL and Ctrl-letters back into keys.
		return {name: '', text: input};
	}

	if (isControl(input)) {
		// E.g. LF, which Ink does not report as Return.
		return {name: controlKeyName(input), text: ''};
	}

	return input === ' ' ? {name: 'space', text: input} : {name: input, text: input};
}

/** The key a control character in a burst of input stands for, or '' when it means nothing here. */
export function controlKeyName(character: string): string {
	const code = character.codePointAt(0) ?? 0;
	switch (code) {
		case 0x0D:
		case 0x0A: {
			return 'enter';
		}

		case 0x09: {
			return 'tab';
		}

		case 0x08:
		case 0x7F: {
			return 'backspace';
		}

		case 0x1B: {
			return 'escape';
		}

		default: {
			return code >= 0x01 && code <= 0x1A ? `ctrl+${String.fromCodePoint(code + 0x60)}` : '';
		}
	}
}

/** True for C0 and C1 control characters and DEL. */
export function isControl(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}
