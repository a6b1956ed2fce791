import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {loadPositions, maxPositions, positionsFile, savePosition} from '../../src/io/positions.js';

// The state directory comes from the environment, which is process-wide: these tests run one at a time.
async function useTemporaryStateHome(): Promise<string> {
	const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'newsread-positions-'));
	process.env['XDG_STATE_HOME'] = directory;
	return directory;
}

test.serial('the file lives under XDG_STATE_HOME/newsread', async t => {
	const home = await useTemporaryStateHome();
	t.is(positionsFile(), path.join(home, 'newsread', 'positions.json'));
});

test.serial('no file yet: empty and no note', async t => {
	await useTemporaryStateHome();
	const {positions, note} = await loadPositions();
	t.is(positions.size, 0);
	t.is(note, null);
});

test.serial('a saved position is loaded again, and the last save for a key wins', async t => {
	await useTemporaryStateHome();
	t.is(await savePosition('/articles/a.txt', 120), null);
	t.is(await savePosition('https://example.com/b', 7), null);
	t.is(await savePosition('/articles/a.txt', 4567), null);
	const {positions, note} = await loadPositions();
	t.is(note, null);
	t.deepEqual([...positions].sort(), [['/articles/a.txt', 4567], ['https://example.com/b', 7]]);
});

test.serial('saves issued together all land (they are queued, not raced)', async t => {
	await useTemporaryStateHome();
	const notes = await Promise.all(Array.from({length: 20}, async (_, index) => savePosition(`/a/${index}.txt`, index)));
	t.deepEqual(notes, Array.from({length: 20}, () => null));
	const {positions} = await loadPositions();
	t.is(positions.size, 20);
	t.is(positions.get('/a/13.txt'), 13);
});

test.serial('a corrupt file is ignored with a note, and the next save replaces it', async t => {
	const home = await useTemporaryStateHome();
	await fs.mkdir(path.join(home, 'newsread'));
	await fs.writeFile(path.join(home, 'newsread', 'positions.json'), '{"version": 1, "positions": {"/a": ');
	const loaded = await loadPositions();
	t.is(loaded.positions.size, 0);
	t.regex(loaded.note ?? '', /^reading positions not loaded: .*positions\.json is not valid JSON/);
	t.is(await savePosition('/a', 3), null);
	const reloaded = await loadPositions();
	t.is(reloaded.note, null);
	t.is(reloaded.positions.get('/a'), 3);
});

test.serial('a file of the wrong shape is ignored with a note; bad entries are skipped one by one', async t => {
	const home = await useTemporaryStateHome();
	const file = path.join(home, 'newsread', 'positions.json');
	await fs.mkdir(path.dirname(file));
	await fs.writeFile(file, '[1, 2, 3]');
	t.regex((await loadPositions()).note ?? '', /unknown format/);
	await fs.writeFile(file, JSON.stringify({version: 1, positions: {
		good: {offset: 10, savedAt: 1}, negative: {offset: -1}, text: {offset: '5'}, empty: null,
	}}));
	const {positions, note} = await loadPositions();
	t.is(note, null);
	t.deepEqual([...positions], [['good', 10]]);
});

test.serial('an unwritable state directory gives a note instead of an error', async t => {
	const home = await useTemporaryStateHome();
	// A regular file where the directory should be: fails even when the tests run as root.
	await fs.writeFile(path.join(home, 'newsread'), 'not a directory');
	const note = await savePosition('/a.txt', 5);
	t.regex(note ?? '', /^reading positions not saved: /);
	const loaded = await loadPositions();
	t.is(loaded.positions.size, 0);
	t.regex(loaded.note ?? '', /^reading positions not loaded: /);
});

test.serial('invalid offsets are refused with a note', async t => {
	await useTemporaryStateHome();
	t.regex(await savePosition('/a.txt', -3) ?? '', /not saved: invalid offset -3/);
	t.regex(await savePosition('/a.txt', Number.NaN) ?? '', /not saved: invalid offset NaN/);
	t.is((await loadPositions()).positions.size, 0);
});

test.serial(`only the ${maxPositions} most recently saved articles are kept`, async t => {
	const home = await useTemporaryStateHome();
	const file = path.join(home, 'newsread', 'positions.json');
	await fs.mkdir(path.dirname(file));
	const old = Object.fromEntries(Array.from({length: maxPositions}, (_, index) => [`/old/${index}`, {offset: index, savedAt: 1000 + index}]));
	await fs.writeFile(file, JSON.stringify({version: 1, positions: old}));
	t.is(await savePosition('/new', 1), null);
	const {positions} = await loadPositions();
	t.is(positions.size, maxPositions);
	t.is(positions.get('/new'), 1);
	t.false(positions.has('/old/0'), 'the oldest entry is dropped');
	t.is(positions.get('/old/1'), 1);
});
