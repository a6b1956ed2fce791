// Ink (and widest-line) measure every text node and output line of every frame with string-width, whose first
// call on non-ASCII text costs about 40 ms (its emoji regex and Intl.Segmenter), on the start-up path.
// `terminalWidth` returns the same widths (test/text/ink-string-width.test.ts checks it against string-width)
// from a per-character table, so the bundle gives Ink this instead (scripts/build.js): the seed article's first
// frame comes about 30 ms sooner (265 → 236 ms p50 in `npm run bench`); page turns are unchanged.
import stringWidth from 'string-width';
import {terminalWidth} from '../text/width.js';

// Only what Ink and chalk write: SGR and other CSI sequences, and OSC (hyperlinks). Text that reaches Ink has
// been sanitised: no ESC or C1 controls of its own.
// eslint-disable-next-line no-control-regex
const escapes = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export default function inkStringWidth(text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}): number {
	if (typeof text !== 'string' || text.length === 0) {
		return 0;
	}

	if (options && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes)) {
		return stringWidth(text, options);
	}

	return terminalWidth(text.includes('\u001B') ? text.replaceAll(escapes, '') : text);
}
