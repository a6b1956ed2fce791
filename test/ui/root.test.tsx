/** @jsxRuntime automatic */
/** @jsxImportSource react */
import {keys, plain, waitForFrame} from './reader-helpers.js';
import test from 'ava';
import {render} from 'ink-testing-library';
import {initialState} from '../../src/app/state.js';
import type {Article} from '../../src/article/types.js';
import type {LibraryEntry} from '../../src/io/list-library.js';
import {analyzeHere} from '../../src/io/analysis-service.js';
import {isPreparedForSearch} from '../../src/search/find-matches.js';
import {Root, type Services} from '../../src/ui/root.js';
import {parseText} from '../../src/article/parse-text.js';
import {makeArticle} from '../app/fixture.js';

const size = {columns: 100, rows: 30};

function fakeServices(articles: Record<string, Article> = {}) {
	const saved: Array<[string, number]> = [];
	const opened: string[] = [];
	const services: Services = {
		async loadArticle(path) {
			opened.push(path);
			const article = articles[path];
			if (!article) {
				throw new Error(`${path}: no such file`);
			}

			return article;
		},
		async savePosition(key, offset) {
			saved.push([key, offset]);
			return null;
		},
		analyze: analyzeHere,
	};
	return {services, saved, opened};
}

test('keys drive the reader: paging, search with match k/N, help, quit saving the position', async t => {
	const article = makeArticle(60);
	const {services, saved} = fakeServices();
	const initial = initialState({size, article, articleKey: '/a.txt'});
	const {lastFrame, stdin} = render(<Root initial={initial} services={services} colorMode="none" size={size}/>);
	await waitForFrame(lastFrame, frame => /page 1\/\d+/.test(frame));
	const total = /page 1\/(\d+)/.exec(plain(lastFrame()))![1];
	stdin.write(' ');
	await waitForFrame(lastFrame, frame => frame.includes(`page 2/${total}`));
	stdin.write(keys.pageDown);
	await waitForFrame(lastFrame, frame => frame.includes(`page 3/${total}`));
	stdin.write('g');
	await waitForFrame(lastFrame, frame => frame.includes(`page 1/${total}`));
	stdin.write('/');
	await waitForFrame(lastFrame, frame => frame.includes('Enter confirm'));
	stdin.write('needle');
	await waitForFrame(lastFrame, frame => frame.includes('/needle'));
	stdin.write(keys.enter);
	await waitForFrame(lastFrame, frame => /match 1\/\d+/.test(frame));
	stdin.write('n');
	await waitForFrame(lastFrame, frame => /match 2\/\d+/.test(frame));
	stdin.write('?');
	await waitForFrame(lastFrame, frame => frame.includes('Keys'));
	stdin.write('q');
	await waitForFrame(lastFrame, frame => !frame.includes('Keys') && /page \d+\//.test(frame));
	stdin.write(' ');
	await waitForFrame(lastFrame, frame => /page [2-9]\//.test(frame));
	stdin.write('q');
	await waitForFrame(lastFrame, () => saved.length === 1);
	t.is(saved[0]![0], '/a.txt');
	t.true(saved[0]![1] > 0, 'the position is saved');
});

test('the library opens an article with Enter and Esc returns to the same selection', async t => {
	const entries: LibraryEntry[] = ['One', 'Two', 'Three'].map((title, index) => ({
		path: `/lib/${index}.txt`, name: `${index}.txt`, title: `${title} story`, site: null, published: null, words: 100, readingMinutes: 1, error: null,
	}));
	const {services, opened, saved} = fakeServices({'/lib/1.txt': makeArticle(10)});
	const initial = initialState({size, library: {dir: '/lib', entries}});
	const {lastFrame, stdin} = render(<Root initial={initial} services={services} colorMode="ansi16" size={size}/>);
	await waitForFrame(lastFrame, frame => frame.includes('Library'));
	stdin.write('j');
	await waitForFrame(lastFrame, frame => frame.includes('› Two story'));
	stdin.write(keys.enter);
	await waitForFrame(lastFrame, frame => /page 1\/\d+/.test(frame));
	t.deepEqual(opened, ['/lib/1.txt']);
	stdin.write(keys.escape);
	await waitForFrame(lastFrame, frame => frame.includes('› Two story') && saved.length === 1);
	t.is(saved[0]?.[0], '/lib/1.txt');
	stdin.write('Thr');
	await waitForFrame(lastFrame, frame => frame.includes('filter: Thr') && frame.includes('› Three story') && !frame.includes('Two story'));
	stdin.write(keys.escape);
	await waitForFrame(lastFrame, frame => frame.includes('One story') && frame.includes('Two story'));
	t.pass();
});

test('a file that fails to open says so in the footer and the list keeps working', async t => {
	const entries: LibraryEntry[] = [{path: '/lib/gone.txt', name: 'gone.txt', title: 'Gone', site: null, published: null, words: 1, readingMinutes: 1, error: null}];
	const {services} = fakeServices();
	const {lastFrame, stdin} = render(<Root initial={initialState({size, library: {dir: '/lib', entries}})} services={services} colorMode="none" size={size}/>);
	await waitForFrame(lastFrame, frame => frame.includes('Library'));
	stdin.write(keys.enter);
	await waitForFrame(lastFrame, frame => frame.includes('/lib/gone.txt: no such file'));
	t.true(plain(lastFrame()).includes('› Gone'));
});

test('Tab focuses the sidebar (its border changes) and back', async t => {
	const {services} = fakeServices();
	const initial = initialState({size, article: makeArticle(), articleKey: '/a.txt'});
	const {lastFrame, stdin} = render(<Root initial={initial} services={services} colorMode="none" size={size}/>);
	await waitForFrame(lastFrame, frame => frame.includes('╭'));
	stdin.write(keys.tab);
	await waitForFrame(lastFrame, frame => frame.includes('╔') && !frame.includes('╭'));
	stdin.write(keys.tab);
	await waitForFrame(lastFrame, frame => frame.includes('╭'));
	t.pass();
});

test('once the quotes are in and no key has come for a second, the text is folded for search ahead of the first query', async t => {
	const article = makeArticle(43);
	const {services} = fakeServices();
	// The engine is loaded first: its first import (compiled on the fly here) took seconds when the machine was busy.
	await analyzeHere('');
	const {lastFrame, stdin} = render(<Root initial={initialState({size, article, articleKey: '/a.txt'})} services={services} colorMode="none" size={size}/>);
	await waitForFrame(lastFrame, frame => /page 1\/\d+/.test(frame));
	const keyAt = Date.now();
	stdin.write(' ');
	await waitForFrame(lastFrame, frame => /page 2\//.test(frame));
	t.false(isPreparedForSearch(article.text), 'not right after a key');
	await waitForFrame(lastFrame, () => isPreparedForSearch(article.text), {timeoutMs: 15_000});
	t.true(Date.now() - keyAt >= 950, 'only after a second without keys');
});

test('quotes found while keys come are shown once the keys pause', async t => {
	const paragraphs = Array.from({length: 30}, (_, index) => `Paragraph ${index + 1} is about the harbour, the boats and the tide.`);
	const article = parseText([...paragraphs, '“The harbour will reopen in May,” said Ann Lee, the port director.'].join('\n\n'), 'quoted.txt');
	let release!: () => void;
	const released = new Promise<void>(resolve => {
		release = resolve;
	});
	const attribution = await analyzeHere(article.text);
	const services: Services = {...fakeServices().services, async analyze() {
		await released;
		return attribution;
	}};
	const {lastFrame, stdin} = render(<Root initial={initialState({size, article, articleKey: '/q.txt'})} services={services} colorMode="none" size={size}/>);
	await waitForFrame(lastFrame, frame => /page 1\/\d+/.test(frame));
	stdin.write(' ');
	const keyAt = Date.now();
	release();
	await waitForFrame(lastFrame, frame => /page 2\//.test(frame));
	await waitForFrame(lastFrame, frame => /Quotes 1/.test(frame));
	t.true(Date.now() - keyAt >= 140, 'not until 150 ms after the last key');
});
