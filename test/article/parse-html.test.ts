import {readFileSync} from 'node:fs';
import test from 'ava';
import {noArticleNote, parseHtml} from '../../src/article/parse-html.js';
import type {Article} from '../../src/article/types.js';

const sample = readFileSync(new URL('../../articles/orchard-lab-fire.html', import.meta.url), 'utf8');
const noArticle = readFileSync(new URL('../fixtures/inputs/no-article.html', import.meta.url), 'utf8');

const texts = (article: Article, kind: string) => article.blocks.filter(block => block.kind === kind).map(block => article.text.slice(block.start, block.end));

test('sample page: metadata from the page', async t => {
	const article = await parseHtml(sample, 'orchard.html');
	t.is(article.format, 'html');
	t.false(article.verbatim);
	t.is(article.title, 'Fire at Orchard Hill research lab destroys decade of seed samples');
	t.is(article.byline, 'Noor Haddad');
	t.is(article.site, 'The Valley Courier');
	t.is(article.published, '2026-04-17T09:30:00+01:00');
	t.is(article.dateline?.place, 'ORCHARD HILL');
	t.deepEqual(article.notes, []);
});

test('sample page: navigation, scripts, styles, asides and footer are dropped', async t => {
	const article = await parseHtml(sample, 'orchard.html');
	for (const absent of ['Subscribe', 'must never run', 'font-family', 'Advertisement', 'All rights reserved', 'beacon', 'Seed bank funding cut']) {
		t.false(article.text.includes(absent), absent);
	}
});

test('sample page: headline block, paragraphs, block quote, list items, emphasis', async t => {
	const article = await parseHtml(sample, 'orchard.html');
	t.is(article.blocks[0]!.kind, 'heading');
	t.deepEqual(article.titleRange, {start: 0, end: article.title.length});
	t.is(texts(article, 'blockquote').length, 1);
	t.true(texts(article, 'blockquote')[0]!.startsWith('The loss of these samples'));
	t.is(texts(article, 'list-item').length, 3);
	t.true(texts(article, 'paragraph').some(text => text.includes('“We will find out what can be saved')));
	const bold = article.blocks.flatMap(block => block.styles ?? []).filter(run => run.style === 'bold').map(run => article.text.slice(run.start, run.end));
	t.deepEqual(bold, ['gutted']);
	for (const block of article.blocks) {
		t.false(article.text.slice(block.start, block.end).includes('\n'));
	}
});

test('a page without an article falls back to visible text with a note', async t => {
	const article = await parseHtml(noArticle, 'login.html');
	t.true(article.notes.includes(noArticleNote));
	t.true(article.text.includes('Please sign in to continue.'));
	t.false(article.text.includes('never'));
	t.false(article.text.includes('Footer text'));
	t.is(article.title, 'Login');
});

test('hostile markup: entities and control characters reach text but never metadata raw', async t => {
	const html = '<html><head><title>Bad \u001B]0;x\u0007 title</title><meta name="author" content="Eve &#x1b;[2J"></head><body><article><p>Body &amp; soul &#x202E; reversed.</p></article></body></html>';
	const article = await parseHtml(html, 'bad.html');
	t.false(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/.test(article.title));
	t.false(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/.test(article.byline ?? ''));
	t.true(article.text.includes('Body & soul'));
	// Normalised text is sanitised once at load time: the override is a visible placeholder now.
	t.true(article.text.includes('soul \uFFFD reversed'));
	t.true(article.text.includes('Bad ␛]0;x␇ title'));
});

test('without title metadata an opening heading is the headline; without either the lede gives the title', async t => {
	const withHeading = await parseHtml('<body><h2>Quay reopens</h2><p>DOCKSIDE — The quay reopened on Monday after a year of works, the harbour board said.</p></body>', 'q.html');
	t.is(withHeading.title, 'Quay reopens');
	t.deepEqual(withHeading.titleRange, {start: 0, end: 12});
	const bare = await parseHtml('<body><p>The quay reopened on Monday after a year of works. Boats returned.</p></body>', 'b.html');
	t.is(bare.title, 'The quay reopened on Monday after a year of works');
	t.is(bare.titleRange, null);
});

test('pages without <html>/<body> tags still parse (linkedom does not imply them)', async t => {
	const article = await parseHtml('<!doctype html><title>Short page</title><p>DOCKSIDE — The quay reopened on Monday, the harbour board said.</p>', 's.html');
	t.is(article.title, 'Short page');
	t.true(article.text.includes('The quay reopened on Monday'));
	t.is(article.dateline?.place, 'DOCKSIDE');
	const headed = await parseHtml('<html><head><title>Head only</title></head><p>Words of the body.</p></html>', 'h.html');
	t.is(headed.title, 'Head only');
	t.true(headed.text.includes('Words of the body.'));
});
