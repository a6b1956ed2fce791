import {TextBuilder} from './text-builder.js';
import type {Block, BlockKind, InlineStyle} from './types.js';

/** Elements whose content is never article text (or never visible). */
const skipped = new Set([
	'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
	'textarea', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'head',
	'title', 'meta', 'link', 'dialog', 'menu',
]);

/** Elements that start and end a block. */
const blockLike = new Set([
	'div', 'section', 'article', 'main', 'figure', 'figcaption', 'address', 'dl', 'dt', 'dd', 'table', 'tr',
	'tbody', 'thead', 'tfoot', 'caption', 'ul', 'ol', 'hr', 'center', 'details', 'summary', 'body', 'html',
]);

const inlineStyles: Readonly<Record<string, InlineStyle>> = {
	strong: 'bold', b: 'bold', em: 'italic', i: 'italic', cite: 'italic', code: 'code', kbd: 'code', samp: 'code',
	tt: 'code', a: 'link',
};

/**
 * Turns an article's DOM into normalised text and blocks (UTF-16 offsets into `text`). `title`, when given,
 * is the headline: the first heading becomes the headline block if it has that text, otherwise the title is
 * put in front as a heading block. Without a title, an opening heading is the headline. `headline` is that
 * block's index, or null.
 */
export function htmlToBlocks(root: Node | null, title: string | null): {text: string; blocks: Block[]; headline: number | null} {
	const builder = new TextBuilder();
	const cleanTitle = title?.replaceAll(/\s+/g, ' ').trim() ?? '';
	if (root) {
		walk(builder, root, 'paragraph');
	}

	let {text, blocks} = builder.finish();
	if (cleanTitle === '') {
		// No title in the page's metadata: an opening heading is the headline.
		return {text, blocks, headline: blocks[0]?.kind === 'heading' ? 0 : null};
	}

	const first = blocks.find(block => block.kind === 'heading');
	if (first && text.slice(first.start, first.end) === cleanTitle.normalize('NFC') && blocks.indexOf(first) <= 1) {
		return {text, blocks, headline: blocks.indexOf(first)};
	}

	const heading = cleanTitle.normalize('NFC');
	const shift = heading.length + (text === '' ? 0 : 2);
	text = text === '' ? heading : `${heading}\n\n${text}`;
	blocks = [
		{kind: 'heading', start: 0, end: heading.length},
		...blocks.map(block => ({
			...block,
			start: block.start + shift,
			end: block.end + shift,
			...(block.styles ? {styles: block.styles.map(style => ({...style, start: style.start + shift, end: style.end + shift}))} : {}),
		})),
	];
	return {text, blocks, headline: 0};
}

function walk(builder: TextBuilder, node: Node, kind: BlockKind, listIndex?: {next: number}): void {
	if (node.nodeType === 3) {
		const value = node.textContent ?? '';
		if (!builder.isOpen && value.trim() !== '') {
			builder.startBlock(kind);
		}

		builder.addText(value);
		return;
	}

	if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) {
		return;
	}

	const element = node as Element;
	const tag = (element.localName ?? element.nodeName ?? '').toLowerCase();
	if (skipped.has(tag) || element.hasAttribute?.('hidden') || element.getAttribute?.('aria-hidden') === 'true') {
		return;
	}

	const children = (): void => {
		for (const child of Array.from(node.childNodes)) {
			walk(builder, child, kind, tag === 'ol' || tag === 'ul' ? listIndex : undefined);
		}
	};

	if (/^h[1-6]$/.test(tag)) {
		builder.startBlock('heading');
		for (const child of Array.from(node.childNodes)) {
			walk(builder, child, 'heading');
		}

		builder.endBlock();
	} else if (tag === 'p') {
		builder.startBlock(kind);
		children();
		builder.endBlock();
	} else if (tag === 'blockquote') {
		builder.endBlock();
		for (const child of Array.from(node.childNodes)) {
			walk(builder, child, 'blockquote');
		}

		builder.endBlock();
	} else if (tag === 'ol' || tag === 'ul') {
		builder.endBlock();
		const counter = {next: Number.parseInt(element.getAttribute('start') ?? '1', 10) || 1};
		for (const child of Array.from(node.childNodes)) {
			walk(builder, child, kind, tag === 'ol' ? counter : {next: -1});
		}

		builder.endBlock();
	} else if (tag === 'li') {
		builder.startBlock('list-item');
		builder.addText(listIndex && listIndex.next >= 0 ? `${listIndex.next++}. ` : '• ', true);
		for (const child of Array.from(node.childNodes)) {
			walk(builder, child, 'list-item');
		}

		builder.endBlock();
	} else if (tag === 'pre') {
		builder.endBlock();
		for (const [index, line] of (element.textContent ?? '').replace(/\n$/, '').split(/\r?\n/).entries()) {
			builder.startBlock(kind, index > 0);
			builder.openStyle('code');
			builder.addText(line.replaceAll('\t', '    '), true);
			builder.closeStyle();
		}

		builder.endBlock();
	} else if (tag === 'br') {
		if (builder.hasText) {
			builder.startBlock(kind);
		}
	} else if (blockLike.has(tag)) {
		builder.endBlock();
		children();
		builder.endBlock();
	} else if (tag in inlineStyles) {
		builder.openStyle(inlineStyles[tag]!);
		children();
		builder.closeStyle();
	} else {
		children();
	}
}
