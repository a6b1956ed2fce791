/**
 * Makes untrusted text safe to write to a terminal, one UTF-16 code unit for one, so every offset into the
 * original text is also an offset into the result (highlights, search and attribution spans need no mapping).
 *
 * - C0 controls other than newline and tab, and DEL, become their visible Control Pictures (`␛`, `␇`, `␡`):
 *   an escape sequence such as CSI, OSC or DCS can no longer start, and what it tried to do stays visible.
 * - C1 controls (U+0080–U+009F, the 8-bit CSI/OSC/DCS/APC/PM/SOS/ST forms) become U+FFFD.
 * - Bidirectional embeddings, overrides and isolates become U+FFFD so text cannot reorder the screen.
 * - Lone surrogates become U+FFFD, which terminals and width tables agree on.
 */
export function sanitizeForTerminal(text: string): string {
	// Fast path: most article text has nothing to replace.
	if (!unsafePattern.test(text)) {
		return text;
	}

	return text.replace(unsafePatternGlobal, replaceUnsafe);
}

/** True when `sanitizeForTerminal` would change the text. */
export function hasUnsafeCharacters(text: string): boolean {
	return unsafePattern.test(text);
}

const unsafeSource
	= String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const unsafePattern = new RegExp(unsafeSource);
const unsafePatternGlobal = new RegExp(unsafeSource, 'g');

function replaceUnsafe(character: string): string {
	const code = character.codePointAt(0)!;
	if (code < 0x20) {
		return String.fromCodePoint(0x24_00 + code);
	}

	if (code === 0x7F) {
		return '\u2421';
	}

	return '\uFFFD';
}
