/**
 * The statements of one paragraph's units in reading order, each joined to the statement it continues (a split or
 * continued quotation), given the speaker the sentence or paragraph before it introduced, or closing the bare quotation
 * before it; index.ts reads the paragraphs. Offsets are UTF-16 indices into the article text.
 */
import type {Placed} from './assemble-sources.js';
import {datelineLength, isLinkedExcerpt} from './markup.js';
import type {Quote} from './quotes.js';
import {unitStatements} from './statements.js';
import type {RawStatement} from './statement-record.js';
import {markRepeats} from './statement-pronouns.js';
import {blockIntro, colonIntro, occasionIntro, sentenceIntro, subjectIntro} from './intro-sentences.js';
import {tokenize} from './tokens.js';
import {units, type Range} from './units.js';

/** `Lee wrote:` closing a paragraph: the speaker and cue of the block that follows. */
export type Block = {cue: Placed['cue']; speaker: Placed['speaker']; paragraph: number};

/** What a paragraph leaves for the next one. */
export type Carried = {
	/**
	 * The speaker the last sentence introduced (`He said:`, `Lee agreed.`), for a bare quotation next; read lazily (only
	 * when a bare quotation follows): most units without statements need no second look.
	 */
	intro: (() => ReturnType<typeof colonIntro>) | undefined;
	/** The paragraph closed with `Lee wrote:`: what follows is what she wrote. */
	block: Block | undefined;
};

/** Appends the statements of the paragraph `para` (number `pi`) to `out`; `carried` goes from paragraph to paragraph. */
export function placeUnits(text: string, para: Range, pi: number, quotes: readonly Quote[], out: Placed[], carried: Carried): void {
	// The statement of the previous unit when it was a bare quotation of its own.
	let lastBare = -1;
	let lastBareUnit = -1;
	let q = 0;
	const paraUnits = units(text, para.start, para.end, quotes);
	for (let ui = 0; ui < paraUnits.length; ui++) {
		const whole = paraUnits[ui]!;
		const unit = ui === 0 ? {start: whole.start + datelineLength(text, whole.start), end: whole.end} : whole;
		while (q < quotes.length && quotes[q]!.end <= unit.start) {
			q++;
		}

		const inUnit: Quote[] = [];
		for (let k = q; k < quotes.length && quotes[k]!.start < unit.end; k++) {
			inUnit.push(quotes[k]!);
		}

		const tokens = tokenize(text, unit.start, unit.end, inUnit);
		const found = unitStatements(text, unit, inUnit, tokens, pi, paraUnits.length === 1).filter(st => !isLinkedExcerpt(text, st.content.at(-1)!.end, para.end));
		markRepeats(tokens, found);

		const introduced = carried.intro && found[0]?.bare ? carried.intro() : undefined;
		if (introduced) {
			// The quotation introduced by the previous paragraph's `He said:` or the previous sentence's `Lee agreed.`.
			found[0] = {...found[0]!, bare: false, cue: introduced.cue, speaker: introduced.speaker};
		}

		carried.intro = undefined;
		const count = out.length;
		for (const st of found) {
			add(out, st, pi, ui);
		}

		if (found.length === 0) {
			const ctx = {text, unit, quotes: inUnit, tokens};
			const trailer = ui > 0 && lastBare >= 0 && lastBare === out.length - 1 && lastBareUnit === ui - 1 ? sentenceIntro(ctx) : undefined;
			if (trailer) {
				// `“Why not?” / Beck questioned.`: a sentence that is only a speaker and a cue closes the quotation before it.
				const st = out[lastBare]!;
				st.cue = trailer.cue;
				st.speaker = trailer.speaker;
				st.bare = false;
				st.inherit = undefined;
			} else {
				carried.intro = ui === paraUnits.length - 1 ? () => colonIntro(ctx) ?? occasionIntro(ctx) : () => sentenceIntro(ctx) ?? subjectIntro(ctx);
			}
		}

		lastBare = out.length === count + 1 && out.at(-1)!.bare && found.length === 1 ? out.length - 1 : -1;
		lastBareUnit = ui;
		if (ui === paraUnits.length - 1 && tokens.at(-1)?.text === ':') {
			const b = blockIntro({text, unit, quotes: inUnit, tokens});
			carried.block = b && {...b, paragraph: pi};
		}
	}
}

/** Appends `st` to `out`, or joins it to the statement it continues. */
function add(out: Placed[], st: RawStatement, pi: number, ui: number): void {
	const last = out.at(-1);
	// A bare quotation after a title or chant given in passing (`The ad, titled “…,” ran.`) goes on from the statement
	// before it.
	const prev = (last?.aside || last?.sourceless) && st.bare ? lastMainStatement(out) : last;
	if (st.bare) {
		if (prev && prev.paragraph === pi && (prev.kind !== 'indirect' || prev.continued) && !prev.turned) {
			// `“A,” she said. “B.”`: one statement, two spans.
			prev.content.push(...st.content);
			prev.open = st.open;
			prev.kind = prev.kind === 'indirect' ? 'mixed' : prev.kind;
			return;
		}

		if (prev?.open && prev.paragraph === pi - 1 && ui === 0) {
			// A quotation continued from the previous paragraph (left open there, reopened here).
			prev.content.push(...st.content);
			prev.paragraph = pi;
			prev.open = st.open;
			return;
		}

		out.push(placed(st, st.content, recentSpeaker(out, pi)));
		return;
	}

	if (prev?.bare && prev.open && prev.paragraph === pi - 1 && ui === 0 && st.kind !== 'indirect') {
		// The attribution comes in the paragraph that continues an open quotation.
		out.pop();
		out.push(placed(st, [...prev.content, ...st.content], undefined));
		return;
	}

	out.push(placed(st, st.content, st.speaker || st.sourceless ? undefined : recentSpeaker(out, pi)));
}

/**
 * How many statements back the look for an earlier speaker or main statement goes: a paragraph of thousands of
 * quotations without one (a list of titles, a chant repeated) would otherwise make each look quadratic.
 */
const lookBack = 64;

/** The latest statement that is neither an aside nor a sourceless name or chant (within `lookBack`). */
function lastMainStatement(out: readonly Placed[]): Placed | undefined {
	for (let i = out.length - 1; i >= Math.max(0, out.length - lookBack); i--) {
		if (!out[i]!.aside && !out[i]!.sourceless) {
			return out[i];
		}
	}

	return undefined;
}

/** The latest statement with a speaker in this or the two previous paragraphs: who an unattributed quote most likely is. */
function recentSpeaker(out: readonly Placed[], pi: number): number | undefined {
	for (let i = out.length - 1; i >= Math.max(0, out.length - lookBack) && out[i]!.paragraph >= pi - 2; i--) {
		if (out[i]!.speaker) {
			return i;
		}

		if (out[i]!.inherit !== undefined) {
			return out[i]!.inherit;
		}
	}

	return undefined;
}

function placed(st: RawStatement, content: RawStatement['content'], inherit: number | undefined): Placed {
	return {content, kind: st.kind, cue: st.cue, speaker: st.speaker, role: st.role, clause: st.clause,
		antecedent: st.antecedent, repeats: st.repeats, paragraph: st.paragraph, bare: st.bare, open: st.open, aside: st.aside,
		continued: st.continued, turned: st.turned, sourceless: st.sourceless, inherit};
}
