import {findMatches} from '../search/find-matches.js';
import {matchAtOrAfter} from '../search/navigate.js';
import {reveal} from './navigate.js';
import {withTop} from './selectors.js';
import {type AppState, emptySearch} from './state.js';

/*
Search is a mode (glow's filter mode): while the prompt is open every printable key is query text. Matches are
found in the whole text on each key (a linear scan; the wrap cache is untouched because highlights are applied
at render time), and the view follows the first match at or after where the search started, so Esc has a
position to go back to.
*/

/** `/`: open the prompt, remembering where the reader is. */
export function openSearch(state: AppState): AppState {
	if (!state.article) {
		return state;
	}

	return {...state, mode: 'search', search: {...emptySearch, originOffset: state.topOffset, originIsGap: state.topIsGap}};
}

/** Replaces the query with `query` and shows the first match at or after the starting position. */
export function setQuery(state: AppState, query: string): AppState {
	const article = state.article;
	if (!article) {
		return state;
	}

	const matches = findMatches(article.text, query);
	const current = matchAtOrAfter(matches, state.search.originOffset);
	const back = backToOrigin(state);
	const next = {...back, search: {...state.search, query, matches, current}};
	const match = matches[current];
	return match ? reveal(next, match) : next;
}

/** Enter: jump to the first match at or after the starting position and close the prompt. */
export function submitSearch(state: AppState): AppState {
	const {query, matches, current} = state.search;
	if (query === '') {
		return cancelSearch(state);
	}

	const match = matches[current];
	if (!match) {
		return {...backToOrigin(state), mode: 'reading', message: `no match: ${query}`};
	}

	return {...reveal(state, match), mode: 'reading'};
}

/** Esc: close the prompt, drop the highlight and go back to where the search started. */
export function cancelSearch(state: AppState): AppState {
	return {...backToOrigin(state), mode: 'reading', search: emptySearch};
}

/** `n` (step 1) / `N` (step -1): the next or previous match, wrapping around the article. */
export function stepMatch(state: AppState, step: 1 | -1): AppState {
	const {query, matches, current} = state.search;
	if (query === '') {
		return {...state, message: 'no search yet: press / to search'};
	}

	if (matches.length === 0) {
		return {...state, message: `no match: ${query}`};
	}

	const raw = (current < 0 ? matchAtOrAfter(matches, state.topOffset) - (step > 0 ? 1 : 0) : current) + step;
	const index = ((raw % matches.length) + matches.length) % matches.length;
	const wrapped = current >= 0 && (step > 0 ? index < current : index > current);
	const next = reveal({...state, search: {...state.search, current: index}}, matches[index]!);
	return wrapped ? {...next, message: step > 0 ? 'search wrapped to the top' : 'search wrapped to the bottom'} : next;
}

function backToOrigin(state: AppState): AppState {
	return withTop({...state, topOffset: state.search.originOffset, topIsGap: state.search.originIsGap});
}
