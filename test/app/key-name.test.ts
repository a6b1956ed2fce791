import test from 'ava';
import type {Key} from 'ink';
import {keyName} from '../../src/app/key-name.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
	end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
	meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

const name = (input: string, key: Partial<Key> = {}) => keyName(input, {...none, ...key}).name;

test('printable keys name themselves; space is `space`', t => {
	t.is(name('j'), 'j');
	t.is(name('G', {shift: true}), 'G');
	t.is(name('?'), '?');
	t.is(name('/'), '/');
	t.is(name(' '), 'space');
	t.deepEqual(keyName(' ', none), {name: 'space', text: ' '});
	t.is(name('é'), 'é');
	t.is(name('😀'), '😀', 'one astral code point is one key');
});

test('navigation and editing keys', t => {
	t.is(name('', {upArrow: true}), 'up');
	t.is(name('', {downArrow: true}), 'down');
	t.is(name('', {leftArrow: true}), 'left');
	t.is(name('', {rightArrow: true}), 'right');
	t.is(name('', {pageUp: true}), 'pageup');
	t.is(name('', {pageDown: true}), 'pagedown');
	t.is(name('', {home: true}), 'home');
	t.is(name('', {end: true}), 'end');
	t.is(name('\r', {return: true}), 'enter');
	t.is(name('', {escape: true, meta: true}), 'escape');
	t.is(name('\t', {tab: true}), 'tab');
	t.is(name('', {tab: true, shift: true}), 'shift+tab');
	t.is(name('', {backspace: true}), 'backspace');
	t.is(name('', {delete: true}), 'backspace', 'DEL (0x7f) is what Backspace sends');
	t.is(name('c', {ctrl: true}), 'ctrl+c');
	t.is(keyName('', {...none, upArrow: true}).text, '');
});

test('a paste has no name but keeps its text, without control characters', t => {
	t.deepEqual(keyName('Taiwan', none), {name: '', text: 'Taiwan'});
	t.deepEqual(keyName('ab\r', none), {name: '', text: 'ab\r'}, 'update splits bursts, Enter included');
	t.deepEqual(keyName('\u0007', none), {name: 'ctrl+g', text: ''});
	t.deepEqual(keyName('\n', none), {name: 'enter', text: ''}, 'LF (Enter typed before raw mode) is Enter');
	t.deepEqual(keyName(' ', {...none, meta: true}), {name: '', text: '\u001B '}, 'Esc + space read together');
});
