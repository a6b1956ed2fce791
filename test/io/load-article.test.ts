import {mkdtempSync, readFileSync, writeFileSync, chmodSync, openSync, ftruncateSync, closeSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import test from 'ava';
import {LoadError, loadArticle, windows1252Note} from '../../src/io/load-article.js';

const directory = mkdtempSync(path.join(tmpdir(), 'newsread-load-'));
test.after.always(() => {
	rmSync(directory, {recursive: true, force: true});
});

const write = (name: string, content: string | Uint8Array) => {
	const file = path.join(directory, name);
	writeFileSync(file, content);
	return file;
};

const seedPath = new URL('../../articles/taiwan-us-trainers.txt', import.meta.url).pathname;

/** Asserts a one-line LoadError whose message matches. */
async function rejectsWith(t: import('ava').ExecutionContext, promise: Promise<unknown>, pattern: RegExp) {
	const error = await t.throwsAsync(promise, {instanceOf: LoadError});
	t.regex(error!.message, pattern);
	t.false(/[\n\r\u0000-\u001F\u007F-\u009F]/.test(error!.message), error!.message);
}

test('the seed loads verbatim', async t => {
	const article = await loadArticle(seedPath);
	t.is(article.text, readFileSync(seedPath, 'utf8'));
	t.true(article.verbatim);
	t.is(article.format, 'text');
	t.is(article.dateline?.agency, 'Reuters');
});

test('every bundled sample article loads with a title and no notes', async t => {
	for (const name of ['caldervale-drought.txt', 'rail-strike-talks.txt', 'night-ferry.md', 'orchard-lab-fire.html']) {
		// eslint-disable-next-line no-await-in-loop
		const article = await loadArticle(new URL(`../../articles/${name}`, import.meta.url).pathname);
		t.true(article.title.length > 10, name);
		t.deepEqual(article.notes, [], name);
		t.truthy(article.dateline, name);
		t.true(Buffer.byteLength(readFileSync(new URL(`../../articles/${name}`, import.meta.url))) < 100_000);
	}
});

test('a BOM is dropped and the text stays verbatim', async t => {
	const article = await loadArticle(write('bom.txt', '\uFEFFLONDON — Rain.\r\n'));
	t.is(article.text, 'LONDON — Rain.\r\n');
	t.true(article.verbatim);
});

test('UTF-16 files are normalised, not verbatim', async t => {
	const body = 'Caf\u0065\u0301 talks stall\r\n\r\nPARIS — Talks stalled.\r\n';
	const file = write('utf16.txt', Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(body, 'utf16le')]));
	const article = await loadArticle(file);
	t.is(article.encoding, 'utf-16le');
	t.false(article.verbatim);
	t.is(article.text, 'Café talks stall\n\nPARIS — Talks stalled.');
	t.is(article.title, 'Café talks stall');
});

test('Windows-1252 files are decoded and say so', async t => {
	const article = await loadArticle(write('cp1252.txt', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E])));
	t.is(article.encoding, 'windows-1252');
	t.is(article.text, '“Hi” she said.');
	t.deepEqual(article.notes, [windows1252Note]);
});

test('an empty file opens with an empty-article note', async t => {
	const article = await loadArticle(write('empty.txt', ''));
	t.deepEqual(article.notes, ['empty article']);
	t.is(article.text, '');
});

test('format is sniffed for files without a telling extension', async t => {
	t.is((await loadArticle(write('page', '<!DOCTYPE html><html><body><p>Hello there.</p></body></html>'))).format, 'html');
	t.is((await loadArticle(write('notes', '# Title\n\nSome *text*.'))).format, 'markdown');
	t.is((await loadArticle(write('plain', 'Just words.\n'))).format, 'text');
	// A .txt file is always plain text, even if it looks like Markdown: offsets must index the file.
	t.is((await loadArticle(write('hash.txt', '# Not a heading\n'))).format, 'text');
});

test('missing file, directory and unreadable file give one clear line', async t => {
	await rejectsWith(t, loadArticle(path.join(directory, 'nope.txt')), /nope\.txt: no such file$/);
	await rejectsWith(t, loadArticle(directory), /: is a directory$/);
	if (process.getuid?.() !== 0) {
		const file = write('secret.txt', 'x');
		chmodSync(file, 0o000);
		await rejectsWith(t, loadArticle(file), /secret\.txt: permission denied$/);
	}
});

test('a file name with escape sequences is shown sanitised', async t => {
	await rejectsWith(t, loadArticle(path.join(directory, 'evil\u001B]0;x\u0007\n.txt')), /evil␛\]0;x␇␊\.txt: no such file/);
});

test('binary files are refused', async t => {
	await rejectsWith(t, loadArticle(write('image.png', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]))), /looks like a binary file/);
});

test('files over 50 MB are refused naming the limit', async t => {
	// A sparse file: 51 MB on paper, nothing on disk, refused before it is read.
	const file = path.join(directory, 'huge.txt');
	const descriptor = openSync(file, 'w');
	ftruncateSync(descriptor, 51 * 1024 * 1024);
	closeSync(descriptor);
	await rejectsWith(t, loadArticle(file), /huge\.txt: file is 51 MB; the limit is 50 MB$/);
});

test('stdin: `-` reads the stream and sniffs the format', async t => {
	const text = readFileSync(seedPath, 'utf8');
	const article = await loadArticle('-', {stdin: Readable.from([Buffer.from(text.slice(0, 100)), Buffer.from(text.slice(100))])});
	t.is(article.text, text);
	t.is(article.source, '-');
	t.is(article.dateline?.place, 'WASHINGTON');
	const html = await loadArticle('-', {stdin: Readable.from([Buffer.from('<html><body><article><h1>T</h1><p>Some text of a page.</p></article></body></html>')])});
	t.is(html.format, 'html');
});

test('stdin: a terminal is refused, progress is reported', async t => {
	const tty = Object.assign(Readable.from([]), {isTTY: true});
	await rejectsWith(t, loadArticle('-', {stdin: tty}), /^standard input: is a terminal/);
	const seen: number[] = [];
	await loadArticle('-', {stdin: Readable.from([Buffer.from('a b c\n'), Buffer.from('d e\n')]), onProgress(bytes) {
		seen.push(bytes);
	}});
	t.deepEqual(seen, [6, 10]);
});

test('a 3 MB text file loads whole', async t => {
	const paragraph = readFileSync(seedPath, 'utf8');
	const file = write('big.txt', paragraph.repeat(Math.ceil(3_000_000 / paragraph.length)));
	const article = await loadArticle(file);
	t.true(article.blocks.length > 1000);
});
