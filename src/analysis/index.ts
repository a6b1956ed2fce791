import type {Attribution} from './types.js';
import {assemble} from './assemble.js';
import type {Placed} from './assemble-sources.js';
import {asEmDashes, isEditorsNote, isPageChrome, maskMarkup} from './markup.js';
import {findQuotes, usesSingleQuotes, type Quote} from './quotes.js';
import {kindOf} from './content.js';
import {trimRegion} from './regions.js';
import {transcriptTurns, type Turn} from './transcript.js';
import {paragraphs, type Range} from './units.js';
import {placeUnits, type Block, type Carried} from './index-units.js';
import {prune} from './prune.js';
import {asDoubleQuotes} from './single-quotes.js';
import {unwrapped} from '../text/hard-wrap.js';

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
	return prune(text, assemble(text, place(asDoubleQuotes(asEmDashes(unwrapped(maskMarkup(text)))))));
}

/** Unit statements in reading order, with split quotes, continued quotes and bare quoted paragraphs joined up. */
function place(text: string): Placed[] {
	const single = usesSingleQuotes(text);
	const out: Placed[] = [];
	const carried: Carried = {intro: undefined, block: undefined};
	const paras = paragraphs(text).filter(para => !isPageChrome(text, para));
	const turns = transcriptTurns(text, paras);
	for (let pi = 0; pi < paras.length; pi++) {
		const para = paras[pi]!;
		if (signedQuotation(text, para, pi, out) || isEditorsNote(text, para.start)) {
			continue;
		}

		const turn = turns.get(pi);
		if (turn) {
			out.push(turnStatement(turn, pi));
			carried.intro = undefined;
			carried.block = undefined;
			continue;
		}

		const quotes = paragraphQuotes(text, para, pi, single);
		const held = carried.block;
		carried.block = undefined;
		if (held && held.paragraph === pi - 1 && quotes[0]?.start !== para.start) {
			pi = blockQuote(text, paras, pi, quotes, single, held, out);
			continue;
		}

		placeUnits(text, para, pi, quotes, out, carried);
	}

	return out;
}

/** `“…”` / `- Ann Lee, tweeting after the debate.`: a quotation signed in the paragraph after it gets its speaker. */
function signedQuotation(text: string, para: Range, pi: number, out: readonly Placed[]): boolean {
	const last = out.at(-1);
	const signed = last && last.paragraph === pi - 1 && !last.speaker && last.kind === 'direct' ? signature(text, para) : undefined;
	if (last && signed) {
		last.speaker = signed.speaker;
		last.cue = signed.cue;
		last.bare = false;
		last.inherit = undefined;
		return true;
	}

	return false;
}

/** A transcript's turn: the whole turn is the speaker's words, quotations inside it included. */
function turnStatement(turn: Turn, pi: number): Placed {
	return {content: [turn.content], kind: 'direct', cue: {start: turn.colon, end: turn.colon + 1}, speaker: turn.label,
		role: undefined, clause: undefined, antecedent: undefined, repeats: undefined, paragraph: pi, bare: false,
		open: false, aside: false, continued: false, turned: false, sourceless: false, inherit: undefined};
}

/** The paragraph's quotations; headlines often quote with single marks even when the body uses double ones. */
function paragraphQuotes(text: string, para: Range, pi: number, single: boolean): Quote[] {
	const quotes = findQuotes(text, para.start, para.end, single);
	return pi === 0 && !single && quotes.length === 0 ? findQuotes(text, para.start, para.end, true) : quotes;
}

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
