import {chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {LoadError} from '../../src/io/load-article.js';
import {listLibrary} from '../../src/io/list-library.js';

const articles = fileURLToPath(new URL('../../articles/', import.meta.url));
const directory = mkdtempSync(path.join(tmpdir(), 'newsread-library-'));
test.after.always(() => {
	rmSync(directory, {recursive: true, force: true});
});

test('the bundled articles are listed with headline, outlet, words and reading time', async t => {
	const started = performance.now();
	const entries = await listLibrary(articles);
	t.log(`listed ${entries.length} articles in ${(performance.now() - started).toFixed(1)} ms`);
	const byName = new Map(entries.map(entry => [entry.name, entry]));
	t.deepEqual(entries.map(entry => entry.name), [...entries.map(entry => entry.name)].sort());

	const seed = byName.get('taiwan-us-trainers.txt')!;
	t.true(seed.title.startsWith('The United States plans to expand'));
	t.is(seed.site, 'Reuters');
	t.true(seed.words > 400 && seed.words < 460, String(seed.words));
	t.is(seed.readingMinutes, 2);
	t.is(seed.error, null);

	const long = byName.get('caldervale-drought.txt')!;
	t.is(long.title, 'Caldervale rations water as Lake Orrin falls to its lowest level in half a century');
	t.is(long.site, 'Northline Press');
	t.true(long.words > 2500);
	t.is(long.readingMinutes, Math.round(long.words / 230));

	t.is(byName.get('night-ferry.md')?.title, 'Harlow Bay council votes to keep the night ferry');
	const page = byName.get('orchard-lab-fire.html')!;
	t.is(page.title, 'Fire at Orchard Hill research lab destroys decade of seed samples');
	t.is(page.site, 'The Valley Courier');
	t.is(page.published, '2026-04-17T09:30:00+01:00');
	t.true(page.words > 400 && page.words < 800, String(page.words));
});

test('unreadable, binary and hostile-named files give entries with errors, never a throw', async t => {
	const folder = path.join(directory, 'mixed');
	mkdirSync(folder);
	cpSync(path.join(articles, 'taiwan-us-trainers.txt'), path.join(folder, 'a.txt'));
	writeFileSync(path.join(folder, 'b.txt'), Buffer.from([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
	writeFileSync(path.join(folder, 'c\u001B]0;x\u0007.md'), '# Title \u001B[2J here\n\nBody.');
	writeFileSync(path.join(folder, 'ignored.pdf'), '%PDF');
	mkdirSync(path.join(folder, 'd.html'));
	writeFileSync(path.join(folder, 'e.txt'), 'secret');
	chmodSync(path.join(folder, 'e.txt'), 0o000);

	const entries = await listLibrary(folder);
	t.deepEqual(entries.map(entry => entry.name.slice(0, 1)), ['a', 'b', 'c', 'd', 'e']);
	t.is(entries[0]!.error, null);
	t.regex(entries[1]!.error ?? '', /binary/);
	t.is(entries[2]!.name, 'c␛]0;x␇.md');
	t.is(entries[2]!.title, 'Title ␛[2J here');
	t.regex(entries[3]!.error ?? '', /is a directory$/);
	if (process.getuid?.() !== 0) {
		t.regex(entries[4]!.error ?? '', /permission denied$/);
	}

	for (const entry of entries) {
		t.false(/[\u0000-\u001F\u007F-\u009F]/.test(`${entry.name}${entry.title}${entry.error ?? ''}`));
	}
});

test('an empty folder lists nothing; a missing one is a LoadError', async t => {
	const empty = path.join(directory, 'empty');
	mkdirSync(empty);
	t.deepEqual(await listLibrary(empty), []);
	await t.throwsAsync(listLibrary(path.join(directory, 'missing')), {instanceOf: LoadError, message: /no such folder$/});
});

test('Markdown entries get their outlet from the dateline; text entries their date', async t => {
	const folder = path.join(directory, 'dated');
	mkdirSync(folder);
	writeFileSync(path.join(folder, 'a.md'), '# Bridge shut\n\n*By Ann Lee*\n\n**PORTMERE (Harbour Wire) —** The bridge shut.\n');
	writeFileSync(path.join(folder, 'b.txt'), 'Strike talks resume\n\nBRENNFORD, May 12 (Meridian Wire) — Talks resumed.\n');
	const [markdown, text] = await listLibrary(folder);
	t.is(markdown!.title, 'Bridge shut');
	t.is(markdown!.site, 'Harbour Wire');
	t.is(text!.site, 'Meridian Wire');
	t.is(text!.published, 'May 12');
});
