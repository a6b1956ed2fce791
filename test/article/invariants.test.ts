import test from 'ava';
import fc from 'fast-check';
import {parseHtml} from '../../src/article/parse-html.js';
import {parseMarkdown} from '../../src/article/parse-markdown.js';
import {parseText} from '../../src/article/parse-text.js';
import type {Article} from '../../src/article/types.js';
import {wrappedParagraphs} from '../../src/text/hard-wrap.js';

/** The contract every parser keeps, whatever the input. Returns a reason when broken. */
function broken(article: Article): string | undefined {
	let previous = 0;
	for (const block of article.blocks) {
		if (block.start < previous || block.end <= block.start || block.end > article.text.length) {
			return `block out of order or bounds: ${JSON.stringify(block)}`;
		}

		// (Plain text wrapped by hand keeps its paragraphs' lone line feeds inside a block; they show as spaces.)
		const inside = article.text.slice(block.start, block.end);
		const wrapped = article.format === 'text' && wrappedParagraphs(article.text) !== undefined && !/\n\s*\n|[ \t\r]\n|\n[ \t]/.test(inside);
		if (/[\n\r\u2028\u2029\u000B\u000C\u0085]/.test(wrapped ? inside.replaceAll('\n', ' ') : inside)) {
			return `newline inside a block: ${JSON.stringify(article.text.slice(block.start, block.end))}`;
		}

		let styleStart = block.start;
		for (const run of block.styles ?? []) {
			if (run.start < styleStart || run.end > block.end || run.end <= run.start) {
				return `styles not ordered by start or outside their block: ${JSON.stringify(run)} in ${JSON.stringify(block)}`;
			}

			styleStart = run.start;
		}

		previous = block.end;
	}

	for (const range of [article.titleRange, article.dateline, article.credits]) {
		if (range && (range.start < 0 || range.end > article.text.length || range.end < range.start)) {
			return `metadata range out of bounds: ${JSON.stringify(range)}`;
		}
	}

	if (/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(`${article.title}${article.byline ?? ''}${article.site ?? ''}${article.notes.join('')}`)) {
		return 'unsafe metadata';
	}

	return undefined;
}

// Article-like noise: words, quote marks, markup characters, line breaks of every kind, controls.
const pieces = fc.constantFrom(
	'word', 'a line of hand-wrapped prose that runs on past the middle of its width\n', 'WASHINGTON (Reuters) – ', 'By Ann Lee', '(Reporting by A B; Editing by C D)', '“', '”', '"', '\'', '’',
	'*', '**', '_', '`', '# ', '## ', '- ', '1. ', '> ', '[', ']', '(', ')', '<p>', '</p>', '<b>', '</b>', '<li>', '<h1>',
	'<br>', '&amp;', '&#8220;', '\n', '\n\n', '\r\n', '\r', '\u2028', '\t', '\u00A0', '\u200B', '\u001B[2J', '\u009B',
	'\u202E', ' ', '.', ',', 'é', 'e\u0301', '東京', '👍', '\uD800',
);
const articleLike = fc.array(fc.oneof(pieces, fc.string({unit: 'binary', maxLength: 8})), {maxLength: 60}).map(parts => parts.join(''));

test('plain text: invariants hold and the text is never changed', t => {
	fc.assert(fc.property(articleLike, text => {
		const article = parseText(text, 'x.txt');
		return article.text === text && broken(article) === undefined;
	}), {numRuns: 400});
	t.pass();
});

test('Markdown: invariants hold on any input', async t => {
	await fc.assert(fc.asyncProperty(articleLike, async text => {
		const reason = broken(await parseMarkdown(text, 'x.md'));
		if (reason) {
			throw new Error(reason);
		}
	}), {numRuns: 300});
	t.pass();
});

test('HTML: invariants hold on any input', async t => {
	await fc.assert(fc.asyncProperty(articleLike, async text => {
		const reason = broken(await parseHtml(`<html><body><article>${text}</article></body></html>`, 'x.html'));
		if (reason) {
			throw new Error(reason);
		}
	}), {numRuns: 150});
	t.pass();
});
