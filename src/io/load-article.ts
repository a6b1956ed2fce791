import {readFile} from 'node:fs/promises';
import {parseText} from '../article/parse-text.js';
import type {Article} from '../article/types.js';

/** A failure the user can act on; `message` is one line, safe to print. */
export class LoadError extends Error {
	override readonly name = 'LoadError';
}

/** Reads and normalises one article. (Placeholder: UTF-8 text files only.) */
export async function loadArticle(source: string): Promise<Article> {
	let buffer: Buffer;
	try {
		buffer = await readFile(source);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new LoadError(`${source}: ${code === 'ENOENT' ? 'no such file' : 'cannot read file'}`);
	}

	const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
	return parseText(text, source);
}
