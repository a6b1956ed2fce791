import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {scanPageMetadata} from '../article/html-metadata.js';
import {parseText} from '../article/parse-text.js';
import {sanitizeInline} from '../text/sanitize.js';
import {decodeBytes, isRefusal} from './decode.js';
import {LoadError} from './errors.js';
import {maxFileBytes, readLocalFile} from './read-local.js';

/** One article of a library folder, with what the list shows about it. */
export type LibraryEntry = {
	/** Path to open it with. */
	readonly path: string;
	/** File name as shown (sanitised for the terminal). */
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

/** Words per minute used for reading time. */
export const wordsPerMinute = 230;

/**
 * Lists the articles (`.txt`, `.md`, `.markdown`, `.html`, `.htm`) of `dir`, sorted by file name. Kept fast
 * for the library screen: plain text goes through the (linear) text parser for headline, dateline and
 * outlet, while Markdown and HTML are only scanned with regular expressions (no DOM, no Markdown lexer, no
 * attribution). A file that cannot be read gives an entry with `error`; this function throws only when
 * `dir` itself cannot be listed (as a `LoadError`).
 */
export async function listLibrary(dir: string): Promise<LibraryEntry[]> {
	let names: string[];
	try {
		names = (await readdir(dir)).filter(name => /\.(txt|md|markdown|html?)$/i.test(name)).sort();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new LoadError(dir, code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : 'cannot list folder');
	}

	return Promise.all(names.map(async name => describeFile(path.join(dir, name), name)));
}

async function describeFile(file: string, name: string): Promise<LibraryEntry> {
	const shownName = sanitizeInline(name);
	try {
		const bytes = await readLocalFile(file, maxFileBytes);
		const decoded = decodeBytes(bytes);
		if (isRefusal(decoded)) {
			throw new LoadError(file, 'looks like a binary file, not an article');
		}

		const {title, site, published, body} = summarize(decoded.text, name);
		const words = countWords(body);
		return {path: file, name: shownName, title, site, published, words, readingMinutes: Math.max(1, Math.round(words / wordsPerMinute)), error: null};
	} catch (error) {
		const message = error instanceof LoadError ? error.message : `${shownName}: cannot read file`;
		return {path: file, name: shownName, title: shownName, site: null, published: null, words: 0, readingMinutes: 0, error: message};
	}
}

function summarize(text: string, name: string): {title: string; site: string | null; published: string | null; body: string} {
	if (/\.html?$/i.test(name)) {
		const metadata = scanPageMetadata(text);
		const body = visibleText(text);
		return {title: line(metadata.title) ?? line(body.slice(0, 80)) ?? sanitizeInline(name), site: line(metadata.site), published: line(metadata.published), body};
	}

	if (/\.(md|markdown)$/i.test(name)) {
		const head = text.slice(0, 65_536);
		const heading = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(head)?.[1];
		// The opening of the article without Markdown syntax is enough for the text parser to find a dateline.
		const opening = parseText(head.split('\n').slice(0, 40).map(markdownLine => markdownInline(markdownLine.replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d+\.)[ \t]+/, ''))).join('\n'), name);
		return {title: line(heading ? markdownInline(heading) : undefined) ?? sanitizeInline(name), site: opening.site, published: opening.published, body: text};
	}

	const article = parseText(text, name);
	return {title: article.title, site: article.site, published: article.published, body: text};
}

/** Visible words of a page without a DOM: scripts, styles and tags removed. Approximate, for counting. */
function visibleText(html: string): string {
	return html
		.replaceAll(/<(script|style|noscript|template|svg|nav|header|footer)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replaceAll(/<!--[\s\S]*?-->/g, ' ')
		.replaceAll(/<[^>]*>/g, ' ');
}

function markdownInline(text: string): string {
	return text.replaceAll(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll(/[*_`~]+/g, '');
}

function line(value: string | null | undefined): string | null {
	const clean = value?.replaceAll(/\s+/g, ' ').trim();
	return clean ? sanitizeInline(clean) : null;
}

/** Runs of letters or digits (with inner apostrophes and hyphens): linear and allocation-free per word. */
function countWords(text: string): number {
	let count = 0;
	for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
		count++;
	}

	return count;
}
