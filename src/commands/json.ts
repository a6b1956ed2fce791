import {analyzeAttribution} from '../analysis/index.js';
import {loadArticle} from '../io/load-article.js';
import {buildRecord, errorLine, toJsonLine} from './json-record.js';

/**
 * `newsread --json FILE…`: prints one JSON object per input, one per line, in input order, and returns the exit code
 * (1 when any input could not be read; its line is then `{"file", "error"}` and the others are still printed).
 * Span offsets in the output are UTF-16 indices into the article text (the file decoded as UTF-8 minus a BOM).
 */
export async function runJson(inputs: readonly string[], write: (line: string) => void): Promise<number> {
	let code = 0;
	for (const input of inputs) {
		let line: string;
		try {
			// eslint-disable-next-line no-await-in-loop -- output must stay in input order
			const article = await loadArticle(input);
			line = toJsonLine(buildRecord(input, article, analyzeAttribution(article.text)));
		} catch (error) {
			code = 1;
			const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
			line = errorLine(input, message);
		}

		write(line);
	}

	return code;
}
