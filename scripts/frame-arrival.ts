// When a frame has arrived, for the benchmarks that drive the built reader in a pseudo-terminal.

// eslint-disable-next-line no-control-regex
const ansiPattern = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]|\u001B[()][0-9A-Za-z]/g;
export const stripAnsi = (text: string): string => text.replaceAll(ansiPattern, '');

/** Ink brackets each frame in synchronized-update marks; a terminal shows the frame when the closing mark comes. */
const frameOpen = '\u001B[?2026h';
const frameClose = '\u001B[?2026l';

/**
 * Whether `output` (everything a program wrote since some moment) shows `pattern` in a whole frame: `arrived` once
 * a frame that shows it has closed; `unframed` when it shows it without any synchronized-update mark (`less`),
 * where the caller takes the end of the burst instead; else `not-yet`. Ink draws each frame in one write, but
 * the terminal reads it in pieces, at times milliseconds apart on a busy machine; a second frame (the sidebar's
 * selection following the page) comes at least 8 ms later and is not part of the first.
 */
export function frameShows(output: string, pattern: RegExp): 'arrived' | 'unframed' | 'not-yet' {
	const frames = output.split(frameClose);
	for (let index = 0; index < frames.length - 1; index++) {
		if (pattern.test(stripAnsi(frames[index]!))) {
			return 'arrived';
		}
	}

	return !output.includes(frameOpen) && pattern.test(stripAnsi(output)) ? 'unframed' : 'not-yet';
}
