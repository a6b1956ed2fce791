import {wrappedParagraphs} from '../text/hard-wrap.js';
import {assembleArticle} from './assemble.js';
import type {Article, Block, TextEncoding} from './types.js';

/** How `parseText` should label the article it builds. */
export type ParseTextOptions = {
	/** False when `text` is not the input file as-is (another encoding, normalised). Default true. */
	readonly verbatim?: boolean;
	readonly encoding?: TextEncoding;
	readonly notes?: readonly string[];
};

/**
 * Parses a plain-text article without changing `text`: every non-blank line is a block (blank or single
 * newlines separate paragraphs; CRLF, CR, U+2028/2029, VT, FF and NEL all end a line; text wrapped by hand at a
 * fixed width has a block per paragraph of lines), with surrounding
 * white space, NBSP and zero-width spaces left outside the block. Headline, byline, dateline and credits
 * are recognised by `assembleArticle`. Offsets are UTF-16 indices into `text`. Linear time.
 */
export function parseText(text: string, source: string, options: ParseTextOptions = {}): Article {
	return assembleArticle({
		source,
		format: 'text',
		text,
		verbatim: options.verbatim ?? true,
		encoding: options.encoding ?? 'utf-8',
		blocks: splitLines(text),
		headline: 'detect',
		notes: options.notes,
	});
}

/**
 * The normalised form of plain text that is not used verbatim (decoded from UTF-16 or Windows-1252):
 * one paragraph per non-blank line (or per paragraph of lines wrapped by hand, its breaks made single spaces),
 * trimmed, separated by a blank line, in Unicode NFC.
 */
export function normalizePlainText(text: string): string {
	const paragraphs = (wrappedParagraphs(text) ?? lineBlocks(text, 0, text.length))
		.map(({start, end}) => text.slice(start, end).replaceAll(/[ \t\r]*\n[ \t]*/g, ' '));
	return paragraphs.join('\n\n').normalize('NFC');
}

const linePattern = /[^\n\r\u2028\u2029\v\f\u0085]+/g;

/**
 * One `paragraph` block per non-blank line, trimmed of white space (UTF-16 offsets into `text`); in text wrapped by
 * hand, one per paragraph of lines (the lines' breaks are shown as spaces).
 */
function splitLines(text: string): Block[] {
	const wrapped = wrappedParagraphs(text);
	if (wrapped) {
		// (Only where each break is a lone line feed, which shows as one space: a paragraph whose lines are padded or
		// end in CR keeps a block per line.)
		return wrapped.flatMap(({start, end}) => /[ \t\r]\n|\n[ \t]/.test(text.slice(start, end))
			? lineBlocks(text, start, end) : [{kind: 'paragraph' as const, start, end}]);
	}

	return lineBlocks(text, 0, text.length);
}

/** One `paragraph` block per non-blank line of `text` in `[from, to)`, trimmed of white space. */
function lineBlocks(text: string, from: number, to: number): Block[] {
	const blocks: Block[] = [];
	linePattern.lastIndex = from;
	for (let match = linePattern.exec(text); match && match.index < to; match = linePattern.exec(text)) {
		let start = match.index;
		let end = Math.min(to, start + match[0].length);
		while (start < end && isSpace(text.charCodeAt(start))) {
			start++;
		}

		while (end > start && isSpace(text.charCodeAt(end - 1))) {
			end--;
		}

		if (end > start) {
			blocks.push({kind: 'paragraph', start, end});
		}
	}

	return blocks;
}

/** White space that may pad a line: ASCII space and tab, NBSP, the U+2000 spaces, zero-width ones, BOM. */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xA0 || code === 0x30_00 || code === 0xFE_FF
		|| (code >= 0x20_00 && code <= 0x20_0B) || code === 0x20_2F || code === 0x20_5F || code === 0x18_0E;
}
