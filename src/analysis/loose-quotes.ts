/**
 * Quotations no cue verb from the lexicon claimed: `“…,” the man shouted`, `Lee cracked, “…”`, and quoted words
 * inside a sentence (`called the deal “a disaster”`), which annotators mostly count as attributed content too.
 * Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {cueVerbs, prepositions, stopWords} from './lexicon.js';
import {firstTokenAt, quoteShare, trimRegion, type Context} from './regions.js';
import {quotedClause} from './quoted-clause.js';
import {wordUsedBy} from './cue-objects.js';
import {stanceNounCue, stanceObject} from './held-nouns.js';
import {cutTrailing} from './writer-clause.js';
import {ForwardReach} from './reach.js';
import {skipAuxLeft, speakerBefore, subjectPhrase} from './speakers.js';
import {isVerbLike} from './verbs.js';
import {inscriptionAside, namedThing, namingAside, titleGiver} from './naming.js';
import {agentAt, chantBefore, chantNouns, isGroup, nameGivenAs, namedAs, namedBy, naming, verbBeforeAs} from './naming-given.js';
import {beforeContrast, coordinatorBefore, isTitle, isVerbForm, maxReach, minWords, phraseModifiers, quotedRun, stanceInfinitive, stanceVerbs, thatClause} from './loose-content.js';
import {cameFrom, inscribedOn, nearestSubject, pastVerbBeforeParticle, skipAdverbsLeft} from './loose-speakers.js';
import {phraseEndingAt} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** A statement found from a quotation alone. */
export type LooseQuote = {
	content: Range[];
	kind: 'direct' | 'mixed';
	cue: Range | undefined;
	speaker: Range | undefined;
	/** A title or name given to something (`a memo titled “…”`) or a crowd's chant: no one's words in particular. */
	sourceless?: boolean;
};

function asRange(tokens: readonly Token[], first: number, last: number): Range {
	return {start: tokens[first]!.start, end: tokens[last]!.end};
}

/**
 * Statements for quotations in the unit that `covered` (existing content) does not reach; `cues` (ascending) are where
 * the statements found so far that open with their cue begin.
 */
export function looseQuotes(ctx: Context, covered: readonly Range[], cues: readonly number[] = []): LooseQuote[] {
	const {text, unit, quotes, tokens} = ctx;
	const out: LooseQuote[] = [];
	const claimed = new ForwardReach(covered);
	const taken = new ForwardReach();
	let seen = 0;
	let next = 0;
	for (let qi = 0; qi < quotes.length; qi++) {
		const q = quotes[qi]!;
		while (next < cues.length && cues[next]! < q.end) {
			next++;
		}

		// `challenged the claim that he had “attacked” her, and said he …`: a statement found after the quotation (its
		// cue joined by `and`) is not part of the clause that holds it.
		const fence = next < cues.length ? coordinatorBefore(ctx, cues[next]!) ?? unit.end : unit.end;
		const bounded = fence < unit.end ? {...ctx, unit: {start: unit.start, end: fence}} : ctx;
		for (; seen < out.length; seen++) {
			for (const r of out[seen]!.content) {
				taken.add(r);
			}
		}

		if (claimed.overlaps(q) || taken.contains(q)) {
			continue;
		}

		const first = firstTokenAt(tokens, q.start);
		const after = firstTokenAt(tokens, q.end);
		let words = 0;
		for (let k = first; k < after; k++) {
			words += tokens[k]!.word ? 1 : 0;
		}

		if (words === 0) {
			continue;
		}

		const noun = tokens[after];
		if (noun?.word && !noun.quoted && chantNouns.has(noun.lower) && noun.lower !== 'calls') {
			// `drawing jeers and “Lee! Lee!” chants`: the chant named after its words.
			out.push({content: [{start: q.start, end: q.end}], kind: 'direct', cue: asRange(tokens, after, after), speaker: undefined,
				sourceless: true});
			continue;
		}

		const agent = namedBy(tokens, first, after);
		if (agent) {
			// `the inquiry — often labeled as a “witch hunt” by Harbor Party members`: the agent gave the name.
			out.push({content: [{start: tokens[agent.from]!.start, end: q.end}], kind: 'direct', cue: asRange(tokens, agent.cue.first, agent.cue.last),
				speaker: asRange(tokens, agent.speaker.first, agent.speaker.last)});
			continue;
		}

		const user = wordUsedBy(tokens, first, after);
		if (user) {
			// `The phrase “…” was uttered once, by Ann Lee`: the agent spoke the words.
			out.push({content: [q], kind: 'direct', cue: asRange(tokens, user.cue, user.cue), speaker: asRange(tokens, user.speaker.first, user.speaker.last)});
			continue;
		}

		const bearer = inscribedOn(tokens, first);
		if (bearer) {
			// `wore a hat reading, “…”`, `held signs that read “…”`: the words the thing bore, said by it.
			out.push({content: quotedRun(text, quotes, qi), kind: 'direct', cue: asRange(tokens, bearer.cue, bearer.cue),
				speaker: asRange(tokens, bearer.first, bearer.last)});
			continue;
		}

		const bore = inscriptionAside(tokens, first);
		if (bore !== undefined) {
			// `held up a sign — which read “Kids 4 Kim” — and …`: the words the thing bore, said by the relative pronoun.
			out.push({content: quotedRun(text, quotes, qi), kind: 'direct', cue: asRange(tokens, bore, bore), speaker: asRange(tokens, bore - 1, bore - 1)});
			continue;
		}

		const chant = chantBefore(tokens, first);
		const titling = titleGiver(tokens, first) ?? chant;
		if (titling) {
			// Who gave it (`Lee released a memo titled …`): the sentence subject when a verb comes between, not the named thing
			// itself (`The ferry, known as …`); a chant only a group's (`Fans met her with chants of …`, not `She walked in to
			// chants of …`).
			const giver = subjectPhrase(tokens, titling.first);
			// (The bound keeps a run-on sentence of many titles linear; no giver in the corpora is 60 tokens away.)
			const gave = giver !== undefined && titling.first - giver.last <= 60 && tokens.slice(giver.last + 1, titling.first).some(t => isVerbLike(t) && /(?:ed|es|s)$/.test(t.lower))
				&& (!chant || isGroup(tokens[giver.last]!));
			const named = chant ? undefined : namedThing(tokens, titling.first);
			const run = quotedRun(text, quotes, qi);
			// (`…, called the “Glass Box” by residents,`: the agent of the aside's passive gave it.)
			const by = firstTokenAt(tokens, run.at(-1)!.end);
			const agent = !chant && tokens[by]?.lower === 'by' && !tokens[by]!.quoted && namingAside(tokens, titling.last) !== undefined
				? agentAt(tokens, by + 1) : undefined;
			out.push({content: named ? [asRange(tokens, named.first, named.last), ...run] : run, kind: named ? 'mixed' : 'direct',
				cue: asRange(tokens, titling.first, titling.last),
				speaker: agent ? asRange(tokens, agent.first, agent.last) : gave ? asRange(tokens, giver.first, giver.last) : undefined,
				sourceless: true});
			continue;
		}

		const before = trimRegion(text, unit.start, q.start, quotes);
		const closing = text.slice(Math.max(q.start, q.end - 4), q.end);
		// A title-like quotation (`“Ohio!”`) that opens the sentence, with a speaker and a verb after it, is something said.
		const title = isTitle(tokens, first, after);
		if (title && (before || !/[?!]\s*['\u2019]?(?:["\u201D]|'')$/.test(closing)) && !nameGivenAs(tokens, first)) {
			// `Lee denounced the “Harbor First” plan`: a title the subject takes a stand on is what she holds.
			const held = quotedClause(bounded, q, first);
			const cue = held ? text.slice(held.cue.start, held.cue.end) : '';
			const verb = held ? firstTokenAt(tokens, held.cue.start) : -1;
			if (held && (stanceVerbs.test(cue.toLowerCase()) || stanceNounCue(cue) || stanceObject(tokens, verb)
				|| stanceInfinitive(tokens, verb, first) || thatClause(tokens, verb, held.content[0]!, first))) {
				out.push({...held, content: held.content.map(r => beforeContrast(ctx, r, q.end))});
			}

			continue;
		}

		if (!before && /[,?!\u2014-]\s*['\u2019]?(?:["\u201D]|'')$/.test(closing)) {
			// `“…,” the man shouted` / `“…,” shouted the man`.
			const p = phraseStartingAt(tokens, after);
			let verbAt = p ? p.last + 1 : after;
			if (p && tokens[verbAt]?.text === ',') {
				// `“…,” Lee, the head of the group, tweeted`.
				for (let k = verbAt + 1; k < tokens.length && k - verbAt < 15; k++) {
					if (tokens[k]!.text === ',' || tokens[k]!.quoted) {
						verbAt = tokens[k]!.text === ',' ? k + 1 : verbAt;
						break;
					}
				}
			}

			const verb = tokens[verbAt];
			if (p && (isVerbLike(verb) || (verb?.word && cueVerbs.has(verb.lower)))) {
				out.push({content: [q], kind: 'direct', cue: asRange(tokens, verbAt, verbAt), speaker: asRange(tokens, p.first, p.last)});
				continue;
			}

			const from = cameFrom(tokens, after);
			if (from) {
				// `“…,” came shouts from the crowd`, `came the reply from Lee`: who the words came from said them.
				out.push({content: [q], kind: 'direct', cue: asRange(tokens, after, from.first - 1), speaker: asRange(tokens, from.first, from.last)});
				continue;
			}

			const inverted = isVerbLike(tokens[after]) ? phraseStartingAt(tokens, after + 1) : undefined;
			if (inverted) {
				out.push({content: [q], kind: 'direct', cue: asRange(tokens, after, after), speaker: asRange(tokens, inverted.first, inverted.last)});
				continue;
			}
		}

		const prev = tokens[first - 1];
		if (prev && (prev.text === ',' || prev.text === ':') && isVerbLike(tokens[first - 2])) {
			// `Lee cracked, “…”`.
			const p = phraseEndingAt(tokens, skipAuxLeft(tokens, first - 3));
			if (p) {
				const rest = trimRegion(text, q.start, unit.end, quotes);
				const content = rest && quoteShare(rest, quotes) > 0.8 ? quotes.filter(x => x.start >= q.start) : [q];
				out.push({content: content.map(x => ({start: x.start, end: x.end})), kind: 'direct',
					cue: asRange(tokens, first - 2, first - 2), speaker: asRange(tokens, p.first, p.last)});
				continue;
			}
		}

		const past = prev && (prev.text === ',' || prev.text === ':') ? pastVerbBeforeParticle(tokens, first - 2) : -1;
		if (past >= 0) {
			// `Lee called over her shoulder, “…”`, `Kim broke off with a dismissive, “…”`: a verb in the past, a particle or
			// preposition and a few words of manner, then the quotation, which is what was said.
			const p = speakerBefore(tokens, past);
			if (p) {
				out.push({content: [{start: q.start, end: q.end}], kind: 'direct', cue: asRange(tokens, past, past), speaker: asRange(tokens, p.first, p.last)});
				continue;
			}
		}

		// `watch the board relentlessly referring to the pier as the “Money Pit”`: a participle that names by `as` gives
		// the quotation and its object, whatever clause holds it. (Finite `referred to … as` already gets its own clause,
		// and taken this way lost a phrase after the quotation: train −1.)
		const namer = namedAs(tokens, first);
		if (namer >= 0) {
			const left = phraseEndingAt(tokens, skipAdverbsLeft(tokens, namer - 1));
			const from = tokens[namer + 1]!.lower === 'to' ? namer + 2 : namer + 1;
			out.push({content: [{start: tokens[from]!.start, end: quotedRun(text, quotes, qi).at(-1)!.end}], kind: 'mixed',
				cue: asRange(tokens, namer, namer), speaker: left && left.last < namer ? asRange(tokens, left.first, left.last) : undefined});
			continue;
		}

		// `Lee bemoaned a climate in which people “hate each other”`: the clause after the subject's verb is the content.
		const clause = quotedClause(bounded, q, first);
		if (clause) {
			out.push(clause);
			continue;
		}

		// Quoted words inside a sentence: the object phrase just before the quotation belongs to the content.
		let k = first - 1;
		while (k >= 0 && first - k <= maxReach && tokens[k]!.word && !tokens[k]!.quoted && !isVerbForm(tokens[k]!)) {
			k--;
		}

		// `hailed the deal with Turkey as a “breakthrough”`: a verb, its object and `as` give a short quotation as a name too.
		const asVerb = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? verbBeforeAs(tokens, k) : -1;
		if (asVerb >= 0 && words < minWords) {
			const left = speakerBefore(tokens, asVerb) ?? subjectPhrase(tokens, asVerb);
			out.push({content: [{start: tokens[asVerb + 1]!.start, end: q.end}], kind: 'mixed', cue: asRange(tokens, asVerb, asVerb),
				speaker: left && left.last < asVerb ? asRange(tokens, left.first, left.last) : undefined});
			continue;
		}

		// A short quotation counts only as the name a naming verb gives (`called the plan a “disaster”`).
		if (words < minWords && !(tokens[k]?.word && naming.test(tokens[k]!.lower)
			|| (tokens[k]?.lower === 'as' && naming.test(tokens[k - 1]?.lower ?? '')))) {
			continue;
		}

		// The cue is the verb before the phrase: `called the deal “…”`, `described him as “…”`.
		let v = k;
		while (v >= 0 && k - v < 5 && !(isVerbLike(tokens[v]) && /(?:ed|es|s)$/.test(tokens[v]!.lower)) && tokens[v]!.word
			&& !tokens[v]!.quoted) {
			v--;
		}

		const cueAt = v >= 0 && tokens[v]!.word && isVerbLike(tokens[v]) ? v : k;
		const cueToken = tokens[cueAt];
		const start = k + 1 < first ? tokens[k + 1]!.start : q.start;
		// The sentence subject most often is who is quoted: `Trump called the deal “a disaster”`. The phrase right before
		// the verb is that subject even after a long opening (`Speaking in Ohio on Monday, where …, Lee called …`).
		const left = isVerbLike(cueToken) && (cueVerbs.has(cueToken!.lower) || /(?:ed|es)$/.test(cueToken!.lower))
			? speakerBefore(tokens, cueAt) : undefined;
		const subject = left ?? subjectPhrase(tokens, k) ?? nearestSubject(tokens, k);
		// `the “big differences” between the two on …`: a phrase after the quotation that modifies its noun goes on with it.
		// (`the “kind-hearted” man who …`: a quotation between a determiner and its noun is a modifier; its noun comes first.)
		let headEnd = after;
		const det = tokens[first - 1];
		if (det?.word && !det.quoted && (['a', 'an', 'the'].includes(det.lower) || det.lower.endsWith('\'s'))) {
			while (headEnd < tokens.length && headEnd - after < 3 && tokens[headEnd]!.word && !tokens[headEnd]!.quoted
				&& tokens[headEnd]!.text === tokens[headEnd]!.lower && !stopWords.has(tokens[headEnd]!.lower) && !prepositions.has(tokens[headEnd]!.lower)
				&& !isVerbForm(tokens[headEnd]!)) {
				headEnd++;
			}
		}

		const modifier = tokens[headEnd];
		// (After the noun, any preposition opens its phrase: `“…” buzz saw in 1988`.)
		const end = modifier?.word && !modifier.quoted && (phraseModifiers.has(modifier.lower) || (headEnd > after && prepositions.has(modifier.lower)))
			// (Up to the next quotation, so that a unit of many quotations stays linear.)
			? cutTrailing(ctx, trimRegion(text, start, Math.min(quotes[qi + 1]?.start ?? unit.end, fence), quotes) ?? {start, end: q.end}).end
			: headEnd > after ? tokens[headEnd - 1]!.end : q.end;
		out.push({content: [{start, end: Math.max(end, q.end)}], kind: start < q.start ? 'mixed' : 'direct',
			cue: cueToken?.word && !cueToken.quoted ? asRange(tokens, cueAt, cueAt) : undefined,
			speaker: subject && subject.last < k ? asRange(tokens, subject.first, subject.last) : undefined});
	}

	return out;
}
