import {isPageChromeLine} from '../text/page-chrome.js';
import {sanitizeForTerminal, sanitizeInline} from '../text/sanitize.js';
import {matchByline, matchCredits, matchDateline, looksLikeHeadline, titleFromLede} from './metadata.js';
import type {Article, ArticleFormat, Block, Credits, Dateline, TextEncoding, TextRange} from './types.js';

/** What a format parser knows before the shared metadata pass. */
export type ArticleDraft = {
	readonly source: string;
	readonly format: ArticleFormat;
	readonly text: string;
	readonly verbatim: boolean;
	readonly encoding: TextEncoding;
	/** Body blocks in reading order (offsets: UTF-16 indices into `text`). */
	readonly blocks: readonly Block[];
	/**
	 * Index of the block that is the headline (already of kind `heading`), `'detect'` to test whether the
	 * first line looks like one (plain text), or null for none.
	 */
	readonly headline: number | 'detect' | null;
	/** Page metadata, used when the text itself has none. */
	readonly title?: string | null;
	readonly byline?: string | null;
	readonly site?: string | null;
	readonly published?: string | null;
	readonly notes?: readonly string[];
};

/**
 * Finishes an article for any format: marks the headline and credits blocks, finds dateline, byline and
 * credits, derives a title from the lede when there is no headline, and makes every metadata string safe
 * for the terminal (they are not offset-indexed, so sanitising them changes nothing else). The text of a
 * non-verbatim article is passed through `sanitizeForTerminal` (one code unit for one).
 */
export function assembleArticle(draft: ArticleDraft): Article {
	// Normalised (non-verbatim) text is ours to shape: control characters there are never content, so they are
	// made visible once here (same length, so block offsets hold) and cannot leak through --json's `text`.
	const text = draft.verbatim ? draft.text : sanitizeForTerminal(draft.text);
	const slice = (range: TextRange) => text.slice(range.start, range.end);
	// The page's own lines (`Advertisement`) are not shown; their text stays where it is.
	const blocks = draft.blocks.filter(block => block.kind !== 'paragraph' || !isPageChromeLine(slice(block)));

	let headlineIndex = typeof draft.headline === 'number' ? blocks.indexOf(draft.blocks[draft.headline]!) : -1;
	if (draft.headline === 'detect' && blocks.length > 1 && looksLikeHeadline(slice(blocks[0]!))) {
		headlineIndex = 0;
		blocks[0] = {...blocks[0]!, kind: 'heading'};
	}

	let byline = cleanByline(draft.byline);
	let bodyIndex = headlineIndex + 1;
	for (let index = bodyIndex; index < Math.min(blocks.length, headlineIndex + 4); index++) {
		const found = matchByline(slice(blocks[index]!));
		if (found) {
			byline ??= found;
			bodyIndex = index + 1;
			break;
		}
	}

	let dateline: Dateline | null = null;
	let datelineDate: string | null = null;
	const lede = blocks.slice(bodyIndex).find(block => block.kind === 'paragraph');
	if (lede) {
		const found = matchDateline(slice(lede));
		if (found) {
			dateline = {text: found.text, place: found.place, agency: found.agency, start: lede.start, end: lede.start + found.end};
			datelineDate = found.date;
		}
	}

	const credits = findCredits(text, blocks);
	const headline = headlineIndex >= 0 ? blocks[headlineIndex] : undefined;
	const titleRange = headline ? {start: headline.start, end: headline.end} : null;
	let title = headline ? slice(headline) : (draft.title ?? '');
	if (title.trim() === '' && lede) {
		title = titleFromLede(text.slice(dateline ? dateline.end : lede.start, lede.end).trim());
	}

	if (title.trim() === '') {
		title = draft.source === '-' ? 'Untitled' : (draft.source.split(/[\\/]/).pop() ?? draft.source);
	}

	const notes = [...(draft.notes ?? [])];
	if (text.trim() === '' || blocks.length === 0) {
		notes.push('empty article');
	}

	return {
		source: draft.source,
		format: draft.format,
		text,
		verbatim: draft.verbatim,
		encoding: draft.encoding,
		title: oneLine(title),
		titleRange,
		dateline: dateline && {...dateline, text: sanitizeInline(dateline.text), place: oneLine(dateline.place), agency: dateline.agency && oneLine(dateline.agency)},
		byline: byline && oneLine(byline),
		credits,
		site: optionalLine(draft.site) ?? (dateline?.agency ? oneLine(dateline.agency) : null),
		published: optionalLine(draft.published) ?? (datelineDate ? oneLine(datelineDate) : null),
		blocks,
		notes: notes.map(note => oneLine(note)),
	};
}

/** Looks for a credits line among the last three text blocks and marks it as kind `credits`. */
function findCredits(text: string, blocks: Block[]): Credits | null {
	let seen = 0;
	for (let index = blocks.length - 1; index >= 0 && seen < 3; index--) {
		const block = blocks[index]!;
		if (block.kind === 'links') {
			continue;
		}

		seen++;
		const found = matchCredits(text.slice(block.start, block.end));
		if (found) {
			blocks[index] = {...block, kind: 'credits'};
			return {
				text: oneLine(found.text),
				start: block.start + found.start,
				end: block.start + found.end,
				roles: found.roles.map(role => ({
					role: oneLine(role.role),
					names: role.names.map(name => oneLine(name)),
					place: role.place && oneLine(role.place),
				})),
			};
		}
	}

	return null;
}

function cleanByline(value: string | null | undefined): string | null {
	const trimmed = value?.replaceAll(/\s+/g, ' ').trim();
	if (!trimmed) {
		return null;
	}

	return trimmed.replace(/^by\s+/i, '');
}

/** Collapses white space (so a value from HTML stays on one line) and makes it terminal-safe. */
function oneLine(value: string): string {
	return sanitizeInline(value.replaceAll(/[\s\u2028\u2029]+/g, ' ').trim());
}

function optionalLine(value: string | null | undefined): string | null {
	const line = value ? oneLine(value) : '';
	return line === '' ? null : line;
}
