import type {Article, Block} from './types.js';

/**
 * Minimal plain-text parser: one block per non-blank line. (Placeholder until the full parser with
 * headline, dateline, byline and credits detection lands.)
 */
export function parseText(text: string, source: string): Article {
	const blocks: Block[] = [];
	const linePattern = /[^\r\n]+/g;
	for (const match of text.matchAll(linePattern)) {
		if (match[0].trim() !== '') {
			blocks.push({kind: 'paragraph', start: match.index, end: match.index + match[0].length});
		}
	}

	const first = blocks[0];
	return {
		source,
		format: 'text',
		text,
		verbatim: true,
		encoding: 'utf-8',
		title: first ? text.slice(first.start, Math.min(first.end, first.start + 60)) : source,
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
