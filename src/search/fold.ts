/*
 * Length-preserving folding for search: every UTF-16 unit (or surrogate pair) maps to one of the same length,
 * so an offset in the folded text is the same offset in the original. (`String#toLowerCase` can change the
 * length, e.g. `İ` → `i̇`, and lowercases `Σ` by context.)
 */

/**
 * Fold tables per BMP unit, indexed by mode (1 = case, 2 = loose, 3 = both); 0 = not computed yet (unit 0
 * folds to itself anyway). Loose folding drops accents and makes typographic quotes and dashes plain.
 */
const tables = [new Uint16Array(0), new Uint16Array(0x1_00_00), new Uint16Array(0x1_00_00), new Uint16Array(0x1_00_00)] as const;
const pairFolds = new Map<number, number>();

const typographic: Record<string, string> = {
	'\u2018': '\'', '\u2019': '\'', '\u201A': '\'', '\u201B': '\'', '\u2032': '\'',
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const mark = /^\p{M}+$/u;

function isSurrogate(code: number): boolean {
	return code >= 0xD8_00 && code <= 0xDF_FF;
}

/** The same-length case fold of one BMP unit: simple case folding as far as lowercasing gives it. */
function foldCaseUnit(code: number): number {
	const character = String.fromCharCode(code);
	// Upper then lower also folds `ς` and `σ`, `ſ` and `s`, `ϐ` and `β` together.
	for (const candidate of [character.toUpperCase().toLowerCase(), character.toLowerCase()]) {
		if (candidate.length === 1) {
			return candidate.charCodeAt(0);
		}
	}

	// `İ` lowercases to `i` + a combining dot: keep the `i`.
	const first = character.toLowerCase().charCodeAt(0);
	return isSurrogate(first) ? code : first;
}

/** Accents dropped from a precomposed letter (`É` → `E`), curly quotes and dashes made plain; case kept. */
function foldLooseUnit(code: number): number {
	const character = String.fromCharCode(code);
	const plain = typographic[character];
	if (plain !== undefined) {
		return plain.charCodeAt(0);
	}

	const decomposed = character.normalize('NFD');
	if (decomposed.length > 1 && !isSurrogate(decomposed.charCodeAt(0)) && mark.test(decomposed.slice(1))) {
		return decomposed.charCodeAt(0);
	}

	return code;
}

function computeUnit(code: number, mode: number): number {
	if (mode === 1) {
		return foldCaseUnit(code);
	}

	const loose = foldLooseUnit(code);
	return mode === 2 ? loose : foldUnit(loose, true, false);
}

/**
 * The folded form of one BMP UTF-16 unit (itself when neither folding is asked for): `foldCase` for
 * case-insensitive search, `loose` for accent- and typography-insensitive search.
 */
export function foldUnit(code: number, foldCase: boolean, loose: boolean): number {
	const mode = (foldCase ? 1 : 0) + (loose ? 2 : 0);
	if (mode === 0) {
		return code;
	}

	const table = tables[mode as 1 | 2 | 3];
	return table[code] || (table[code] = computeUnit(code, mode));
}

/** The case fold of a supplementary code point, if it stays a supplementary code point (else itself). Loose folding leaves these alone. */
function foldPair(codePoint: number): number {
	let folded = pairFolds.get(codePoint);
	if (folded === undefined) {
		const lower = String.fromCodePoint(codePoint).toUpperCase().toLowerCase();
		folded = lower.length === 2 ? lower.codePointAt(0)! : codePoint;
		pairFolds.set(codePoint, folded);
	}

	return folded;
}

const decoder = new TextDecoder('utf-16le');

/** Units folded between two looks at the clock in `textFolder`. */
const unitsPerClockCheck = 1 << 14;

/**
 * Units decoded into one piece of the folded text. Pieces over 128 KB go to V8's large-object space, which young
 * collections never copy; a 3 MB article's pieces of 32 KB were copied by them, in pauses of up to 12 ms.
 */
const unitsPerPiece = 1 << 16;

/** What `textFolder` gives: the folded text, and whether the text has combining accents (U+0300–U+036F). */
export type FoldedText = {readonly folded: string; readonly hasMarks: boolean};

/**
 * `text` folded unit by unit (same length, same offsets; see `foldUnit`). Linear: about 30 ms per MB of text.
 */
export function foldText(text: string, foldCase: boolean, loose: boolean): string {
	return foldWhole(text, foldCase, loose).folded;
}

/** `textFolder` run to the end at once. */
export function foldWhole(text: string, foldCase: boolean, loose: boolean): FoldedText {
	const folder = textFolder(text, foldCase, loose);
	let result: FoldedText | null = null;
	while (result === null) {
		result = folder.step(Number.POSITIVE_INFINITY);
	}

	return result;
}

/**
 * Folds `text` as `foldText` does, in steps of about `budgetMs` milliseconds each (a 3 MB article takes about
 * 90 ms in all), so it can run while a reader waits for keys; `step` returns the result once done, else null.
 */
export function textFolder(text: string, foldCase: boolean, loose: boolean): {step(budgetMs: number): FoldedText | null} {
	const mode = (foldCase ? 1 : 0) + (loose ? 2 : 0);
	if (mode === 0) {
		return {step: () => ({folded: text, hasMarks: /[\u0300-\u036F]/.test(text)})};
	}

	const units = new Uint16Array(text.length);
	const table = tables[mode as 1 | 2 | 3];
	const pieces: string[] = [];
	let index = 0;
	let decoded = 0;
	let hasMarks = false;
	return {
		step(budgetMs) {
			const deadline = performance.now() + budgetMs;
			while (index < text.length) {
				const end = Math.min(text.length, index + unitsPerClockCheck);
				for (; index < end; index++) {
					const code = text.charCodeAt(index);
					hasMarks ||= code >= 0x3_00 && code <= 0x3_6F;
					if (foldCase && code >= 0xD8_00 && code <= 0xDB_FF && index + 1 < text.length) {
						const low = text.charCodeAt(index + 1);
						if (low >= 0xDC_00 && low <= 0xDF_FF) {
							const folded = foldPair(((code - 0xD8_00) * 0x4_00) + (low - 0xDC_00) + 0x1_00_00);
							units[index] = 0xD8_00 + ((folded - 0x1_00_00) >> 10);
							units[index + 1] = 0xDC_00 + ((folded - 0x1_00_00) & 0x3_FF);
							index++;
							continue;
						}
					}

					units[index] = table[code] || foldUnit(code, foldCase, loose);
				}

				// A piece never ends between the two halves of a pair (the loop above takes both), so decoding
				// piece by piece gives what decoding the whole would. Lone surrogates decode to U+FFFD: still one unit
				// each, so offsets stay put.
				if (index - decoded >= unitsPerPiece || index >= text.length) {
					pieces.push(decoder.decode(units.subarray(decoded, index)));
					decoded = index;
				}

				if (index < text.length && performance.now() >= deadline) {
					return null;
				}
			}

			return {folded: pieces.length === 1 ? pieces[0]! : pieces.join(''), hasMarks};
		},
	};
}
