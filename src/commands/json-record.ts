import type {Attribution} from '../analysis/types.js';
import type {Article} from '../article/types.js';
import {escapeJsonForTerminal} from '../text/sanitize.js';

/** One line of `newsread --json` output for an article that was read. Offsets are UTF-16 indices into `article.text`. */
export type JsonRecord = {
	readonly file: string;
	readonly title: string;
	readonly dateline: {text: string; place: string; agency: string | null} | null;
	readonly byline: string | null;
	readonly credits: {text: string; roles: Array<{role: string; names: string[]; place: string | null}>} | null;
	readonly statements: Attribution['statements'];
	readonly sources: Attribution['sources'];
	/** Only when `article.text` is not the file as decoded (HTML, Markdown, other encodings): the text offsets index. */
	readonly text?: string;
};

/** Builds the JSON object for one article and its attribution. */
export function buildRecord(file: string, article: Article, attribution: Attribution): JsonRecord {
	const {dateline, credits} = article;
	return {
		file,
		title: article.title,
		dateline: dateline ? {text: dateline.text, place: dateline.place, agency: dateline.agency} : null,
		byline: article.byline,
		credits: credits
			? {
				text: credits.text,
				roles: credits.roles.map(r => ({role: r.role, names: [...r.names], place: r.place})),
			}
			: null,
		statements: attribution.statements,
		sources: attribution.sources,
		...(article.verbatim ? {} : {text: article.text}),
	};
}

/**
 * `JSON.stringify` leaves DEL, C1 controls, line/paragraph separators and bidi controls raw; a terminal would act on
 * them. They become `\uXXXX` escapes, which JSON readers decode back to the same string.
 */
export function toJsonLine(value: unknown): string {
	return escapeJsonForTerminal(JSON.stringify(value)) + '\n';
}

/** The line for an input that could not be read. */
export function errorLine(file: string, message: string): string {
	return toJsonLine({file, error: message});
}
