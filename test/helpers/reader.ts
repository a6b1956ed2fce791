/*
Helpers for end-to-end tests of the reader screen, written against the UI's text conventions:
`page N/M` in the header, `match k/N` after a search, `no match: QUERY`, `Keys` as the help title.
*/
import fs from 'node:fs';
import path from 'node:path';
import type {ExecutionContext} from 'ava';
import {repoRoot, spawnCli, type PtyOptions, type PtySession} from './pty.js';

/** Path of the seed article, relative to the repository root (the e2e working directory). */
export const seedArticle = 'articles/taiwan-us-trainers.txt';
/** Text of the seed article. */
export const seedText = fs.readFileSync(path.join(repoRoot, seedArticle), 'utf8');

/** Matches the header's page indicator. */
export const pagePattern = /page (\d+)\/(\d+)/;

/** Current page and page count from the screen, or undefined when no indicator is visible. */
export function pageOf(screen: string): {page: number; total: number} | undefined {
	const match = pagePattern.exec(screen);
	return match ? {page: Number(match[1]), total: Number(match[2])} : undefined;
}

/** Collapse every run of whitespace to one space. */
export function normalize(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim();
}

/**
The article-pane part of a screen line: text left of a vertical border or of a wide gap (where a sidebar
would start), whitespace collapsed.
*/
export function leftColumn(line: string): string {
	return normalize(line.split(/[│┃|]|\s{3,}/)[0] ?? '');
}

/** The screen's article-pane text: left columns of every row joined with spaces (so words split across rows meet). */
export function paneText(session: PtySession): string {
	return normalize(session.lines().map(line => leftColumn(line)).join(' '));
}

/**
The first `count` words of the first row whose words occur in the article text and did not appear in `exclude`
(e.g. the previous page's screen, which removes the header, the headline and the footer from consideration).
*/
export function firstNewArticleWords(session: PtySession, exclude: string, count = 4): string | undefined {
	const article = normalize(seedText);
	const excluded = normalize(exclude);
	for (const line of session.lines()) {
		const words = leftColumn(line).split(' ').filter(Boolean).slice(0, count);
		if (words.length < count) {
			continue;
		}

		const phrase = words.join(' ');
		if (article.includes(phrase) && !excluded.includes(phrase)) {
			return phrase;
		}
	}

	return undefined;
}

/** The first `count` words of the article pane's top row: the first row of article text below the header's page indicator. */
export function paneTopWords(session: PtySession, count = 4): string | undefined {
	const rows = session.lines();
	const header = rows.findIndex(row => pagePattern.test(row));
	const article = normalize(seedText);
	for (const line of rows.slice(header + 1)) {
		const words = leftColumn(line).split(' ').filter(Boolean).slice(0, count);
		if (words.length === count && article.includes(words.join(' '))) {
			return words.join(' ');
		}
	}

	return undefined;
}

/** Open the seed article at the given size and wait for its first frame (`page 1/N`). */
export async function openSeed(t: ExecutionContext, options: PtyOptions = {}): Promise<{app: PtySession; total: number}> {
	const app = spawnCli(t, [seedArticle], {cols: 80, rows: 24, ...options});
	await app.waitFor(/page 1\/\d+/);
	// The quotes come in a frame of their own, at the first pause in the keys: waiting for them here keeps that frame
	// from landing in the middle of a test's keys and checks (the sidebar, shown from 80 columns, counts them).
	if ((options.cols ?? 80) >= 80) {
		await app.waitFor(/Quotes \d/);
	}

	return {app, total: pageOf(app.screenText())!.total};
}
