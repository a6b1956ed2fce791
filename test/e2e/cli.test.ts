// The built CLI without a terminal (pipes): options, errors and plain-text output.
import fs from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {repoRoot} from '../helpers/pty.js';
import {runCli} from '../helpers/run.js';
import {normalize, seedArticle, seedText} from '../helpers/reader.js';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version;
const escape = '\u001B';

test('--help prints usage and exits 0', async t => {
	const {exitCode, stdout, stderr} = await runCli(['--help']);
	t.is(exitCode, 0);
	t.regex(stdout, /usage/i);
	t.true(stdout.includes('--width'));
	t.false(stdout.includes(escape));
	t.is(stderr, '');
});

test('--version prints the package version and exits 0', async t => {
	const {exitCode, stdout} = await runCli(['--version']);
	t.is(exitCode, 0);
	t.true(stdout.includes(version));
});

test('an unknown option exits 2 with one line on stderr and no stack trace', async t => {
	const {exitCode, stdout, stderr} = await runCli(['--frobnicate']);
	t.is(exitCode, 2);
	t.is(stderr.trimEnd().split('\n').length, 1, stderr);
	t.true(stderr.includes('--frobnicate'));
	t.false(/\bat .+:\d+:\d+/.test(stderr), 'no stack trace');
	t.false(stdout.includes(escape));
});

test('a missing file exits 1 with one line on stderr naming it', async t => {
	const {exitCode, stderr} = await runCli(['articles/no-such-article.txt']);
	t.is(exitCode, 1);
	t.is(stderr.trimEnd().split('\n').length, 1, stderr);
	t.true(stderr.includes('no-such-article.txt'));
	t.false(/\bat .+:\d+:\d+/.test(stderr));
});

test('stdout not a terminal: plain wrapped text, no escape sequences, every word of the body', async t => {
	const {exitCode, stdout, stderr} = await runCli([seedArticle]);
	t.is(exitCode, 0, stderr);
	t.false(stdout.includes(escape));
	const lines = stdout.split('\n');
	t.true(lines.every(line => [...line].length <= 80), 'wrapped to 80 columns');
	// Wrapping moves line breaks only: the body reads the same once whitespace is collapsed.
	const body = 'The officials, who spoke on condition of anonymity because the plans have not been made public';
	t.true(normalize(stdout).includes(body));
	t.true(normalize(stdout).includes('Editing by Paul Tanaka'));
	t.true(normalize(seedText).includes(body));
});

test('--width sets the width of the plain text', async t => {
	const {exitCode, stdout} = await runCli([seedArticle, '--width', '50']);
	t.is(exitCode, 0);
	const lines = stdout.split('\n');
	t.true(lines.every(line => [...line].length <= 50));
	t.true(lines.some(line => [...line].length > 40), 'actually uses the width');
});

test('reading the article from a pipe when stdout is a pipe too prints it', async t => {
	const {exitCode, stdout} = await runCli(['-'], {input: seedText});
	t.is(exitCode, 0);
	t.false(stdout.includes(escape));
	t.true(normalize(stdout).includes('small-unit tactics'));
});

test('text wrapped by hand at 72 columns is reflowed to the width, and its quotes keep their speakers', async t => {
	const wrapped = [
		'SALEM -- Repairs to the old pier will start in May and take most of the',
		'summer, said Harbor Master Ann Lee, who has asked for the money since',
		'2019 and now has most of it.',
		'',
		'"We have the crews and we have the timber," she told reporters on the',
		'pier on Monday. "What we did not have was the money, and now we do."',
		'',
	].join('\n');
	const {exitCode, stdout} = await runCli(['-', '--width', '100'], {input: wrapped});
	t.is(exitCode, 0);
	t.true(stdout.includes('SALEM -- Repairs to the old pier will start in May and take most of the summer, said Harbor Master'), stdout);
	t.regex(stdout, /^2\. Ann Lee, Harbor Master · direct\n {3}"We have the crews and we have the timber," … "What we did not have was/m);
});

test('the built program extracts an HTML article with Readability, not the page’s visible text', async t => {
	// (Bundled into a chunk of its own, Readability's CommonJS exports arrive under `default`; missing them had sent
	// every page to the visible-text fallback: ads, byline and all.)
	const {exitCode, stdout} = await runCli(['--json', 'articles/orchard-lab-fire.html']);
	t.is(exitCode, 0);
	const {text} = JSON.parse(stdout) as {text: string};
	t.true(text.startsWith('Fire at Orchard Hill research lab destroys decade of seed samples\n\nORCHARD HILL —'), text.slice(0, 120));
	t.false(text.includes('Science Correspondent'));
	t.false(text.includes('Advertisement'));
});
