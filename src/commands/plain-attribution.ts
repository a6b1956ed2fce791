import {analyzeAttribution} from '../analysis/index.js';
import type {Attribution, Source} from '../analysis/types.js';
import type {Article} from '../article/types.js';
import {plural, sourceDetails, sourcesById, sourcesSummary, speakerWithRole, statementText} from '../highlight/summary.js';
import {toDisplayText} from '../layout/display-text.js';
import {nextLineEnd} from '../layout/wrap-line.js';
import {GraphemeCursor} from '../text/width.js';

/*
The "Quotes" and "Sources" sections of the plain output (`newsread a.txt | cat`, `--plain`): plain text, no
escape sequences, wrapped to the same width as the article by the reader's own word-wrapper.
*/

/**
 * The Quotes and Sources sections as lines of at most `width` terminal columns (no trailing newline), to be
 * printed after the article. Quotes: one numbered entry per statement in reading order (speaker with role, kind,
 * then the words, indented). Sources: the summary line, then one entry per source (name, role, kind,
 * `anonymous`, statement count).
 */
export function plainAttributionLines(_article: Article, attribution: Attribution, width: number): string[] {
	const columns = Math.max(20, Math.floor(width));
	const sources = sourcesById(attribution);
	const lines: string[] = [...heading('Quotes')];
	if (attribution.statements.length === 0) {
		lines.push('No attributed statements found.');
	}

	const numberWidth = String(attribution.statements.length).length;
	for (const [index, statement] of attribution.statements.entries()) {
		const number = `${String(index + 1).padStart(numberWidth)}. `;
		const indent = ' '.repeat(number.length);
		const who = `${speakerWithRole(statement, sources)} · ${statement.kind}`;
		lines.push(...wrap(who, columns, number, indent), ...wrap(statementText(statement), columns, indent, indent));
	}

	lines.push('', ...heading('Sources'), ...wrap(sourcesSummary(attribution), columns, '', ''));
	for (const source of attribution.sources) {
		lines.push(...wrap(sourceEntry(source), columns, '- ', '  '));
	}

	return lines;
}

/** The sections as a `PlainSection` of `commands/plain.ts`: analyses the article, then lists what it found. */
export function plainAttributionSection(article: Article, width: number): readonly string[] {
	return plainAttributionLines(article, analyzeAttribution(article.text), width);
}

/** `plainAttributionLines` joined into one string ending with a newline. */
export function renderPlainAttribution(article: Article, attribution: Attribution, width: number): string {
	return plainAttributionLines(article, attribution, width).join('\n') + '\n';
}

function heading(title: string): string[] {
	return [title, '='.repeat(title.length)];
}

function sourceEntry(source: Source): string {
	return `${source.name} · ${sourceDetails(source)} · ${plural(source.statementIds.length, 'statement', 'statements')}`;
}

/**
 * `text` word-wrapped to `width` columns: the first line after `first`, the others after `rest` (both count
 * in the width). Sanitised (control characters shown as symbols) by `toDisplayText`.
 */
function wrap(text: string, width: number, first: string, rest: string): string[] {
	const display = toDisplayText(text.replaceAll(/\s+/g, ' ').trim());
	const cursor = new GraphemeCursor(display);
	const lines: string[] = [];
	let start = 0;
	do {
		const prefix = lines.length === 0 ? first : rest;
		const end = nextLineEnd(display, cursor, start, Math.max(1, width - prefix.length));
		lines.push((prefix + display.slice(start, end)).trimEnd());
		start = end;
	} while (start < display.length);

	return lines;
}
