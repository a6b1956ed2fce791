import type {ArticleFormat} from './types.js';

/**
 * Picks the parser for an input. An HTML MIME type (from HTTP) wins; then the file extension when it is
 * known (`.txt` is always plain text, so its JSON offsets index the file); then a Markdown MIME type; then
 * the content:
 * a doctype or `<html>`/`<head>`/`<body>` near the start means HTML, an opening ATX heading (`# Title`)
 * or a setext heading plus emphasis, a link or a list means Markdown, anything else is plain text.
 */
export function sniffFormat(text: string, name?: string, mimeType?: string): ArticleFormat {
	if (mimeType === 'text/html' || mimeType === 'application/xhtml+xml') {
		return 'html';
	}

	const extension = /\.([a-z\d]+)$/i.exec(name?.replace(/[?#].*$/, '') ?? '')?.[1]?.toLowerCase();
	if (extension === 'txt' || extension === 'text') {
		return 'text';
	}

	if (extension === 'md' || extension === 'markdown' || extension === 'mdown' || extension === 'mkd') {
		return 'markdown';
	}

	if (extension === 'html' || extension === 'htm' || extension === 'xhtml') {
		return 'html';
	}

	if (mimeType === 'text/markdown' || mimeType === 'text/x-markdown') {
		return 'markdown';
	}

	const head = text.slice(0, 4096).trimStart();
	if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head) || /<(?:html|body)[\s>][\s\S]*<\/?(?:p|div|article|h1)[\s>]/i.test(head)) {
		return 'html';
	}

	if (/^#{1,6}[ \t]+\S/.test(head)) {
		return 'markdown';
	}

	if (/^[^\n]+\n(?:=+|-+)[ \t]*\n/.test(head) && /\*\*?\S|\]\(|(^|\n)[-*+][ \t]/.test(head)) {
		return 'markdown';
	}

	return 'text';
}
