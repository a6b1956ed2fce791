import fs from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {xdgState} from 'xdg-basedir';

/*
Remembered reading positions, one per article, in `$XDG_STATE_HOME/newsread/positions.json`.
Losing a reading position is an annoyance, never a reason to stop reading: every failure (corrupt JSON, a
read-only or missing state directory) turns into a one-line note for the footer, and nothing here throws.

File format (version 1): {"version": 1, "positions": {"<key>": {"offset": 1234, "savedAt": 1732540000000}}}.
Every save re-reads the file, so two newsread processes only lose each other's positions when they save at
the same millisecond; the write itself is atomic (write-file-atomic: temp file + rename).
*/

/** At most this many articles are remembered; the least recently saved are dropped first. */
export const maxPositions = 500;

type Entry = {offset: number; savedAt: number};

/** Result of `loadPositions`. */
export type LoadedPositions = {
	/** Article key (absolute path or URL) → UTF-16 offset into the article's text of the first character on screen. */
	readonly positions: ReadonlyMap<string, number>;
	/** A one-line note for the user when the file could not be used, else null. */
	readonly note: string | null;
};

/**
Absolute path of the positions file. Read at call time (not import time) so that `XDG_STATE_HOME` set later,
as tests do, is honoured; falls back to xdg-basedir's `xdgState` (`~/.local/state`). Undefined without a home.
*/
export function positionsFile(): string | undefined {
	const base = process.env['XDG_STATE_HOME'] || xdgState;
	return base ? path.join(base, 'newsread', 'positions.json') : undefined;
}

/** Load every remembered position. Never throws; a missing file is simply empty, a broken one gives a note. */
export async function loadPositions(): Promise<LoadedPositions> {
	const {entries, problem} = await readEntries();
	const positions = new Map<string, number>();
	for (const [key, entry] of entries) {
		positions.set(key, entry.offset);
	}

	return {positions, note: problem ? `reading positions not loaded: ${problem}` : null};
}

let queue: Promise<unknown> = Promise.resolve();

/**
Remember `offset` (UTF-16 offset into the article text, a non-negative integer) for the article `key`.
Saves from one process run one after another. Resolves to null on success or to a one-line note
(`reading positions not saved: …`) on failure; never throws or rejects.
*/
export async function savePosition(key: string, offset: number): Promise<string | null> {
	const result = queue.then(async () => save(key, offset));
	queue = result;
	return result;
}

async function save(key: string, offset: number): Promise<string | null> {
	try {
		if (!Number.isSafeInteger(offset) || offset < 0) {
			throw new Error(`invalid offset ${String(offset)}`);
		}

		const file = positionsFile();
		if (!file) {
			throw new Error('no state directory (set XDG_STATE_HOME or HOME)');
		}

		// A corrupt file is replaced: its positions are lost either way, and a fresh file stops the note repeating.
		const {entries} = await readEntries();
		entries.delete(key);
		entries.set(key, {offset, savedAt: Date.now()});
		const kept = [...entries].sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, maxPositions);
		const data = {version: 1, positions: Object.fromEntries(kept)};
		await fs.mkdir(path.dirname(file), {recursive: true});
		// Loaded when first needed: it brings worker_threads and signal-exit, which the start-up path does not need.
		const {default: writeFileAtomic} = await import('write-file-atomic');
		await writeFileAtomic(file, `${JSON.stringify(data)}\n`);
		return null;
	} catch (error) {
		return `reading positions not saved: ${describe(error)}`;
	}
}

async function readEntries(): Promise<{entries: Map<string, Entry>; problem: string | undefined}> {
	const entries = new Map<string, Entry>();
	const file = positionsFile();
	if (!file) {
		return {entries, problem: undefined};
	}

	let text: string;
	try {
		text = await fs.readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {entries, problem: code === 'ENOENT' ? undefined : describe(error)};
	}

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {entries, problem: `${file} is not valid JSON (ignored)`};
	}

	const positions = (data as {positions?: unknown} | null)?.positions;
	if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) {
		return {entries, problem: `${file} has an unknown format (ignored)`};
	}

	// Entries that do not look right are skipped one by one rather than discarding the whole file.
	for (const [key, value] of Object.entries(positions as Record<string, unknown>)) {
		const {offset, savedAt} = (value ?? {}) as Partial<Entry>;
		if (Number.isSafeInteger(offset) && offset! >= 0) {
			entries.set(key, {offset: offset!, savedAt: Number.isFinite(savedAt) ? savedAt! : 0});
		}
	}

	return {entries, problem: undefined};
}

function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// eslint-disable-next-line no-control-regex
	return message.replaceAll(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ').trim();
}
