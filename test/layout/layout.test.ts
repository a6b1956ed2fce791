import test from 'ava';
import {getLayout, type Line} from '../../src/layout/layout.js';
import {LazyArticleLayout} from '../../src/layout/article-layout.js';
import {makeArticle} from './make-article.js';

const sentence = 'The “committee” said — after a long 東京 debate — that it’s fine. ';
const paragraphs = Array.from({length: 40}, (_, index) => sentence.repeat(1 + (index % 7)).trim());

function allLines(width: number): Line[] {
	const layout = new LazyArticleLayout(makeArticle(paragraphs), width);
	return layout.lines(0, layout.totalLines());
}

test('lazy layout (lines asked for out of order, in small steps) equals laying out all at once', t => {
	for (const width of [1, 7, 40, 80]) {
		const eager = allLines(width);
		const lazy = new LazyArticleLayout(makeArticle(paragraphs), width);
		t.deepEqual(lazy.line(5), eager[5]);
		t.deepEqual(lazy.lines(30, 40), eager.slice(30, 40));
		lazy.continueLayout(0);
		t.deepEqual(lazy.line(eager.length - 1), eager.at(-1));
		t.is(lazy.line(eager.length), undefined);
		t.deepEqual(lazy.lines(0, eager.length + 10), eager);
	}
});

test('lays out only as far as asked', t => {
	const layout = getLayout(makeArticle(paragraphs), 60);
	t.is(layout.knownLines, 0);
	layout.lines(0, 10);
	t.true(layout.knownLines >= 10);
	t.true(layout.knownLines < 20);
	t.false(layout.isComplete);
	const estimate = layout.estimatedTotalLines();
	const total = layout.totalLines();
	t.true(layout.isComplete);
	t.is(layout.estimatedTotalLines(), total);
	t.true(estimate > total / 2 && estimate < total * 2, `estimate ${estimate} for ${total}`);
});

test('lays out a huge paragraph lazily too: the first page does not wrap the rest', t => {
	const article = makeArticle([sentence.repeat(5000)]);
	const layout = getLayout(article, 80);
	t.is(layout.lines(0, 40).length, 40);
	t.true(layout.knownLines < 50);
	t.true(layout.estimatedTotalLines() > 1000);
	t.deepEqual(layout.line(layout.lineAt(article.text.length - 1)), layout.line(layout.totalLines() - 1));
});

test('continueLayout finishes in steps and reports completion', t => {
	const layout = getLayout(makeArticle(paragraphs), 30);
	let rounds = 0;
	while (!layout.continueLayout(1)) {
		rounds++;
		t.true(rounds < 10_000);
	}

	t.true(layout.isComplete);
	t.is(layout.knownLines, allLines(30).length);
});

test('lines cover each block without gaps; blank lines sit between blocks', t => {
	const article = makeArticle(paragraphs);
	const lines = allLines(25);
	let block = 0;
	let expectedStart = article.blocks[0]!.start;
	for (const [index, line] of lines.entries()) {
		if (line.block === -1) {
			t.is(lines[index - 1]!.end, article.blocks[block]!.end);
			block++;
			expectedStart = article.blocks[block]!.start;
			t.is(line.start, expectedStart);
			t.is(line.end, expectedStart);
			continue;
		}

		t.is(line.block, block);
		t.is(line.start, expectedStart);
		t.true(line.end > line.start);
		expectedStart = line.end;
	}

	t.is(block, article.blocks.length - 1);
	t.is(lines.at(-1)!.end, article.blocks.at(-1)!.end);
});

test('lineAt finds the line holding an offset, at every width, and round-trips across a resize', t => {
	const article = makeArticle(paragraphs);
	for (const width of [9, 33, 80]) {
		const lines = allLines(width);
		const layout = getLayout(article, width);
		for (const [index, line] of lines.entries()) {
			if (line.block !== -1) {
				t.is(layout.lineAt(line.start), index);
				t.is(layout.lineAt(line.end - 1), index);
			}
		}
	}

	// Resize: the first character of the top line at 80 columns is on the line lineAt gives at 33 columns.
	const wide = getLayout(article, 80);
	const narrow = getLayout(article, 33);
	for (const top of [0, 17, 101]) {
		const offset = wide.line(top)!.start;
		const line = narrow.line(narrow.lineAt(offset))!;
		t.true(line.start <= offset && offset < line.end, `offset ${offset}`);
		const back = wide.line(wide.lineAt(offset))!;
		t.is(back.start, offset);
	}
});

test('lineAt between blocks gives the next block, past the end the last line', t => {
	const article = makeArticle(['one two', 'three four']);
	const layout = getLayout(article, 80);
	t.deepEqual(layout.lines(0, 5).map(line => line.block), [0, -1, 1]);
	t.is(layout.lineAt(7), 2); // The first newline between the blocks.
	t.is(layout.lineAt(8), 2);
	t.is(layout.lineAt(-5), 0);
	t.is(layout.lineAt(1000), 2);
	t.is(getLayout(makeArticle([]), 80).lineAt(3), 0);
});

test('layouts are cached per article for the last three widths', t => {
	const article = makeArticle(paragraphs);
	const at80 = getLayout(article, 80);
	t.is(getLayout(article, 80), at80);
	getLayout(article, 60);
	getLayout(article, 40);
	t.is(getLayout(article, 80), at80);
	getLayout(article, 41);
	getLayout(article, 42);
	getLayout(article, 43);
	t.not(getLayout(article, 80), at80);
	t.not(getLayout(makeArticle(paragraphs), 80), getLayout(article, 80));
});
