import {assembleArticle} from './assemble.js';
import {htmlToBlocks} from './html-blocks.js';
import {readPageMetadata} from './html-metadata.js';
import type {Article, TextEncoding} from './types.js';

/** Options for `parseHtml`. */
export type ParseHtmlOptions = {
	readonly encoding?: TextEncoding;
	readonly notes?: readonly string[];
};

/** Below this many characters of extracted text, Readability is taken to have found no article. */
const minArticleLength = 140;

/** Note added when Readability finds no article and the page's visible text is shown instead. */
export const noArticleNote = 'no article found in the page; showing its visible text';

/**
 * Parses an HTML page: @mozilla/readability on a linkedom DOM (both loaded on first use, off the start-up
 * path) extracts the article; scripts never run and nothing is fetched. Paragraphs, headings, block quotes
 * and list items become blocks; bold, italic, code and links become style runs. Headline, byline, site name
 * and published time come from the page's metadata. A page without an article falls back to its visible
 * text (navigation, scripts, styles, forms dropped) with a note.
 */
export async function parseHtml(input: string, source: string, options: ParseHtmlOptions = {}): Promise<Article> {
	const [{parseHTML}, readability] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
	// (A CommonJS module: bundled into a chunk of its own, its exports arrive under `default`.)
	const {Readability} = 'Readability' in readability ? readability
		: (readability as unknown as {default: typeof readability}).default;
	const html = withDocumentShape(input);
	const page = parseHTML(html).document as unknown as Document;
	const metadata = readPageMetadata(page);
	const notes = [...(options.notes ?? [])];

	let result: ReturnType<InstanceType<typeof Readability<Node>>['parse']> = null;
	try {
		result = new Readability<Node>(page, {serializer: node => node}).parse();
	} catch {
		// A malformed page can trip Readability; the visible-text fallback below still works.
	}

	let root: Node | null | undefined = result?.content;
	if (!result || !root || (result.textContent ?? '').trim().length < minArticleLength) {
		// Readability rewrites the DOM it reads, so the fallback starts from a fresh parse.
		const fresh = parseHTML(html).document as unknown as Document;
		root = fresh.body ?? fresh.documentElement;
		if ((root?.textContent ?? '').trim() !== '') {
			notes.push(noArticleNote);
		}
	}

	const title = firstNonEmpty(result?.title, metadata.title);
	const {text, blocks, headline} = htmlToBlocks(root ?? null, title);
	return assembleArticle({
		source,
		format: 'html',
		text,
		verbatim: false,
		encoding: options.encoding ?? 'utf-8',
		blocks,
		headline,
		title,
		byline: firstNonEmpty(result?.byline, metadata.byline),
		site: firstNonEmpty(result?.siteName, metadata.site),
		published: firstNonEmpty(result?.publishedTime, metadata.published),
		notes,
	});
}

/**
 * linkedom builds no implied `<html>`/`<body>` (the first element becomes the root and `body` stays empty),
 * so pages and fragments that leave them out are given them here before parsing.
 */
export function withDocumentShape(html: string): string {
	const hasHtml = /<html[\s>]/i.test(html);
	const hasBody = /<body[\s>]/i.test(html);
	if (hasHtml && hasBody) {
		return html;
	}

	if (hasBody) {
		return `<html>${html}</html>`;
	}

	const inner = html.replace(/^\s*<!doctype[^>]*>/i, '').replace(/<html[^>]*>/i, '').replace(/<\/html\s*>/i, '');
	const headEnd = inner.search(/<\/head\s*>/i);
	const head = headEnd === -1 ? '<head></head>' : inner.slice(0, inner.indexOf('>', headEnd) + 1);
	const body = headEnd === -1 ? inner : inner.slice(inner.indexOf('>', headEnd) + 1);
	return `<!DOCTYPE html><html>${head}<body>${body}</body></html>`;
}

function firstNonEmpty(...values: Array<string | null | undefined>): string | null {
	for (const value of values) {
		if (value && value.trim() !== '') {
			return value.trim();
		}
	}

	return null;
}
