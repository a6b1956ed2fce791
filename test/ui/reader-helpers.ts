// Helpers for the reader's component tests: wait for a frame by predicate (never a fixed sleep), strip escapes.
import chalk from 'chalk';
import {stripVTControlCharacters} from 'node:util';

// Ink colours through chalk's shared instance, whose level was fixed when ava loaded without a terminal; raise it
// so colour and attribute codes reach the frames (the NO_COLOR tests check that none are produced).
chalk.level = 3;

/** The frame without escape sequences. */
export function plain(frame: string | undefined): string {
	return stripVTControlCharacters(frame ?? '');
}

/** Polls `lastFrame` until `predicate` holds on its plain text (or the raw frame with `raw`), else throws. */
export async function waitForFrame(
	lastFrame: () => string | undefined,
	predicate: (frame: string) => boolean,
	{timeoutMs = 5000, raw = false}: {timeoutMs?: number; raw?: boolean} = {},
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = raw ? lastFrame() ?? '' : plain(lastFrame());
		if (predicate(frame)) {
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`timed out waiting for a frame; last frame:\n${frame}`);
		}

		// eslint-disable-next-line no-await-in-loop -- polling, not a fixed delay: returns as soon as the frame matches
		await new Promise(resolve => {
			setTimeout(resolve, 5);
		});
	}
}

/** Key sequences as a terminal sends them. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	pageDown: '\u001B[6~',
	down: '\u001B[B',
	backspace: '\u007F',
} as const;
