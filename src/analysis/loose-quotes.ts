/**
 * Quotations no cue verb from the lexicon claimed: `“…,” the man shouted`, `Lee cracked, “…”`, and quoted words
 * inside a sentence (`called the deal “a disaster”`), which annotators mostly count as attributed content too.
 * Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {auxiliaries, cueVerbs, irregularPastTenses, personPronouns, prepositions, pronouns, sentenceAdverbs, stopWords} from './lexicon.js';
import {firstTokenAt, quoteShare, quotesIn, trimRegion, wordCount, type Context} from './regions.js';
import {quotedClause} from './quoted-clause.js';
import {stanceNounCue, stanceObject} from './held-nouns.js';
import {indefiniteBefore} from './cues.js';
import {cutTrailing} from './writer-clause.js';
import {ForwardReach} from './reach.js';
import {phraseEndingAt, phraseStartingAt, skipAuxLeft, speakerBefore, subjectPhrase} from './speakers.js';

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

function isVerbLike(t: Token | undefined): boolean {
	return t !== undefined && t.word && !t.quoted && t.text[0] === t.lower[0] && !stopWords.has(t.lower)
		&& !sentenceAdverbs.has(t.lower);
}

/** Title-like quotations (`“Meet the Press”`): every word capitalised. Annotators rarely treat them as speech. */
function isTitle(tokens: readonly Token[], a: number, b: number): boolean {
	let words = 0;
	for (let k = a; k < b; k++) {
		const t = tokens[k]!;
		if (t.word) {
			words++;
			if (t.text[0] === t.lower[0] && !['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to'].includes(t.lower)) {
				return false;
			}
		}
	}

	return words <= 6;
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

/**
 * Where the subject's next statement, whose cue starts at `at`, begins with the `and` or `but` (after an optional comma)
 * that joins it to the clause before; `undefined` when no such conjunction comes right before the cue.
 */
function coordinatorBefore(ctx: Context, at: number): number | undefined {
	const {tokens} = ctx;
	let k = firstTokenAt(tokens, at) - 1;
	if (tokens[k]?.word && !tokens[k]!.quoted && tokens[k]!.lower.endsWith('ly')) {
		k--;
	}

	if (!tokens[k] || tokens[k]!.quoted || !['and', 'but'].includes(tokens[k]!.lower)) {
		return undefined;
	}

	return tokens[k - 1]?.text === ',' && !tokens[k - 1]!.quoted ? tokens[k - 1]!.start : tokens[k]!.start;
}

/** Words that open a phrase or clause modifying the noun before them: `the “big differences” between the two`, `“a fighter” who wins`. */
const phraseModifiers = new Set(['between', 'over', 'among', 'from', 'about', 'against', 'who', 'that']);

/** Particles and prepositions that open a verb's adjunct of manner or direction (`called over her shoulder`). */
const mannerParticles = new Set(['over', 'off', 'out', 'in', 'up', 'back', 'with', 'from', 'across', 'into', 'down']);

/**
 * The past-tense verb a few words left of token `j` (the last word before the comma ahead of a quotation) when a
 * particle or preposition follows it and only plain words lie between: -1 when there is none.
 */
function pastVerbBeforeParticle(tokens: readonly Token[], j: number): number {
	for (let k = j; k >= 1 && j - k < 5; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		const v = tokens[k - 1]!;
		if (mannerParticles.has(t.lower) && v.word && !v.quoted && v.text === v.lower
			&& ((v.lower.length > 4 && v.lower.endsWith('ed')) || irregularPastTenses.has(v.lower))) {
			return k - 1;
		}
	}

	return -1;
}

/** Verbs of liking, backing or attacking: their object is what the subject holds, even a title. */
const stanceVerbs = new RegExp('^(?:(?:denounc|promot|lov|lik|hat|dislik|oppos|criticiz|embrac|prais|endors|invok|cit|us)(?:e|es|ed|ing)'
	+ '|(?:enjoy|rail|reject|attack|mock|champion|tout|condemn|blast|defend|back|support|favor|adopt|coin|utter|repeat|chant|shout)(?:s|ed|ing)?'
	+ '|(?:prefer|refer)(?:s|red|ring)?|slam(?:s|med|ming)?|(?:dismiss|push|echo)(?:es|ed|ing)?|decr(?:y|ies|ied|ying))$');

/**
 * `learned that the “Solid Pier” no longer …`: a title inside a `that` clause right after the verb is part of what the
 * subject holds, whatever the verb (not a relative `that` after its noun, `signed a bill that …`).
 */
function thatClause(tokens: readonly Token[], verb: number, content: Range, first: number): boolean {
	const that = tokens[verb + 1];
	if (that === undefined || that.lower !== 'that' || that.quoted || that.start !== content.start || first - verb > 30) {
		return false;
	}

	// (`learned that the hard way: … “…”`: the clause ends before a colon.)
	for (let k = verb + 2; k < first; k++) {
		if (!tokens[k]!.quoted && [':', ';'].includes(tokens[k]!.text)) {
			return false;
		}
	}

	return true;
}

/** `went on to promote “…”`: an infinitive of taking a stand between the cue at `verb` and the quotation at `first`. */
function stanceInfinitive(tokens: readonly Token[], verb: number, first: number): boolean {
	for (let k = verb + 1; k < first - 1 && k - verb <= 4; k++) {
		if (tokens[k]!.lower === 'to' && !tokens[k]!.quoted && stanceVerbs.test(tokens[k + 1]!.lower)) {
			return true;
		}
	}

	return false;
}

/**
 * `likes “Veep,” while her rival loves “Lost”`: the content ends before a contrast after the quotation, whose own subject
 * holds the next title.
 */
function beforeContrast(ctx: Context, r: Range, from: number): Range {
	const {tokens} = ctx;
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.start < r.end; k++) {
		if (!tokens[k]!.quoted && (tokens[k]!.lower === 'while' || tokens[k]!.lower === 'whereas')) {
			return trimRegion(ctx.text, r.start, tokens[k]!.start, ctx.quotes) ?? r;
		}
	}

	return r;
}

/** Words that give a thing its title or name right before the quotation of it: `a memo titled “…”`. */
const titlingWords = new Set(['titled', 'entitled', 'nicknamed', 'dubbed']);

/** Words that give a name when passive (`was officially named “…”`, `what had been called the “…”`). */
const passiveTitlingWords = new Set(['named', 'called', 'termed', 'labeled', 'labelled', 'branded']);

/** A form of `be` before the participle at `k`, an adverb allowed between. */
function passiveAt(tokens: readonly Token[], k: number): boolean {
	let j = k - 1;
	if (tokens[j]?.lower.endsWith('ly') || ['also', 'now', 'still', 'often', 'sometimes'].includes(tokens[j]?.lower ?? '')) {
		j--;
	}

	return ['is', 'was', 'are', 'were', 'been', 'be', 'being'].includes(tokens[j]?.lower ?? '') && !tokens[j]!.quoted;
}

/** Words that give a name with `as` after them: `known as “…”`, `billed as “…”` (and `goes by “…”`). */
const titlingAsWords = new Set(['known', 'billed']);

/**
 * `an ad titled “Second Chances”`, `a barge known as the “Iron Duke,”`: the verb that names the quotation at token `first`
 * (skipping a comma and an article), whose span is the cue. Annotators mark such titles and names as attributed
 * content even without a speaker, though title-like quotations elsewhere are rarely statements.
 */
function titleGiver(tokens: readonly Token[], first: number): {first: number; last: number} | undefined {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && (tokens[k]!.text === ',' || ['the', 'a', 'an'].includes(tokens[k]!.lower))) {
		k--;
	}

	const t = tokens[k];
	if (!t?.word || t.quoted) {
		return undefined;
	}

	// (`a class called “Tides”`: the participle after an indefinite noun names it, as a passive does.)
	if (titlingWords.has(t.lower) || (passiveTitlingWords.has(t.lower) && (passiveAt(tokens, k) || indefiniteBefore(tokens, k)))) {
		return {first: k, last: k};
	}

	// `goes by “Nan,”`.
	const verb = tokens[k - 1];
	if (t.lower === 'by' && verb?.word && !verb.quoted && ['go', 'goes', 'went', 'going'].includes(verb.lower)) {
		return {first: k - 1, last: k};
	}

	// (An adverb may come between: `known online as`, `known locally as`.)
	const adverb = verb?.word && !verb.quoted && (['online', 'here', 'locally', 'widely', 'simply', 'also'].includes(verb.lower) || verb.lower.endsWith('ly'));
	const giver = adverb ? tokens[k - 2] : verb;
	if (t.lower === 'as' && giver?.word && !giver.quoted && titlingAsWords.has(giver.lower)) {
		return {first: k - (adverb ? 2 : 1), last: k};
	}

	const aside = namingAside(tokens, k);
	return aside === undefined ? undefined : {first: aside + 1, last: k};
}

/**
 * `— which read “…” —`, `, which says: “…”`: the verb of a non-restrictive `which` clause that gives the words a sign,
 * shirt or post bore, right before the quotation at token `first`.
 */
function inscriptionAside(tokens: readonly Token[], first: number): number | undefined {
	const v = [',', ':'].includes(tokens[first - 1]?.text ?? '') && !tokens[first - 1]!.quoted ? first - 2 : first - 1;
	const which = tokens[v - 1];
	const open = tokens[v - 2];
	return which?.lower === 'which' && !which.quoted && open !== undefined && !open.quoted && [',', '\u2014', '\u2013', '-'].includes(open.text)
		&& ['read', 'reads', 'said', 'says'].includes(tokens[v]?.lower ?? '') && !tokens[v]!.quoted ? v : undefined;
}

/** Participles that give a name: after a comma or dash they open a reduced relative clause, which is passive. */
const namingParticiples = new Set(['called', 'dubbed', 'termed', 'nicknamed', 'labeled', 'labelled', 'branded', 'known', 'billed',
	'described', 'derided']);

/**
 * `…, called the “Glass Box” by residents,`, `— often labeled as a “witch hunt” —`: the comma or dash before a naming
 * participle (an adverb may come between) that ends at token `k` (itself or its `as`); undefined when there is none.
 */
function namingAside(tokens: readonly Token[], k: number): number | undefined {
	let p = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? k - 1 : k;
	// (`known locally as`.)
	p += p < k && tokens[p]?.word && !tokens[p]!.quoted && ['here', 'locally', 'online', 'widely'].includes(tokens[p]!.lower) ? -1 : 0;
	if (!tokens[p]?.word || tokens[p]!.quoted || !namingParticiples.has(tokens[p]!.lower)) {
		return undefined;
	}

	p--;
	if (tokens[p]?.word && !tokens[p]!.quoted && (tokens[p]!.lower.endsWith('ly') || ['here', 'locally', 'also', 'often', 'sometimes'].includes(tokens[p]!.lower))) {
		p--;
	}

	const open = tokens[p];
	return open !== undefined && !open.quoted && [',', '\u2014', '\u2013', '-'].includes(open.text) ? p : undefined;
}

/** `by the citizens,`, `by Democrats —`: the words of a passive's agent from token `k` up to a preposition or punctuation. */
function agentAt(tokens: readonly Token[], k: number): {first: number; last: number} | undefined {
	let m = k;
	while (m < tokens.length && m - k < 6 && tokens[m]!.word && !tokens[m]!.quoted && !prepositions.has(tokens[m]!.lower)) {
		m++;
	}

	return m > k && m - k < 6 && !['the', 'a', 'an'].includes(tokens[m - 1]!.lower) ? {first: k, last: m - 1} : undefined;
}

/**
 * `officials say the pier will open in May — known here as “the full loop” after … — despite …`: the aside of a naming
 * participle inside a statement's content is no part of it (annotators give the name as an attribution of its own); the
 * content's pieces around it, or the content unchanged when it holds none.
 */
export function withoutNamingAside(ctx: Context, r: Range): Range[] {
	const {text, quotes, tokens} = ctx;
	for (const q of quotesIn(r, quotes)) {
		const first = firstTokenAt(tokens, q.start);
		let k = first - 1;
		while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
			k--;
		}

		const open = k >= 0 ? namingAside(tokens, k) : undefined;
		if (open === undefined || tokens[open]!.start <= r.start) {
			continue;
		}

		// The aside ends at its closing dash, or at a comma after the quotation (a comma inside the closing mark ends it too).
		const dash = tokens[open]!.text !== ',';
		let end = r.end;
		for (let m = firstTokenAt(tokens, q.end); m < tokens.length && tokens[m]!.start < r.end && m - first < 40; m++) {
			const t = tokens[m]!;
			if (!t.quoted && (dash ? t.text === tokens[open]!.text : t.text === ',')) {
				end = t.end;
				break;
			}
		}

		if (!dash && text[q.end - 2] === ',' && end === r.end) {
			end = q.end;
		}

		return [trimRegion(text, r.start, tokens[open]!.start, quotes), end < r.end ? trimRegion(text, end, r.end, quotes) : undefined]
			.filter((x): x is Range => x !== undefined && wordCount(tokens, x) >= 2);
	}

	return [r];
}

type Span = {first: number; last: number};

/** Participles that name with `as` after them: `labeled as “…”`, `known as “…”`. */
const namingAsParticiples = new Set(['labeled', 'labelled', 'described', 'known', 'referred', 'branded', 'characterized', 'portrayed']);

/**
 * `often labeled as a “witch hunt” by critics`, `known as the “Iron Lady” by her rivals`: a naming participle
 * before the quotation at token `first` and `by` after it (token `after`) name who gave the name; the content is the
 * name from its article, the participle (with `as`) the cue.
 */
function namedBy(tokens: readonly Token[], first: number, after: number): {from: number; cue: Span; speaker: Span} | undefined {
	const by = tokens[after];
	if (by?.lower !== 'by' || by.quoted) {
		return undefined;
	}

	const from = ['the', 'a', 'an'].includes(tokens[first - 1]?.lower ?? '') && !tokens[first - 1]!.quoted ? first - 1 : first;
	const k = from - 1;
	const as = tokens[k]?.lower === 'as' && !tokens[k]!.quoted;
	const verb = tokens[as ? k - 1 : k];
	const naming = as ? namingAsParticiples.has(verb?.lower ?? '') || verb?.lower === 'to' : passiveTitlingWords.has(verb?.lower ?? '') || titlingWords.has(verb?.lower ?? '');
	if (!verb?.word || verb.quoted || !naming) {
		return undefined;
	}

	// (`referred to as`: the particle goes with the participle.)
	const cueFirst = verb.lower === 'to' ? k - 2 : (as ? k - 1 : k);
	if (verb.lower === 'to' && tokens[cueFirst]?.lower !== 'referred') {
		return undefined;
	}

	const speaker = phraseStartingAt(tokens, after + 1);
	return speaker ? {from, cue: {first: cueFirst, last: as ? k : cueFirst}, speaker} : undefined;
}

/** Determiners and possessives that open the phrase a title names: `a memo`, `his new book`. */
const namedOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'one', 'two']);

/**
 * `a memo titled “…”`, `Ann Lee, 44, known as “…”`, `Rob Kim, who goes by “…”`: the short phrase that the titling word
 * at `at` names, which annotators mark with the title: a name, or up to five words from a determiner, right before the
 * word or before its comma (past an age or `who`).
 */
function namedThing(tokens: readonly Token[], at: number): {first: number; last: number} | undefined {
	let j = at - 1;
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && (auxiliaries.has(tokens[j]!.lower) || tokens[j]!.lower.endsWith('ly'))) {
		j--;
	}

	if (['who', 'which'].includes(tokens[j]?.lower ?? '') && !tokens[j]!.quoted) {
		j--;
	}

	if (tokens[j]?.text === ',' && !tokens[j]!.quoted) {
		j--;
		if (/^\d+$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') {
			j -= 2;
		}
	}

	const last = tokens[j];
	if (!last?.word || last.quoted || stopWords.has(last.lower)) {
		return undefined;
	}

	let first = j;
	if (last.text[0] !== last.lower[0]) {
		// A name: its capitalised words.
		while (first > 0 && j - first < 4 && tokens[first - 1]!.word && !tokens[first - 1]!.quoted && tokens[first - 1]!.text[0] !== tokens[first - 1]!.lower[0]) {
			first--;
		}

		return {first, last: j};
	}

	for (let k = j; k >= 0 && j - k < 5; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return undefined;
		}

		if (namedOpeners.has(t.lower) || (t.lower.endsWith('\'s') && t.lower.length > 2 && !pronouns.has(t.lower.slice(0, -2)))) {
			return {first: k, last: j};
		}
	}

	return undefined;
}

/** Nouns of what a crowd calls out: `chants of “…”`. */
const chantNouns = new Set(['chant', 'chants', 'calls', 'cries', 'shouts', 'cheers', 'roars', 'refrain']);

/**
 * `were met with chants of “Lee! Lee!”`, `joined in a loud chant of “…”`: the noun of what a crowd calls out right before
 * the quotation at token `first` (annotators mark every such chant; train: all 31).
 */
function chantBefore(tokens: readonly Token[], first: number): {first: number; last: number} | undefined {
	const of = tokens[first - 1];
	const noun = of?.lower === 'of' && !of.quoted ? tokens[first - 2] : undefined;
	return noun?.word && !noun.quoted && chantNouns.has(noun.lower) ? {first: first - 2, last: first - 1} : undefined;
}

/** A plural head or a word for a crowd: `supporters`, `the audience`. */
function isGroup(head: Token): boolean {
	return ['crowd', 'audience', 'fans'].includes(head.lower) || (/[a-z]s$/.test(head.lower) && !head.lower.endsWith('ss'));
}

/** The quotation at `at` with the ones joined to it by commas, `and` or `or` (`“Bad Roads,” “Dark Streets” and “Taxes”`). */
function quotedRun(text: string, quotes: readonly Quote[], at: number): Range[] {
	const run: Range[] = [{start: quotes[at]!.start, end: quotes[at]!.end}];
	for (let i = at + 1; i < quotes.length && /^[\s,]*(?:(?:and|or)\s+)?$/.test(text.slice(quotes[i - 1]!.end, quotes[i]!.start)); i++) {
		run.push({start: quotes[i]!.start, end: quotes[i]!.end});
	}

	return run;
}

/**
 * `Nothing changed, even if he reserved his passion for “…”`: when the sentence opens with no speaker, the nearest
 * pronoun or name before a finite verb on the left is who is quoted.
 */
function nearestSubject(tokens: readonly Token[], before: number): {first: number; last: number} | undefined {
	for (let k = before - 1; k >= 0 && before - k < 30; k--) {
		const t = tokens[k]!;
		const verb = tokens[k + 1];
		if (t.quoted || !t.word || !verb?.word || verb.quoted || verb.text[0] !== verb.lower[0] || stopWords.has(verb.lower)
			|| !/(?:ed|s)$/.test(verb.lower)) {
			continue;
		}

		if (personPronouns.has(t.lower)) {
			return {first: k, last: k};
		}

		if (t.text[0] !== t.lower[0] && k > 0) {
			return phraseEndingAt(tokens, k);
		}
	}

	return undefined;
}

/**
 * `refers to the governor as “Chris,”`, `hailed the plan as the “Harbor Deal”`: a title-like quotation after `as` and a
 * naming verb is the name someone gives, not a title the writer quotes.
 */
function nameGivenAs(tokens: readonly Token[], first: number): boolean {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
		k--;
	}

	return tokens[k]?.lower === 'as' && !tokens[k]!.quoted && verbBeforeAs(tokens, k) >= 0;
}

/** The token at or before `k` past adverbs in -ly. */
function skipAdverbsLeft(tokens: readonly Token[], k: number): number {
	let j = k;
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && tokens[j]!.lower.length > 4 && tokens[j]!.lower.endsWith('ly')) {
		j--;
	}

	return j;
}

/** The participle that names by `as` (`referring to the pier as the “…”`) before the quotation at token `first`; -1 if none. */
function namedAs(tokens: readonly Token[], first: number): number {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
		k--;
	}

	const v = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? verbBeforeAs(tokens, k) : -1;
	return v >= 0 && namingAs.test(tokens[v]!.lower) && tokens[v]!.lower.endsWith('ing') ? v : -1;
}

/** Irregular pasts spelled as their present. */
const presentLike = new Set(['bid', 'cast', 'cut', 'hit', 'let', 'put', 'read', 'set', 'shut']);

/** Verbs that give a name or a label with `as`, whatever their form. */
const namingAs = /^(?:refer|describ|portray|characteri[sz]|depict|label)/;

/** The finite verb (`hailed`, `dismisses`) up to ten words before the `as` at `at`, with its object between; -1 if none. */
function verbBeforeAs(tokens: readonly Token[], at: number): number {
	for (let v = at - 2; v >= 0 && at - v <= 10; v--) {
		const t = tokens[v]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		// (Verbs that name by `as` in any form: `refers to the governor as`, `keeps describing him as`.)
		// (An irregular past names too, `brought it up as “…”`, unless it is also the present: `put`, `set`.)
		if (isVerbLike(t) && (/(?:ed|es)$/.test(t.lower) || namingAs.test(t.lower) || (irregularPastTenses.has(t.lower) && !presentLike.has(t.lower)))
			&& !auxiliaries.has(t.lower)) {
			return v;
		}
	}

	return -1;
}

const naming = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:es|ed|ing)|deem(?:s|ed)?)$/;

/** How far left the content of quoted words may reach, in tokens, before a verb or punctuation stops it. */
const maxReach = 6;

const verbish = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'said', 'says', 'say',
	'called', 'calls', 'call', 'calling', 'described', 'describes', 'labeled', 'labelled', 'dubbed', 'termed', 'branded',
	'that', 'who', 'which', 'and', 'but', 'or', 'because', 'if', 'when', 'while', 'as', 'than']);

/** A word that ends the content on its left: a verb (lexicon or past tense) or a clause word. */
function isVerbForm(t: Token): boolean {
	return cueVerbs.has(t.lower) || verbish.has(t.lower) || (t.lower.endsWith('ed') && t.lower.length > 4 && t.text[0] === t.lower[0]);
}

/** Fewest words for a quotation inside a sentence to count as attributed content. */
const minWords = 3;
