import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {runJson} from '../../src/commands/json.js';
import {toJsonLine} from '../../src/commands/json-record.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsread-json-'));
const article = path.join(dir, 'a.txt');
// A leading BOM: offsets must index the text with the BOM removed.
writeFileSync(article, '\uFEFFHarbour plans delayed\n\n“We need another year,” the port director said.\n\nThe city council said that funding was secured.\n');
const second = path.join(dir, 'b.txt');
writeFileSync(second, 'Short note\n\nNo one said anything useful, Ana Lee said.\n');

async function run(inputs: string[]) {
	const lines: string[] = [];
	const code = await runJson(inputs, line => {
		lines.push(line);
	});
	return {code, lines};
}

test('one JSON line per input, in input order, offsets into the BOM-less text', async t => {
	const {code, lines} = await run([article, second]);
	t.is(code, 0);
	t.is(lines.length, 2);
	t.true(lines.every(l => l.endsWith('\n') && !l.slice(0, -1).includes('\n')));
	const first = JSON.parse(lines[0]!) as Record<string, unknown> & {statements: Array<{content: Array<{start: number; end: number; text: string}>}>; sources: unknown[]};
	t.is(first['file'], article);
	t.is(first['title'], 'Harbour plans delayed');
	t.true('dateline' in first && 'byline' in first && 'credits' in first);
	t.is(first.statements.length, 2);
	const text = '\uFEFFHarbour plans delayed\n\n“We need another year,” the port director said.\n\nThe city council said that funding was secured.\n'.slice(1);
	for (const st of first.statements) {
		for (const c of st.content) {
			t.is(text.slice(c.start, c.end), c.text);
		}
	}

	t.is(first.statements[0]!.content[0]!.text, '“We need another year,”');
	t.is(JSON.parse(lines[1]!).file, second);
});

test('an unreadable input gives an error line, the rest still print, exit code 1', async t => {
	const missing = path.join(dir, 'missing.txt');
	const {code, lines} = await run([missing, article]);
	t.is(code, 1);
	t.is(lines.length, 2);
	const error = JSON.parse(lines[0]!) as {file: string; error: string};
	t.is(error.file, missing);
	t.is(typeof error.error, 'string');
	t.false(error.error.includes('\n'));
	t.is(JSON.parse(lines[1]!).file, article);
});

test('terminal-unsafe characters are escaped but decode to the same string', t => {
	const value = {text: 'a\u0085b\u2028c\u202Ed\u2066e\u009Bf\u007Fg\uFFF9'};
	const line = toJsonLine(value);
	t.false(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/.test(line));
	for (const escape of ['\\u0085', '\\u2028', '\\u202e', '\\u009b', '\\u007f', '\\ufff9']) {
		t.true(line.toLowerCase().includes(escape), escape);
	}

	t.deepEqual(JSON.parse(line), value);
});
