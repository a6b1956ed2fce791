import type {Article, BlockKind} from '../article/types.js';
import type {Line} from './types.js';

/** Below this many columns no block gets a prefix: every column goes to the text. */
const minimumWidthForPrefixes = 20;

const firstLinePrefixes: Partial<Record<BlockKind, string>> = {
	'list-item': '• ',
	blockquote: '│ ',
};

const continuationPrefixes: Partial<Record<BlockKind, string>> = {
	'list-item': '  ',
	blockquote: '│ ',
};

/**
 * Terminal columns reserved in front of the lines of a block of `kind` at layout width `width`: the text of
 * such a block wraps to `width - blockIndent(kind, width)` columns.
 */
export function blockIndent(kind: BlockKind, width: number): number {
	return width >= minimumWidthForPrefixes ? (firstLinePrefixes[kind]?.length ?? 0) : 0;
}

/**
 * What the reader draws before the text of `line` (not part of `article.text`, so not part of any offset):
 * `• ` on a list item's first line and two spaces on its others, `│ ` on every blockquote line, nothing
 * elsewhere. Its width in terminal columns is `blockIndent` of the block (every prefix character is 1 column).
 */
export function linePrefix(article: Article, line: Line, width: number): string {
	const block = line.block >= 0 ? article.blocks[line.block] : undefined;
	if (block === undefined || width < minimumWidthForPrefixes) {
		return '';
	}

	const prefixes = line.start === block.start ? firstLinePrefixes : continuationPrefixes;
	return prefixes[block.kind] ?? '';
}
