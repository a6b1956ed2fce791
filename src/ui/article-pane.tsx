import {Box, Text} from 'ink';
import type {PaneRange} from '../app/visible.js';
import type {Article} from '../article/types.js';
import {type Line, linePrefix, splitLine} from '../layout/layout.js';
import {paneStyle} from './pane-style.js';
import {styleText} from './style-text.js';
import {useColorMode} from './theme.js';

/** Props of `ArticlePane`. */
export type ArticlePaneProps = {
	readonly article: Article;
	/** The visible lines only (one page), already wrapped to `width`. */
	readonly lines: readonly Line[];
	/** Styled ranges touching those lines (UTF-16 offsets into `article.text`). */
	readonly ranges: readonly PaneRange[];
	/** Columns available for the text. */
	readonly width: number;
	/** Rows of the pane (one page). */
	readonly height: number;
};

/**
 * One page of the article. Lines come pre-wrapped, cut into runs where styles change (search matches, emphasis,
 * statement highlights). The page is one truncating `<Text>` of styled lines: Ink never wraps it again, and a page
 * turn reconciles, lays out and draws one text node rather than one per run (a hundred on a highlighted page).
 */
export function ArticlePane({article, lines, ranges, width, height}: ArticlePaneProps) {
	const mode = useColorMode();
	const page = lines.map(line => {
		const kind = article.blocks[line.block]?.kind;
		const prefix = linePrefix(article, line, width);
		const runs = splitLine(article, line, ranges).map(segment => styleText(segment.text, paneStyle(segment.styles, kind, mode)));
		return (prefix === '' ? '' : styleText(prefix, {dimColor: true})) + runs.join('');
	});
	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			<Text wrap="truncate">{page.join('\n')}</Text>
		</Box>
	);
}
