import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseMarkdown} from '../../src/article/parse-markdown.js';
import type {Article, BlockKind} from '../../src/article/types.js';

const fixture = readFileSync(new URL('../fixtures/inputs/markdown-article.md', import.meta.url), 'utf8');

const blockTexts = (article: Article, kind?: BlockKind) => article.blocks
	.filter(block => kind === undefined || block.kind === kind)
	.map(block => article.text.slice(block.start, block.end));

const styled = (article: Article, style: string) => article.blocks
	.flatMap(block => block.styles ?? [])
	.filter(run => run.style === style)
	.map(run => article.text.slice(run.start, run.end));

test('first heading is the headline, with its emphasis as a style', async t => {
	const article = await parseMarkdown(fixture, 'lib.md');
	t.is(article.format, 'markdown');
	t.false(article.verbatim);
	t.is(article.title, 'Library keeps late opening hours');
	t.deepEqual(article.titleRange, {start: 0, end: article.title.length});
	t.is(article.blocks[0]!.kind, 'heading');
	t.true(styled(article, 'italic').includes('late'));
});

test('byline, dateline and credits come through the shared metadata pass', async t => {
	const article = await parseMarkdown(fixture, 'lib.md');
	t.is(article.byline, 'Oskar Lind');
	t.is(article.dateline?.place, 'FENWICK');
	t.is(article.dateline?.agency, 'Town Crier');
	t.is(article.site, 'Town Crier');
	t.deepEqual(article.credits?.roles.map(role => role.names), [['Oskar Lind'], ['Joan Fry']]);
	t.is(article.text.slice(article.dateline!.start, article.dateline!.end), 'FENWICK (Town Crier) —');
});

test('structure: headings, list items, block quotes, code, links listed at the end', async t => {
	const article = await parseMarkdown(fixture, 'lib.md');
	t.deepEqual(blockTexts(article, 'heading'), ['Library keeps late opening hours', 'Details']);
	t.deepEqual(blockTexts(article, 'list-item'), ['• Weekdays until 22:00', '• Weekends unchanged', '1. First item', '2. Second item']);
	t.deepEqual(blockTexts(article, 'blockquote'), ['A library is a promise, the petition said.']);
	t.deepEqual(blockTexts(article, 'links'), ['[1] https://example.org/petition?id=7&x=1', '[2] https://example.org/minutes']);
	t.true(blockTexts(article).some(text => text.includes('a petition[1] signed by 2,000 people & a campaign')));
	t.deepEqual(styled(article, 'link'), ['petition', 'the minutes']);
	t.deepEqual(styled(article, 'bold'), ['FENWICK (Town Crier) —']);
	t.deepEqual(styled(article, 'code'), ['22:00', 'plain code line']);
	t.true(styled(article, 'italic').includes('Ivy Stone'));
	t.false(article.text.includes('**'));
	t.false(article.text.includes('](')); 
});

test('normalised text: blocks separated by blank lines, no newline inside a block, styles inside their block', async t => {
	const article = await parseMarkdown(fixture, 'lib.md');
	let previous = 0;
	for (const block of article.blocks) {
		t.true(block.start >= previous);
		t.false(article.text.slice(block.start, block.end).includes('\n'));
		for (const run of block.styles ?? []) {
			t.true(run.start >= block.start && run.end <= block.end && run.end > run.start);
		}

		previous = block.end;
	}

	t.is(article.text, article.text.normalize('NFC'));
	t.true(article.text.includes('\n\n'));
});

test('empty Markdown gives an empty article note', async t => {
	const article = await parseMarkdown('\n\n', 'e.md');
	t.deepEqual(article.notes, ['empty article']);
	t.deepEqual(article.blocks, []);
});
