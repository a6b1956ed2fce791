/**
 * Where the content starts after a told-type verb (`told`, `urged`, `reminded`): past its object and the adjuncts after
 * it (`told The Star-Ledger of Newark last week she would …`, `told reporters after the meeting she …`). Apart from
 * content-start.ts, which tries it after the other starts. Token indices are the unit's.
 */
import type {Token} from './tokens.js';
import {clauseStarts, cueVerbs, dayWords, objectCues, prepositions, subjectStarts} from './lexicon.js';

/** Determiners and possessives that open a noun phrase. */
export const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'our', 'my']);

/** After a told-type verb (`told`, `urged`): past its object and the adjuncts after it. */
export function pastToldObject(tokens: readonly Token[], verb: Token, after: number): number | undefined {
	const next = tokens[after];
	if (!(next && objectCues.has(verb.lower) && next.word && !next.quoted)) {
		return undefined;
	}

	let k = after + 1;
	if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(next.lower) && tokens[k]?.word) {
		k++;
	}

	// `told NBC News …`: a multi-word name is one object.
	while (tokens[k - 1]!.capital && tokens[k]?.word && tokens[k]!.capital) {
		k++;
	}

	// `told The Star-Ledger of Newark last week she would …`: adjuncts after the object, then the clause.
	for (let m = k; m < tokens.length && m - k < 8; m++) {
		const t = tokens[m]!;
		if (!t.word || t.quoted) {
			break;
		}

		// (A determiner right after a preposition of place or time opens its object when the sentence ends there: `…, she
		// told reporters in a video message.`)
		if (subjectStarts.has(t.lower.replace(/'(?:s|re|ll|d|ve)$/, '')) && m > k
			&& !(determiners.has(t.lower) && ['in', 'at', 'on', 'during', 'after', 'before'].includes(tokens[m - 1]!.lower) && endsSoon(tokens, m))) {
			return t.start;
		}

		// `told reporters after the meeting she …`, `told The Times in an interview the levy …`: a preposition's object.
		const object = prepositions.has(t.lower) ? prepositionObjectEnd(tokens, m) : m;
		if (object > m) {
			m = object;
			continue;
		}

		if (!(prepositions.has(t.lower) || dayWords.has(t.lower) || t.capital || /^\d/.test(t.text)
			|| ['week', 'weekend', 'month', 'year', 'ago', 'night', 'morning', 'afternoon', 'evening', 'newspaper', 'magazine', 'radio', 'show'].includes(t.lower))) {
			// `urged Obama last year not to …`: the content starts after the adjunct.
			if (m > k && (t.lower === 'not' || t.lower === 'to') && (dayWords.has(tokens[m - 1]!.lower)
				|| ['week', 'month', 'year', 'ago', 'night', 'morning'].includes(tokens[m - 1]!.lower))) {
				return t.start;
			}

			break;
		}
	}

	return tokens[k]?.start ?? tokens.at(-1)!.end;
}

/** Only a few unquoted words follow token `m` before the sentence ends. */
function endsSoon(tokens: readonly Token[], m: number): boolean {
	let j = m + 1;
	while (j < tokens.length && j - m <= 5 && tokens[j]!.word && !tokens[j]!.quoted) {
		j++;
	}

	return j >= tokens.length || ['.', ';', '?', '!'].includes(tokens[j]!.text);
}

/** The last token of a determiner and up to three nouns after the preposition at `m` (`after the meeting`), or `m`. */
function prepositionObjectEnd(tokens: readonly Token[], m: number): number {
	if (!['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[m + 1]?.lower ?? '') || tokens[m + 1]!.quoted) {
		return m;
	}

	let end = m + 1;
	while (end - m < 5 && tokens[end + 1]?.word && !tokens[end + 1]!.quoted && !tokens[end + 1]!.capital
		&& !subjectStarts.has(tokens[end + 1]!.lower) && !clauseStarts.has(tokens[end + 1]!.lower)
		&& !cueVerbs.has(tokens[end + 1]!.lower) && !prepositions.has(tokens[end + 1]!.lower)) {
		end++;
	}

	return end > m + 1 && subjectStarts.has(tokens[end + 1]?.lower ?? '') ? end : m;
}
