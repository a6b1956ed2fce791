import type {Token, Tokens} from 'marked';
import {assembleArticle} from './assemble.js';
import {decodeEntities} from './entities.js';
import {TextBuilder} from './text-builder.js';
import type {Article, TextEncoding} from './types.js';

/** Options for `parseMarkdown`. */
export type ParseMarkdownOptions = {
	readonly encoding?: TextEncoding;
	readonly notes?: readonly string[];
};

/**
 * Parses a Markdown article with marked's lexer (loaded on first use, so it stays off the start-up path).
 * The first heading is the headline; paragraphs, headings, list items and block-quote paragraphs become
 * blocks of the normalised text; emphasis, code and links become style runs; a link shows its text
 * followed by `[n]`, and the addresses are listed at the end as `links` blocks (`[n] address`).
 */
export async function parseMarkdown(markdown: string, source: string, options: ParseMarkdownOptions = {}): Promise<Article> {
	const {lexer} = await import('marked');
	const builder = new TextBuilder();
	const links: string[] = [];
	let headline: number | null = null;
	let blockCount = 0;

	const inline = (tokens: readonly Token[] | undefined): void => {
		for (const token of tokens ?? []) {
			switch (token.type) {
				case 'strong':
				case 'em':
				case 'del': {
					builder.openStyle(token.type === 'strong' ? 'bold' : 'italic');
					inline((token as Tokens.Strong).tokens);
					builder.closeStyle();
					break;
				}

				case 'codespan': {
					builder.openStyle('code');
					builder.addText(decodeEntities((token as Tokens.Codespan).text), true);
					builder.closeStyle();
					break;
				}

				case 'link': {
					const link = token as Tokens.Link;
					builder.openStyle('link');
					inline(link.tokens);
					builder.closeStyle();
					links.push(link.href);
					builder.addText(`[${links.length}]`, true);
					break;
				}

				case 'image': {
					builder.addText(`[image: ${(token as Tokens.Image).text}]`);
					break;
				}

				case 'br': {
					builder.addText(' ');
					break;
				}

				case 'html': {
					break;
				}

				default: {
					const text = token as Tokens.Text;
					if (text.tokens && text.tokens.length > 0) {
						inline(text.tokens);
					} else if ('text' in text && typeof text.text === 'string') {
						builder.addText(token.type === 'escape' ? text.text : decodeEntities(text.text));
					}
				}
			}
		}
	};

	const block = (tokens: readonly Token[], kind: 'paragraph' | 'blockquote' | 'list-item', prefix = ''): void => {
		let first = true;
		for (const token of tokens) {
			switch (token.type) {
				case 'heading': {
					builder.startBlock('heading');
					inline((token as Tokens.Heading).tokens);
					if (headline === null && builder.hasText) {
						headline = blockCount;
					}

					break;
				}

				case 'paragraph':
				case 'text': {
					builder.startBlock(kind);
					if (first && prefix !== '') {
						builder.addText(prefix, true);
					}

					const text = token as Tokens.Paragraph;
					if (text.tokens) {
						inline(text.tokens);
					} else {
						builder.addText(decodeEntities(text.text));
					}

					break;
				}

				case 'blockquote': {
					block((token as Tokens.Blockquote).tokens, 'blockquote');
					break;
				}

				case 'list': {
					const list = token as Tokens.List;
					const start = typeof list.start === 'number' ? list.start : 1;
					for (const [index, item] of list.items.entries()) {
						block(item.tokens, 'list-item', list.ordered ? `${start + index}. ` : '• ');
					}

					break;
				}

				case 'code': {
					for (const [index, line] of (token as Tokens.Code).text.split(/\r?\n/).entries()) {
						builder.startBlock('paragraph', index > 0);
						builder.openStyle('code');
						builder.addText(line.replaceAll('\t', '    '), true);
						builder.closeStyle();
						countBlock();
					}

					continue;
				}

				case 'table': {
					const table = token as Tokens.Table;
					for (const row of [table.header, ...table.rows]) {
						builder.startBlock('paragraph', row !== table.header);
						for (const [index, cell] of row.entries()) {
							if (index > 0) {
								builder.addText(' | ', true);
							}

							inline(cell.tokens);
						}

						countBlock();
					}

					continue;
				}

				default: {
					// `space`, `hr`, raw `html` blocks and anything unknown add no text.
					continue;
				}
			}

			first = false;
			countBlock();
		}
	};

	// Blocks without text are dropped by the builder, so count only blocks that made it.
	const countBlock = (): void => {
		if (builder.hasText) {
			blockCount++;
		}
	};

	block(lexer(markdown), 'paragraph');
	builder.endBlock();
	for (const [index, href] of links.entries()) {
		builder.startBlock('links', index > 0);
		builder.addText(`[${index + 1}] ${href}`, true);
	}

	const {text, blocks} = builder.finish();
	return assembleArticle({
		source,
		format: 'markdown',
		text,
		verbatim: false,
		encoding: options.encoding ?? 'utf-8',
		blocks,
		headline,
		notes: options.notes,
	});
}
