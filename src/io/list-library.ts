import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {loadArticle} from './load-article.js';

/** One article of a library folder, with what the list shows about it. */
export type LibraryEntry = {
	/** Path to open it with. */
	readonly path: string;
	/** File name as shown. */
	readonly name: string;
	readonly title: string;
	readonly site: string | null;
	readonly published: string | null;
	readonly words: number;
	/** At 230 words a minute, at least 1. */
	readonly readingMinutes: number;
	/** One-line reason when the file could not be read; the other fields are then placeholders. */
	readonly error: string | null;
};

/** Lists the articles (`.txt`, `.md`, `.html`, `.htm`) of `dir`, sorted by file name. (Placeholder.) */
export async function listLibrary(dir: string): Promise<LibraryEntry[]> {
	const names = (await readdir(dir)).filter(name => /\.(txt|md|html?)$/i.test(name)).sort();
	return Promise.all(names.map(async name => {
		const file = path.join(dir, name);
		try {
			const article = await loadArticle(file);
			const words = article.text.split(/\s+/).filter(Boolean).length;
			return {path: file, name, title: article.title, site: article.site, published: article.published, words, readingMinutes: Math.max(1, Math.round(words / 230)), error: null};
		} catch (error) {
			return {path: file, name, title: name, site: null, published: null, words: 0, readingMinutes: 0, error: (error as Error).message};
		}
	}));
}
