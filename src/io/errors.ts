import {sanitizeInline} from '../text/sanitize.js';

/** A failure the user can act on; `message` is one line, already safe to print (input quoted sanitised). */
export class LoadError extends Error {
	override readonly name = 'LoadError';

	/**
	 * @param subject What failed (a path, URL or `standard input`); sanitised and shortened here.
	 * @param reason Why, in a few words; must not contain untrusted text unless sanitised.
	 */
	constructor(subject: string, reason: string) {
		super(`${displayName(subject)}: ${sanitizeInline(reason)}`);
	}
}

/** A file name or URL made safe and short enough for a one-line message (at most 200 UTF-16 units). */
export function displayName(subject: string): string {
	const safe = sanitizeInline(subject);
	return safe.length > 200 ? `${safe.slice(0, 199)}…` : safe;
}

/** Megabytes with one decimal where it matters: `50 MB`, `60.2 MB`. */
export function formatMegabytes(bytes: number): string {
	const megabytes = bytes / (1024 * 1024);
	return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
