import type {Article} from '../article/types.js';
import {terminalWidth} from '../text/width.js';
import type {Line} from './types.js';

/** Below this many columns no block gets a prefix: every column goes to the text. */
const minimumWidthForPrefixes = 20;

/** The marker a list item's text starts with (the parsers put `• ` or `3. ` into the text). */
const listMarker = /^[ \t]*(?:[•◦▪‣*+-]|\d{1,9}[.)])[ \t]+/;

/** What is drawn before the first line of a block and before each of its other lines (terminal columns = length). */
export type BlockPrefixes = {
	readonly first: string;
	readonly rest: string;
};

const none: BlockPrefixes = {first: '', rest: ''};
const quote: BlockPrefixes = {first: '│ ', rest: '│ '};

/**
 * The prefixes of block `index` at layout width `width`: `│ ` before every blockquote line; for a list item,
 * nothing before its first line (its text starts with its own marker) and a hanging indent as wide as that
 * marker before the others; nothing elsewhere. Not part of `article.text`, so not part of any offset: a
 * block's first line wraps to `width - first.length` columns, its others to `width - rest.length`.
 */
export function blockPrefixes(article: Article, index: number, width: number): BlockPrefixes {
	const block = article.blocks[index];
	if (block === undefined || width < minimumWidthForPrefixes) {
		return none;
	}

	if (block.kind === 'blockquote') {
		return quote;
	}

	if (block.kind === 'list-item') {
		const marker = listMarker.exec(article.text.slice(block.start, Math.min(block.end, block.start + 24)));
		const indent = marker ? Math.min(terminalWidth(marker[0]), Math.floor(width / 4)) : 2;
		return {first: '', rest: ' '.repeat(indent)};
	}

	return none;
}

/**
 * What the reader draws before the text of `line` at layout width `width` (see `blockPrefixes`): one column
 * per character, and prefix plus `lineText` never wider than `width`.
 */
export function linePrefix(article: Article, line: Line, width: number): string {
	if (line.block < 0) {
		return '';
	}

	const prefixes = blockPrefixes(article, line.block, width);
	return line.start === article.blocks[line.block]?.start ? prefixes.first : prefixes.rest;
}
