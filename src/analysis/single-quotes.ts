/**
 * Articles that write quotations with single marks (`‘…’`, British style) are read as if they used double ones: each
 * mark that opens or closes a quotation becomes `“` or `”`, one UTF-16 unit for one, so every offset holds and the rules
 * know one style only. Apostrophes stay as they are.
 */
import {findQuotes, usesSingleQuotes} from './quotes.js';
import {paragraphs} from './units.js';

export function asDoubleQuotes(text: string): string {
	if (!usesSingleQuotes(text)) {
		return text;
	}

	const parts: string[] = [];
	let done = 0;
	const swap = (at: number, mark: string) => {
		parts.push(text.slice(done, at), mark);
		done = at + 1;
	};

	for (const para of paragraphs(text)) {
		for (const quote of findQuotes(text, para.start, para.end, true)) {
			swap(quote.start, '\u201C');
			if (!quote.open) {
				swap(quote.end - 1, '\u201D');
			}
		}
	}

	parts.push(text.slice(done));
	return parts.join('');
}
