import test from 'ava';
import {sanitizeForTerminal} from '../../src/text/sanitize.js';

test('keeps ordinary text, newlines and tabs untouched', t => {
	const text = 'Plain “quoted” text, café 東京 👍\n\tnext';
	t.is(sanitizeForTerminal(text), text);
});

test('escape sequences become visible and inert, one code unit for one', t => {
	const hostile = 'a\u001B[2J\u001B]0;title\u0007b\u009B31m\u202Ec\uD800';
	const safe = sanitizeForTerminal(hostile);
	t.is(safe.length, hostile.length);
	t.is(safe, 'a␛[2J␛]0;title␇b\uFFFD31m\uFFFDc\uFFFD');
	t.false(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(safe));
});
