import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';

/*
 * Terminal column widths that agree exactly with `string-width` (which Ink uses to measure), but stay linear on
 * huge strings. On Node 20, `Intl.Segmenter` (and so string-width) goes quadratic on one long non-ASCII string, so
 * grapheme clusters are found here with a per-code-unit fast path, and the segmenter only ever sees short pieces.
 */

// Created on first use: the first segmenter of a process costs about 20 ms, and simple text never needs one.
let segmenter: Intl.Segmenter | undefined;

/** Longest piece (UTF-16 units) handed to `Intl.Segmenter` at once. */
const chunkLength = 256;

/**
 * Per BMP code unit: 0 = not yet classified, 1 = not simple, 2 + w = simple with width w. A simple code unit is a
 * whole grapheme cluster whenever its neighbours are simple too: a letter, number, punctuation, symbol or space
 * with grapheme break property Other (or a Hangul syllable); not a mark, Prepend, Hangul jamo, surrogate or control.
 */
const simpleTable = new Uint8Array(0x1_00_00);
for (let code = 0x20; code < 0x7F; code++) {
	simpleTable[code] = 3;
}

const simpleCandidate = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const graphemeExtend = /\p{Grapheme_Extend}/u;
const ignorable = /\p{Default_Ignorable_Code_Point}/u;

function classify(code: number): number {
	let value = 1;
	// Hangul jamo join each other and precomposed syllables; a syllable itself is simple: between two simple
	// neighbours it stands alone, and after a jamo the segmenter sees both (see `#segment`).
	const isHangul = (code >= 0x11_00 && code <= 0x11_FF) || (code >= 0xA9_60 && code <= 0xA9_7F) || (code >= 0xD7_B0 && code <= 0xD7_FF);
	// U+0D4E is Prepend; U+0E33 and U+0EB3 are SpacingMark; U+FF9E/U+FF9F are Extend: all letters, all joining.
	const isJoiningLetter = code === 0x0D_4E || code === 0x0E_33 || code === 0x0E_B3 || code === 0xFF_9E || code === 0xFF_9F;
	if (!isHangul && !isJoiningLetter && !(code >= 0xD8_00 && code <= 0xDF_FF)) {
		const character = String.fromCharCode(code);
		if (simpleCandidate.test(character) && !graphemeExtend.test(character)) {
			// What string-width decides for a lone simple character, without its first-call cost (about 40 ms to
			// build its emoji regex and segmenter, on the start-up path): zero when ignorable, else East Asian Width.
			value = 2 + (ignorable.test(character) ? 0 : eastAsianWidth(code));
		}
	}

	simpleTable[code] = value;
	return value;
}

/** Width + 2 of a simple code unit, or 1 when it may join its neighbours. */
function simpleValue(code: number): number {
	return simpleTable[code] || classify(code);
}

/** Controls (C0, DEL, C1, ZWSP) always stand alone as clusters (UAX #29 GB4/GB5), except CR LF. */
function isControl(code: number): boolean {
	return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code === 0x20_0B;
}

const clusterWidths = new Map<string, number>();

function clusterWidth(cluster: string): number {
	let width = clusterWidths.get(cluster);
	if (width === undefined) {
		width = stringWidth(cluster);
		if (clusterWidths.size > 4096) {
			clusterWidths.clear();
		}

		clusterWidths.set(cluster, width);
	}

	return width;
}

/**
 * Walks a string by grapheme cluster. `measure(index)` must be given the start of a cluster (0, or an index it
 * returned as `index + length` before); it sets `length` (UTF-16 units) and `width` (terminal columns, as
 * string-width counts them) of the cluster there. Linear in the text, whatever its length.
 */
export class GraphemeCursor {
	/** UTF-16 length of the cluster found by the last `measure`. */
	length = 0;
	/** Terminal columns of the cluster found by the last `measure`. */
	width = 0;
	readonly #text: string;
	// Clusters of the last piece segmented, as parallel arrays of start offsets, lengths and widths.
	#starts: number[] = [];
	#lengths: number[] = [];
	#widths: number[] = [];
	#next = 0;

	constructor(text: string) {
		this.#text = text;
	}

	/** Measures the cluster starting at UTF-16 offset `index` (which must be a cluster boundary). */
	measure(index: number): void {
		const text = this.#text;
		const value = simpleValue(text.charCodeAt(index));
		if (value > 1) {
			const following = index + 1 < text.length ? text.charCodeAt(index + 1) : 0x20;
			if (simpleValue(following) > 1 || (isControl(following) && following !== 0x0A)) {
				this.length = 1;
				this.width = value - 2;
				return;
			}
		} else if (isControl(text.charCodeAt(index)) && !(text.charCodeAt(index) === 0x0D && text.charCodeAt(index + 1) === 0x0A)) {
			this.length = 1;
			this.width = 0;
			return;
		}

		if (this.#starts[this.#next] !== index) {
			this.#next = this.#starts.indexOf(index);
			if (this.#next === -1) {
				this.#segment(index);
			}
		}

		this.length = this.#lengths[this.#next]!;
		this.width = this.#widths[this.#next]!;
		this.#next++;
	}

	/** Segments from `index` up to a certain cluster boundary (two simple units in a row, a control) or a chunk. */
	#segment(index: number): void {
		const text = this.#text;
		let end = index + 1;
		let previousSimple = simpleValue(text.charCodeAt(index)) > 1;
		while (end < text.length && end - index < chunkLength) {
			const code = text.charCodeAt(end);
			const simple = simpleValue(code) > 1;
			if ((simple && previousSimple) || (isControl(code) && !(code === 0x0A && text.charCodeAt(end - 1) === 0x0D))) {
				break;
			}

			previousSimple = simple;
			end++;
		}

		this.#starts = [];
		this.#lengths = [];
		this.#widths = [];
		for (const {segment, index: start} of (segmenter ??= new Intl.Segmenter()).segment(text.slice(index, end))) {
			this.#starts.push(index + start);
			this.#lengths.push(segment.length);
			this.#widths.push(clusterWidth(segment));
		}

		// Cut by the chunk limit, the last cluster may go on past `end`: leave it for the next piece.
		if (end - index >= chunkLength && end < text.length && this.#starts.length > 1) {
			this.#starts.pop();
			this.#lengths.pop();
			this.#widths.pop();
		}

		this.#next = 0;
	}
}

const printableAscii = /^[\u0020-\u007E]*$/;

/**
 * Terminal columns `text` takes, exactly as string-width counts them (controls and zero-width characters 0,
 * East Asian wide characters and emoji 2), but in linear time on strings of any length. Expects text without
 * ANSI escape sequences (sanitise first).
 */
export function terminalWidth(text: string): number {
	if (printableAscii.test(text)) {
		return text.length;
	}

	// Text of simple code units only (curly quotes, accents, CJK…) is one cluster per unit: no cursor to allocate.
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const value = simpleValue(text.charCodeAt(index));
		if (value <= 1) {
			return widthByClusters(text);
		}

		width += value - 2;
	}

	return width;
}

function widthByClusters(text: string): number {
	const cursor = new GraphemeCursor(text);
	let width = 0;
	for (let index = 0; index < text.length; index += cursor.length) {
		cursor.measure(index);
		width += cursor.width;
	}

	return width;
}

/**
 * The longest start of `text` that fits in `columns` terminal columns, never cutting a grapheme cluster (so
 * never half a wide character). When text had to be cut, `ellipsis` (e.g. `…`) is appended and counted in
 * the columns; it is left out when even it does not fit.
 */
export function truncateToWidth(text: string, columns: number, ellipsis = ''): string {
	const limit = Math.max(0, Math.floor(columns));
	if (printableAscii.test(text) && printableAscii.test(ellipsis)) {
		if (text.length <= limit) {
			return text;
		}

		return ellipsis.length <= limit ? text.slice(0, limit - ellipsis.length) + ellipsis : text.slice(0, limit);
	}

	const ellipsisWidth = terminalWidth(ellipsis);
	const cursor = new GraphemeCursor(text);
	let width = 0;
	// Where the text must be cut if an ellipsis follows, and where it must be cut without one.
	let cutWithEllipsis = -1;
	for (let index = 0; index < text.length; index += cursor.length) {
		cursor.measure(index);
		if (cutWithEllipsis === -1 && width + cursor.width > limit - ellipsisWidth) {
			cutWithEllipsis = index;
		}

		if (width + cursor.width > limit) {
			return ellipsisWidth <= limit ? text.slice(0, cutWithEllipsis) + ellipsis : text.slice(0, index);
		}

		width += cursor.width;
	}

	return text;
}
