import {readFileSync} from 'node:fs';
import test from 'ava';
import {normalizePlainText, parseText} from '../../src/article/parse-text.js';
import type {Article} from '../../src/article/types.js';

const seedText = readFileSync(new URL('../../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8');

/** Invariants every article must meet: ordered, non-overlapping blocks without newlines, inside the text. */
function assertBlocks(t: import('ava').ExecutionContext, article: Article): void {
	let previous = 0;
	for (const block of article.blocks) {
		t.true(block.start >= previous && block.end > block.start && block.end <= article.text.length);
		t.false(/[\n\r\u2028\u2029]/.test(article.text.slice(block.start, block.end)));
		previous = block.end;
	}
}

test('seed article: no headline, dateline, credits with five people, verbatim text', t => {
	const article = parseText(seedText, 'articles/taiwan-us-trainers.txt');
	t.is(article.text, seedText);
	t.true(article.verbatim);
	t.is(article.titleRange, null);
	t.true(article.title.startsWith('The United States plans to expand'));
	t.true(article.title.length <= 73);
	t.is(article.dateline?.place, 'WASHINGTON');
	t.is(article.dateline?.agency, 'Reuters');
	t.is(seedText.slice(article.dateline!.start, article.dateline!.end), 'WASHINGTON (Reuters) –');
	t.is(article.site, 'Reuters');
	const people = article.credits!.roles.flatMap(role => role.names);
	t.deepEqual(people, ['Dana Whitfield', 'Marcus Oyelaran', 'Lin Mei-hua', 'Paul Tanaka', 'Grace Okafor']);
	t.is(article.credits!.roles[1]!.place, 'Taipei');
	t.is(seedText.slice(article.credits!.start, article.credits!.end), article.credits!.text);
	t.is(article.blocks.at(-1)!.kind, 'credits');
	t.is(article.blocks.filter(block => block.kind === 'heading').length, 0);
	t.is(article.blocks.length, 13);
	assertBlocks(t, article);
});

test('a headline line and a byline are recognised', t => {
	const text = 'Ferry saved by late vote\nBy Ruth Adeyemi\n\nHARLOW BAY — The council voted on Monday.\n';
	const article = parseText(text, 'x.txt');
	t.is(article.title, 'Ferry saved by late vote');
	t.deepEqual(article.titleRange, {start: 0, end: 24});
	t.is(article.blocks[0]!.kind, 'heading');
	t.is(article.byline, 'Ruth Adeyemi');
	t.is(article.dateline?.place, 'HARLOW BAY');
	t.is(article.dateline?.agency, null);
});

test('CRLF, CR, tabs, NBSP and zero-width spaces: text untouched, blocks trimmed', t => {
	const text = '\uFEFF\t First line here.\r\nSecond\u00A0line.\u200B\rThird line.\u2028Fourth.\r\n\r\n \u00A0\u200B \r\n';
	const article = parseText(text, 'x.txt');
	t.is(article.text, text);
	const blocks = article.blocks.map(block => text.slice(block.start, block.end));
	t.deepEqual(blocks, ['First line here.', 'Second\u00A0line.', 'Third line.', 'Fourth.']);
	assertBlocks(t, article);
});

test('text wrapped by hand at a fixed width: a block per paragraph of lines; padded or CRLF lines keep a block each', t => {
	const text = [
		'Ferry saved by late vote',
		'By Ruth Adeyemi',
		'',
		'HARLOW BAY -- The council voted on Monday to keep the ferry running for',
		'another year, after the harbor master told members that the boat was',
		'safe and that the crews would take a cut in pay.',
		'',
		'"We have the crews and we have the timber," the harbor master said. "We',
		'did not have the money, and now we do."',
		'',
	].join('\n');
	const article = parseText(text, 'x.txt');
	t.is(article.text, text);
	t.is(article.title, 'Ferry saved by late vote');
	t.is(article.byline, 'Ruth Adeyemi');
	const blocks = article.blocks.map(block => text.slice(block.start, block.end));
	t.is(blocks.length, 4);
	t.true(blocks[2]!.startsWith('HARLOW BAY -- The council voted') && blocks[2]!.endsWith('a cut in pay.'));
	t.is(blocks[3]!.split('\n').length, 2);
	const crlf = parseText(text.replaceAll('\n', '\r\n'), 'x.txt');
	t.is(crlf.blocks.length, 7);
	assertBlocks(t, crlf);
});

test('a web page’s own lines (`Advertisement`) stay in the text but are no block', t => {
	const text = 'Ferry saved by late vote\n\nThe council voted on Monday.\n\nAdvertisement\n\nThe ferry will run all winter.\n';
	const article = parseText(text, 'x.txt');
	t.is(article.text, text);
	t.deepEqual(article.blocks.map(block => text.slice(block.start, block.end)),
		['Ferry saved by late vote', 'The council voted on Monday.', 'The ferry will run all winter.']);
});

test('empty and blank input: empty article note, no blocks', t => {
	for (const text of ['', '  \n\n\t\r\n']) {
		const article = parseText(text, 'empty.txt');
		t.deepEqual(article.blocks, []);
		t.deepEqual(article.notes, ['empty article']);
		t.is(article.title, 'empty.txt');
	}
});

test('metadata strings are terminal-safe and on one line', t => {
	const text = 'Evil \u001B]0;pwned\u0007 headline \u202Eok\nBy Eve \u009B2J Mallory\n\nBody text here, plain.';
	const article = parseText(text, 'x.txt');
	t.is(article.text, text);
	t.false(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/.test(article.title));
	t.true(article.title.includes('␛]0;pwned␇'));
});

// A quadratic step would take minutes on this line, far past ava's timeout; how fast it is, `npm run bench` says.
test('one 1 MB line parses whole', t => {
	const text = 'word “quoted” '.repeat(75_000);
	const article = parseText(text, 'big.txt');
	t.is(article.blocks.length, 1);
	t.true(article.text === text);
});

test('normalizePlainText joins trimmed lines with blank lines in NFC', t => {
	t.is(normalizePlainText(' Cafe\u0301 opens\r\nSecond\r\n\r\n\r\nThird '), 'Café opens\n\nSecond\n\nThird');
	// Lines wrapped by hand join into their paragraph, even with CRLF and indented lines.
	const line = 'a line of hand-wrapped prose that runs on well past the middle of its width';
	t.is(normalizePlainText(`${line}\r\n  ${line}\r\n${line}\r\nend.\r\n\r\n${line}\r\n${line}\r\nend.`),
		`${line} ${line} ${line} end.\n\n${line} ${line} end.`);
});
