import test from 'ava';
import {Chalk} from 'chalk';
import fc from 'fast-check';
// Ink's own sanitiser, as published (the bundle asks `keptAsIs` first; this test uses the original).
import sanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';
import {keptAsIs} from '../../src/shims/ink-sanitize.js';

const chalk = new Chalk({level: 3});
const pieces = ['a', ' ', '“', '世', '\u001B', '[', '1', '38;5;38', ':', ';', 'm', 'H', '2J', ']', '0;title', '\u0007', '\\', '\u009B', '\u0085', '\u001B[31m', '\u001B[0m', '\u001B[2J', '\u001B]8;;x\u0007'];

test('text kept as it is is exactly what Ink keeps', t => {
	fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), parts => {
		const text = parts.join('');
		return !keptAsIs(text) || sanitizeAnsi(text) === text;
	}), {numRuns: 5000});
	t.pass();
});

test("chalk's colours and plain text are kept as they are; other sequences are left to Ink", t => {
	t.true(keptAsIs('plain “text” 世界'));
	t.true(keptAsIs(chalk.hex('#d75f00').bold.inverse('quoted') + chalk.dim(' said') + chalk.bgBlue.underline('x')));
	t.false(keptAsIs('a\u001B[2Jb'));
	t.false(keptAsIs('a\u001B]0;title\u0007b'));
	t.false(keptAsIs('a\u009B31mb'));
	t.false(keptAsIs(`${chalk.red('x')}\u001B`));
});
