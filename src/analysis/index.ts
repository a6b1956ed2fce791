import type {Attribution} from './types.js';
import {assemble} from './assemble.js';
import type {Placed} from './assemble-sources.js';
import {datelineLength, isEditorsNote, isLinkedExcerpt, maskMarkup} from './markup.js';
import {findQuotes, usesSingleQuotes, type Quote} from './quotes.js';
import {unitStatements} from './statements.js';
import type {RawStatement} from './statement-record.js';
import {markRepeats} from './statement-pronouns.js';
import {blockIntro, colonIntro, sentenceIntro, subjectIntro} from './intro-sentences.js';
import {kindOf} from './content.js';
import {trimRegion} from './regions.js';
import {tokenize} from './tokens.js';
import {transcriptTurns} from './transcript.js';
import {paragraphs, units, type Range} from './units.js';
import {prune} from './prune.js';

/**
 * Finds every attributed statement in `text` and groups speakers into sources. All offsets are UTF-16 indices into
 * `text`, and every span's `text` equals `text.slice(start, end)`. Pure; never throws (on an internal error it
 * returns nothing found rather than failing the reader).
 */
export function analyzeAttribution(text: string): Attribution {
	try {
		return analyzeOrThrow(text);
	} catch {
		return {statements: [], sources: []};
	}
}

/** `analyzeAttribution` without the safety net, so tests see any internal error. */
export function analyzeOrThrow(text: string): Attribution {
	return prune(assemble(text, place(maskMarkup(text))));
}

/** Unit statements in reading order, with split quotes, continued quotes and bare quoted paragraphs joined up. */
function place(text: string): Placed[] {
	const single = usesSingleQuotes(text);
	const out: Placed[] = [];
	// Read lazily (only when a bare quotation follows): most units without statements need no second look.
	let intro: (() => ReturnType<typeof colonIntro>) | undefined;
	// The statement of the previous unit when it was a bare quotation of its own.
	let lastBare = -1;
	let lastBareUnit = -1;
	// The previous paragraph closed with `Lee wrote:`: what follows is what she wrote.
	let block: Block | undefined;
	const paras = paragraphs(text);
	const turns = transcriptTurns(text, paras);
	for (let pi = 0; pi < paras.length; pi++) {
		const para = paras[pi]!;
		const last = out.at(-1);
		const signed = last && last.paragraph === pi - 1 && !last.speaker && last.kind === 'direct' ? signature(text, para) : undefined;
		if (last && signed) {
			// `“…”` / `- Ann Lee, tweeting after the debate.`: a quotation signed in the paragraph after it.
			last.speaker = signed.speaker;
			last.cue = signed.cue;
			last.bare = false;
			last.inherit = undefined;
			continue;
		}

		if (isEditorsNote(text, para.start)) {
			continue;
		}

		const turn = turns.get(pi);
		if (turn) {
			// The whole turn is the speaker's words, quotations inside it included.
			out.push({content: [turn.content], kind: 'direct', cue: {start: turn.colon, end: turn.colon + 1}, speaker: turn.label,
				role: undefined, clause: undefined, antecedent: undefined, repeats: undefined, paragraph: pi, bare: false,
				open: false, aside: false, continued: false, turned: false, sourceless: false, inherit: undefined});
			intro = undefined;
			block = undefined;
			continue;
		}

		let quotes = findQuotes(text, para.start, para.end, single);
		if (pi === 0 && !single && quotes.length === 0) {
			// Headlines often quote with single marks even when the body uses double ones.
			quotes = findQuotes(text, para.start, para.end, true);
		}

		const held = block;
		block = undefined;
		if (held && held.paragraph === pi - 1 && quotes[0]?.start !== para.start) {
			pi = blockQuote(text, paras, pi, quotes, single, held, out);
			continue;
		}

		let q = 0;
		lastBare = -1;
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

			const introduced = intro && found[0]?.bare ? intro() : undefined;
			if (introduced) {
				// The quotation introduced by the previous paragraph's `He said:` or the previous sentence's `Lee agreed.`.
				found[0] = {...found[0]!, bare: false, cue: introduced.cue, speaker: introduced.speaker};
			}

			intro = undefined;
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
					intro = ui === paraUnits.length - 1 ? () => colonIntro(ctx) : () => sentenceIntro(ctx) ?? subjectIntro(ctx);
				}
			}

			lastBare = out.length === count + 1 && out.at(-1)!.bare && found.length === 1 ? out.length - 1 : -1;
			lastBareUnit = ui;
			if (ui === paraUnits.length - 1 && tokens.at(-1)?.text === ':') {
				const b = blockIntro({text, unit, quotes: inUnit, tokens});
				block = b && {...b, paragraph: pi};
			}
		}
	}

	return out;
}

type Block = {cue: Placed['cue']; speaker: Placed['speaker']; paragraph: number};

/** A list item's marker (`l`, a bullet or a dash, then a space), which the items after it repeat. */
const listMarker = /^(?:l|\u2022|\u00B7|\*|-|\u2013|\u2014) /;

/**
 * `Lee wrote:` / then a paragraph without quotation marks: that paragraph, and the list items after it that open with its
 * marker, is one statement; what the intro's own unit read as content before its cue goes. Returns the last paragraph used.
 */
function blockQuote(text: string, paras: readonly Range[], pi: number, quotes: readonly Quote[], single: boolean, held: Block,
	out: Placed[]): number {
	for (let i = out.length - 1; i >= 0 && out[i]!.paragraph === pi - 1; i--) {
		if (out[i]!.cue?.start === held.cue!.start) {
			out.splice(i, 1);
			break;
		}
	}

	const marker = listMarker.exec(text.slice(paras[pi]!.start, paras[pi]!.start + 2))?.[0] ?? '';
	const first = trimRegion(text, paras[pi]!.start + marker.length, paras[pi]!.end, quotes);
	const content = first ? [first] : [];
	const all = [...quotes];
	let last = pi;
	while (marker && last + 1 < paras.length && text.startsWith(marker, paras[last + 1]!.start)) {
		last++;
		const more = findQuotes(text, paras[last]!.start, paras[last]!.end, single);
		const r = trimRegion(text, paras[last]!.start + marker.length, paras[last]!.end, more);
		all.push(...more);
		if (r) {
			content.push(r);
		}
	}

	if (content.length > 0) {
		out.push({content, kind: kindOf(content, all), cue: held.cue, speaker: held.speaker, role: undefined, clause: undefined,
			antecedent: undefined, repeats: undefined, paragraph: last, bare: false, open: false, aside: false, continued: false,
			turned: false, sourceless: false, inherit: undefined});
	}

	return last;
}

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

/** `- Ann Lee.` / `— Ann Lee, Ohio.`: a paragraph that only signs the quotation before it (a dash, then a name). */
const signatureRe = /^([-\u2013\u2014\u2015]) ?(\p{Lu}[\p{L}.'\u2019-]*(?: (?:\p{Lu}[\p{L}.'\u2019-]*|de|van|von|da)){0,4})(?:,[^\n]{0,80})?\.?$/u;

function signature(text: string, para: {start: number; end: number}): Pick<Placed, 'cue' | 'speaker'> | undefined {
	if (para.end - para.start > 100) {
		return undefined;
	}

	const m = signatureRe.exec(text.slice(para.start, para.end));
	if (!m) {
		return undefined;
	}

	const at = para.start + m[0].indexOf(m[2]!, 1);
	return {cue: {start: para.start, end: para.start + 1}, speaker: {start: at, end: at + m[2]!.length}};
}
