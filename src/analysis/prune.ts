/**
 * Dropping statements the rules find but annotators rarely mark, after sources are resolved (so the test can see
 * whether a statement's source is its own or only borrowed from a statement before it).
 */
import type {Attribution, Statement} from './types.js';

/** Longest quotation, in words, that `borrowedShortQuote` drops. */
const shortQuoteWords = 8;

/**
 * `…, he said, and “everyone ran.”`, `called “regenerative medicine.”`: a short quotation inside a sentence, with no
 * speaker of its own, whose source is only the previous statement's, is mostly not that person's words (a reply, a
 * chant, a title): 11 of the 18 such in train matched no annotation. A quotation that is its whole paragraph stays: it
 * belongs to the speaker before it, however short (`“Who’s going to pay for it?”`; train's annotators join 3 of the 6
 * to that speaker's statement before it, and mark 1 alone).
 */
function borrowedShortQuote(text: string, st: Statement): boolean {
	if (st.kind !== 'direct' || st.speaker || !st.cue || !st.sourceId || sayingRightBefore(st) || wholeParagraph(text, st)) {
		return false;
	}

	let words = 0;
	for (const span of st.content) {
		words += span.text.split(/\s+/).filter(Boolean).length;
		if (words > shortQuoteWords) {
			return false;
		}
	}

	return true;
}

/**
 * `as if to say, “…”`, `went so far as to say: “…”`: a form of `say` right before the quotation (a comma or colon
 * between) introduces words that were said, whoever said them.
 */
function sayingRightBefore(st: Statement): boolean {
	const cue = st.cue!;
	const gap = st.content[0]!.start - cue.end;
	// (The cue may take the colon: `say:`.)
	return gap >= 1 && gap <= 2 && /^(?:say|says|said|saying):?$/i.test(cue.text);
}

/** Words that open a prepositional phrase, not something said. */
const phraseOpeners = new Set(['by', 'with', 'in', 'according', 'whose']);

/**
 * `… the plan, according to the “Medicare for all” proposal`, `… by creating a “false reality bubble”`: a partly quoted
 * statement found without a cue whose content opens with a preposition is a phrase the writer quotes words into, not
 * a claim (none of the 7 such in train matched an annotation).
 */
function quotedPhrase(st: Statement): boolean {
	if (st.kind !== 'mixed' || st.cue || st.content.length === 0) {
		return false;
	}

	const first = /^[\p{Ll}]+/u.exec(st.content[0]!.text)?.[0];
	return first !== undefined && phraseOpeners.has(first);
}

/** The statement's content is all of its paragraph (but for spaces). */
function wholeParagraph(text: string, st: Statement): boolean {
	const start = st.content[0]!.start;
	const end = st.content.at(-1)!.end;
	return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 20), start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 20));
}

/** `result` without the dropped statements, ids renumbered in reading order. */
export function prune(text: string, result: Attribution): Attribution {
	const kept = result.statements.filter(st => !borrowedShortQuote(text, st) && !quotedPhrase(st));
	if (kept.length === result.statements.length) {
		return result;
	}

	const renamed = new Map(kept.map((st, i) => [st.id, `s${i + 1}`]));
	return {
		statements: kept.map(st => ({...st, id: renamed.get(st.id)!})),
		sources: result.sources.map(src => ({...src, statementIds: src.statementIds.flatMap(id => {
			const to = renamed.get(id);
			return to ? [to] : [];
		})})),
	};
}
