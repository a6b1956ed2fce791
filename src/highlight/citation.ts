import type {Attribution, Statement} from '../analysis/types.js';
import type {Article} from '../article/types.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {collapseSpace, sourcesById, speakerWithRole} from './summary.js';

/** Longest quoted part of a citation (UTF-16 units): a clipboard escape sequence must stay reasonable. */
const maxWordsLength = 4000;

/**
 * The citation `y` copies, on one line, sanitised (no control characters, no bidi overrides):
 * `“We don’t have a comment …” — a Pentagon spokesman, in “Headline” (Reuters, 2024-05-02)`.
 * Direct quotes are given in quote marks, reported (indirect, mixed) statements as worded in the article;
 * the outlet is the site or the dateline's agency, and the date the publication date, each when known.
 */
export function citationText(article: Article, attribution: Attribution, statement: Statement): string {
	let words = statement.kind === 'direct'
		? `“${statement.content.map(span => unquote(collapseSpace(span.text))).join(' … ')}”`
		: statement.content.map(span => collapseSpace(span.text)).join(' … ');
	if (words.length > maxWordsLength) {
		words = `${words.slice(0, maxWordsLength)}…`;
	}

	const speaker = speakerWithRole(statement, sourcesById(attribution));
	const outlet = article.site ?? article.dateline?.agency ?? null;
	const where = [outlet, article.published].filter(part => part !== null && part !== '').join(', ');
	const title = collapseSpace(article.title);
	const cited = [
		words,
		` — ${speaker}`,
		title === '' ? '' : `, in “${title}”`,
		where === '' ? '' : ` (${where})`,
	].join('');
	return sanitizeForTerminal(collapseSpace(cited));
}

/** Strips the outer quote marks of a quoted span and the comma that ends a quote before its attribution. */
function unquote(text: string): string {
	return text
		.replace(/^["“”„«‘']+/, '')
		.replace(/["“”»’']+$/, '')
		.replace(/[,;:]$/, '')
		.trim();
}

/** Options for `osc52`. */
export type Osc52Options = {
	/** Wrap for tmux's passthrough (`$TMUX` set), which otherwise swallows the sequence. */
	readonly tmux?: boolean;
};

/**
 * The OSC 52 escape sequence that asks the terminal to put `text` on the clipboard: `ESC ] 52 ; c ; base64 BEL`.
 * The text is sanitised first (the base64 payload cannot break out of the sequence anyway, but the clipboard
 * should not receive control characters either). The UI writes this to the terminal itself; it is never part
 * of rendered text.
 */
export function osc52(text: string, options: Osc52Options = {}): string {
	const payload = Buffer.from(sanitizeForTerminal(text), 'utf8').toString('base64');
	const sequence = `\u001B]52;c;${payload}\u0007`;
	return options.tmux ? `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequence;
}
