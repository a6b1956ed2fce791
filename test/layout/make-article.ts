import type {Article, Block, BlockKind} from '../../src/article/types.js';

/** A test article whose blocks are `paragraphs` joined by blank lines (kinds default to paragraph). */
export function makeArticle(paragraphs: readonly string[], kinds: readonly BlockKind[] = []): Article {
	const blocks: Block[] = [];
	let text = '';
	for (const [index, paragraph] of paragraphs.entries()) {
		if (index > 0) {
			text += '\n\n';
		}

		blocks.push({kind: kinds[index] ?? 'paragraph', start: text.length, end: text.length + paragraph.length});
		text += paragraph;
	}

	return {
		source: 'test',
		format: 'text',
		text,
		verbatim: true,
		encoding: 'utf-8',
		title: 'Test',
		titleRange: null,
		dateline: null,
		byline: null,
		credits: null,
		site: null,
		published: null,
		blocks,
		notes: [],
	};
}
