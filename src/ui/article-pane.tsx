import {Box, Text} from 'ink';
import type {PaneRange} from '../app/visible.js';
import type {Article} from '../article/types.js';
import {type Line, linePrefix, splitLine} from '../layout/layout.js';
import {paneStyle} from './pane-style.js';
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
 * One page of the article. Lines come pre-wrapped; each is a single truncating `<Text>` so Ink never wraps
 * it again, cut into segments where styles change (search matches, emphasis, statement highlights).
 */
export function ArticlePane({article, lines, ranges, width, height}: ArticlePaneProps) {
	const mode = useColorMode();
	return (
		<Box flexDirection="column" width={width} height={height} overflowY="hidden">
			{lines.map((line, index) => {
				const kind = article.blocks[line.block]?.kind;
				const segments = splitLine(article, line, ranges);
				const prefix = linePrefix(article, line, width);
				return (
					// eslint-disable-next-line react/no-array-index-key -- rows of a page: the row index is the identity
					<Text key={index} wrap="truncate">
						{prefix === '' ? null : <Text dimColor>{prefix}</Text>}
						{segments.length === 0
							? ' '
							: segments.map((segment, part) => (
								// eslint-disable-next-line react/no-array-index-key
								<Text key={part} {...paneStyle(segment.styles, kind, mode)}>{segment.text}</Text>
							))}
					</Text>
				);
			})}
		</Box>
	);
}
