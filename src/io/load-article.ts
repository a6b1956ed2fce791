import {normalizePlainText, parseText} from '../article/parse-text.js';
import {sniffFormat} from '../article/sniff.js';
import type {Article, ArticleFormat} from '../article/types.js';
import {decodeBytes, isRefusal} from './decode.js';
import {LoadError} from './errors.js';
import {type FetchOptions, fetchUrl} from './fetch-url.js';
import {maxFileBytes, readLocalFile, readStream} from './read-local.js';

export {LoadError} from './errors.js';

/** Options for `loadArticle`. */
export type LoadOptions = FetchOptions & {
	/** Where `-` reads from (default `process.stdin`). */
	readonly stdin?: NodeJS.ReadableStream & {isTTY?: boolean};
	/** Force a parser instead of sniffing by extension, MIME type and content. */
	readonly format?: ArticleFormat;
};

/** Note added when bytes were not valid UTF-8 and were read as Windows-1252. */
export const windows1252Note = 'not valid UTF-8; decoded as Windows-1252';

/**
 * Reads and normalises one article from a file path, an `http(s)://` URL, or `-` (standard input).
 * Throws `LoadError` (one line, safe to print) for every failure the user can act on: missing file,
 * directory, unreadable, binary, over 50 MB, bad URL, DNS failure, offline, HTTP error status, timeout,
 * too many redirects, too large, wrong content type. The HTML and Markdown parsers are loaded on demand.
 */
export async function loadArticle(source: string, options: LoadOptions = {}): Promise<Article> {
	if (source === '-') {
		const stdin = options.stdin ?? process.stdin;
		if (stdin.isTTY) {
			throw new LoadError('standard input', 'is a terminal; pipe an article in or give a file name');
		}

		const bytes = await readStream(stdin, 'standard input', maxFileBytes, options.onProgress);
		return articleFromBytes(bytes, {source, subject: 'standard input', format: options.format});
	}

	if (/^https?:\/\//i.test(source)) {
		const fetched = await fetchUrl(source, options);
		const pathname = new URL(fetched.url).pathname;
		// The server's type decides between HTML and text; a `.md` address served as text/plain is Markdown.
		const format = options.format ?? (fetched.mimeType === 'text/plain' ? (/\.(md|markdown)$/i.test(pathname) ? 'markdown' : 'text') : undefined);
		return articleFromBytes(fetched.body, {
			source,
			subject: source,
			name: format ? undefined : pathname,
			mimeType: fetched.mimeType,
			charset: fetched.charset,
			format,
		});
	}

	const bytes = await readLocalFile(source, maxFileBytes, options.onProgress);
	return articleFromBytes(bytes, {source, subject: source, name: source, format: options.format});
}

/** Where bytes came from and what is known about their type. */
export type ByteSource = {
	readonly source: string;
	/** How to name the input in an error message. */
	readonly subject: string;
	/** A file name or URL path whose extension hints at the format. */
	readonly name?: string;
	readonly mimeType?: string;
	readonly charset?: string;
	readonly format?: ArticleFormat;
};

/**
 * Decodes and parses article bytes. Plain UTF-8 text is kept verbatim (BOM removed, nothing else); text in
 * another encoding is normalised (`verbatim: false`). Binary data is refused with a `LoadError`.
 */
export async function articleFromBytes(bytes: Uint8Array, from: ByteSource): Promise<Article> {
	const decoded = decodeBytes(bytes, from.charset);
	if (isRefusal(decoded)) {
		throw new LoadError(from.subject, 'looks like a binary file, not an article');
	}

	const notes: string[] = [];
	if (decoded.encoding === 'windows-1252' && !from.charset) {
		notes.push(windows1252Note);
	}

	const format = from.format ?? sniffFormat(decoded.text, from.name, from.mimeType);
	const options = {encoding: decoded.encoding, notes};
	try {
		if (format === 'html') {
			const {parseHtml} = await import('../article/parse-html.js');
			return await parseHtml(decoded.text, from.source, options);
		}

		if (format === 'markdown') {
			const {parseMarkdown} = await import('../article/parse-markdown.js');
			return await parseMarkdown(decoded.text, from.source, options);
		}
	} catch (error) {
		throw error instanceof LoadError ? error : new LoadError(from.subject, `cannot parse as ${format === 'html' ? 'HTML' : 'Markdown'}`);
	}

	if (decoded.encoding === 'utf-8') {
		return parseText(decoded.text, from.source, options);
	}

	return parseText(normalizePlainText(decoded.text), from.source, {...options, verbatim: false});
}
