import type {TextRange} from '../article/types.js';

/**
 * Every match of `query` in `text`, in order. Smart case: case-insensitive unless the query has a capital.
 * (Placeholder: literal matching only.)
 */
export function findMatches(text: string, query: string): TextRange[] {
	if (query === '') {
		return [];
	}

	const ignoreCase = query === query.toLowerCase();
	const haystack = ignoreCase ? text.toLowerCase() : text;
	const matches: TextRange[] = [];
	for (let index = haystack.indexOf(query); index !== -1; index = haystack.indexOf(query, index + 1)) {
		matches.push({start: index, end: index + query.length});
	}

	return matches;
}
