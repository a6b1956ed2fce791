/**
 * Makes untrusted text safe to write to a terminal, one UTF-16 code unit for one, so every offset into the
 * original text is also an offset into the result (highlights, search and attribution spans need no mapping).
 *
 * - C0 controls other than newline and tab, and DEL, become their visible Control Pictures (`␛`, `␇`, `␡`):
 *   ESC can no longer introduce a CSI, OSC, DCS, APC, PM or SOS sequence (nor any other 7-bit escape), so
 *   the rest of the sequence is inert printable text and what it tried to do stays visible.
 * - C1 controls (U+0080–U+009F: the 8-bit CSI/OSC/DCS/APC/PM/SOS/ST/NEL forms) become U+FFFD.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become U+FFFD so text
 *   cannot visually reorder the screen. Plain direction marks (LRM, RLM, ALM) are kept: they reorder nothing
 *   on their own and legitimate right-to-left text uses them.
 * - Interlinear annotation controls (U+FFF9–U+FFFB), which some renderers use to hide text, become U+FFFD.
 * - Line and paragraph separators (U+2028, U+2029) become a space: some terminals start a new line on them,
 *   which would break the reader's line accounting.
 * - Lone surrogates become U+FFFD, which terminals and width tables agree on.
 *
 * Input and output lengths are always equal (in UTF-16 code units).
 */
export function sanitizeForTerminal(text: string): string {
	// Fast path: most article text has nothing to replace.
	if (!unsafePattern.test(text)) {
		return text;
	}

	return text.replace(unsafePatternGlobal, replaceUnsafe);
}

/**
 * `sanitizeForTerminal` for one-line strings (file names, headlines, error messages): additionally shows
 * newline, carriage return and tab as `␊`, `␍`, `␉`, so the result never moves to another line.
 * Same length as the input (UTF-16 code units).
 */
export function sanitizeInline(text: string): string {
	const safe = sanitizeForTerminal(text);
	return /[\n\t]/.test(safe) ? safe.replaceAll('\n', '\u240A').replaceAll('\t', '\u2409') : safe;
}

/** True when `sanitizeForTerminal` would change the text. */
export function hasUnsafeCharacters(text: string): boolean {
	return unsafePattern.test(text);
}

/**
 * Escapes, in serialised JSON, every character that `sanitizeForTerminal` would replace as a `\uXXXX`
 * escape. The JSON value is unchanged (string offsets stay valid), but the bytes written contain no
 * control, C1 or bidi character a terminal could act on. `JSON.stringify` escapes C0 itself, but not DEL,
 * C1 or bidi controls. Safe because such characters can only occur inside JSON strings.
 */
export function escapeJsonForTerminal(json: string): string {
	if (!unsafePattern.test(json)) {
		return json;
	}

	return json.replace(unsafePatternGlobal, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const unsafeSource = String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const unsafePattern = new RegExp(unsafeSource);
const unsafePatternGlobal = new RegExp(unsafeSource, 'g');

function replaceUnsafe(character: string): string {
	const code = character.charCodeAt(0);
	if (code < 0x20) {
		return String.fromCharCode(0x24_00 + code);
	}

	if (code === 0x7F) {
		return '\u2421';
	}

	if (code === 0x20_28 || code === 0x20_29) {
		return ' ';
	}

	return '\uFFFD';
}
