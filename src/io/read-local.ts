import {open} from 'node:fs/promises';
import {LoadError, formatMegabytes} from './errors.js';

/** Largest article file or standard input accepted, in bytes (50 MB). */
export const maxFileBytes = 50 * 1024 * 1024;

/**
 * Reads a whole file, refusing directories, special files and anything over `limit` bytes before reading
 * it. Every failure is a one-line `LoadError`.
 */
export async function readLocalFile(file: string, limit = maxFileBytes, onProgress?: (bytes: number, total: number | null) => void): Promise<Buffer> {
	let handle;
	try {
		handle = await open(file, 'r');
	} catch (error) {
		throw new LoadError(file, describeFsError(error));
	}

	try {
		const stats = await handle.stat();
		if (stats.isDirectory()) {
			throw new LoadError(file, 'is a directory');
		}

		if (!stats.isFile()) {
			// FIFOs and devices: read them like standard input, with the same cap.
			return await readStream(handle.createReadStream(), file, limit, onProgress);
		}

		if (stats.size > limit) {
			throw new LoadError(file, `file is ${formatMegabytes(stats.size)}; the limit is ${formatMegabytes(limit)}`);
		}

		const buffer = await handle.readFile();
		onProgress?.(buffer.length, stats.size);
		return buffer;
	} catch (error) {
		throw error instanceof LoadError ? error : new LoadError(file, describeFsError(error));
	} finally {
		await handle.close().catch(() => undefined);
	}
}

/** Reads a stream to the end, refusing more than `limit` bytes. */
export async function readStream(stream: NodeJS.ReadableStream, subject: string, limit = maxFileBytes, onProgress?: (bytes: number, total: number | null) => void): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of stream) {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			total += buffer.length;
			if (total > limit) {
				throw new LoadError(subject, `input is larger than the ${formatMegabytes(limit)} limit`);
			}

			chunks.push(buffer);
			onProgress?.(total, null);
		}
	} catch (error) {
		throw error instanceof LoadError ? error : new LoadError(subject, describeFsError(error));
	} finally {
		(stream as {destroy?: () => void}).destroy?.();
	}

	return Buffer.concat(chunks, total);
}

/** One short reason for a file-system error code. */
export function describeFsError(error: unknown): string {
	switch ((error as NodeJS.ErrnoException | undefined)?.code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'EISDIR': {
			return 'is a directory';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'ENOTDIR': {
			return 'a part of the path is not a directory';
		}

		case 'ELOOP': {
			return 'too many symbolic links';
		}

		case 'ENAMETOOLONG': {
			return 'file name too long';
		}

		case 'EMFILE':
		case 'ENFILE': {
			return 'too many open files';
		}

		default: {
			return 'cannot read file';
		}
	}
}
