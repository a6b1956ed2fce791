import {readFileSync} from 'node:fs';
import test from 'ava';
import {commandTypes} from '../../src/app/actions.js';
import {bindings, keyTableMarkdown, type KeyMode, keysIn, listKeys, resolveKey} from '../../src/app/keymap.js';

const modes: KeyMode[] = ['library', 'filter', 'reading', 'sidebar', 'search', 'goto', 'help'];

test('every command has a binding, and every binding has help text', t => {
	for (const type of commandTypes) {
		const bound = bindings.some(binding => binding.keys.some(key => binding.action(key).type === type));
		t.true(bound, `${type} has no key`);
	}

	for (const binding of bindings) {
		t.true(binding.help.trim().length > 0, binding.keys.join(' '));
		t.true(binding.keys.length > 0);
		t.true(binding.modes.length > 0);
	}
});

test('no key is bound twice in a mode, and list-owned keys are not acted on', t => {
	for (const mode of modes) {
		const seen = new Map<string, string>();
		for (const binding of bindings.filter(item => item.modes.includes(mode))) {
			for (const key of keysIn(binding, mode)) {
				t.false(seen.has(key), `${key} twice in ${mode}: ${seen.get(key)} and ${binding.help}`);
				seen.set(key, binding.help);
			}
		}

		for (const key of listKeys[mode] ?? []) {
			t.is(resolveKey(mode, {name: key, text: key}), null, `${key} in ${mode}`);
		}
	}
});

test('the keys of issue 3 do what it says', t => {
	const expect = (mode: KeyMode, name: string, type: string) => {
		t.is(resolveKey(mode, {name, text: name.length === 1 ? name : ''})?.type as string | undefined, type, `${name} in ${mode}`);
	};

	for (const key of ['space', 'f', 'pagedown', 'l', 'right']) {
		expect('reading', key, 'page/next');
	}

	for (const key of ['b', 'pageup', 'h', 'left']) {
		expect('reading', key, 'page/prev');
	}

	expect('reading', 'j', 'line/down');
	expect('reading', 'down', 'line/down');
	expect('reading', 'k', 'line/up');
	expect('reading', 'up', 'line/up');
	expect('reading', 'g', 'page/first');
	expect('reading', 'home', 'page/first');
	expect('reading', 'G', 'page/last');
	expect('reading', 'end', 'page/last');
	expect('reading', '7', 'count/digit');
	expect('reading', ':', 'goto/open');
	expect('reading', 'd', 'half/down');
	expect('reading', 'u', 'half/up');
	expect('reading', 'tab', 'focus/toggle');
	expect('reading', '/', 'search/open');
	expect('reading', 'n', 'search/next');
	expect('reading', 'N', 'search/prev');
	expect('reading', '?', 'help/toggle');
	expect('reading', 'escape', 'library/back');
	expect('reading', 'o', 'library/back');
	expect('reading', 'q', 'app/quit');
	for (const mode of modes) {
		expect(mode, 'ctrl+c', 'app/quit');
	}

	expect('sidebar', 'space', 'page/next');
	expect('sidebar', 'tab', 'focus/toggle');
	// Keys left free for the sidebar are the sidebar's own (issue 4), never the article's.
	for (const [key, type] of [['j', 'sidebar/down'], ['down', 'sidebar/down'], ['k', 'sidebar/up'], ['up', 'sidebar/up'], ['left', 'sidebar/other-tab'], ['right', 'sidebar/other-tab'], ['enter', 'sidebar/choose'], ['1', 'sidebar/quotes'], ['2', 'sidebar/sources']] as const) {
		expect('sidebar', key, type);
	}

	expect('reading', ']', 'statement/next');
	expect('sidebar', '[', 'statement/prev');
	expect('reading', 'a', 'highlight/toggle');
	expect('reading', 'y', 'citation/copy');
	t.is(resolveKey('reading', {name: '1', text: '1'})?.type, 'count/digit', 'digits stay counts while the article has focus');

	expect('search', 'q', 'prompt/input');
	expect('search', 'enter', 'prompt/submit');
	expect('search', 'escape', 'prompt/cancel');
	expect('search', 'backspace', 'prompt/backspace');
	t.is(resolveKey('reading', {name: 'x', text: 'x'}), null);
	expect('library', 'j', 'library/move');
	expect('library', 'up', 'library/move');
	expect('library', 'enter', 'library/open-selected');
	expect('filter', 'down', 'library/move');
	expect('library', 'x', 'library/filter');
});

test('README.md holds the key table generated from the keymap', t => {
	const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
	t.true(readme.includes(keyTableMarkdown()), 'README key table is out of date: paste keyTableMarkdown() output');
});
