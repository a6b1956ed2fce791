import fc from 'fast-check';

/** Pieces that stress width and cluster handling: wide, zero-width, joining, control and space characters. */
const tricky = [
	' ', '  ', '\t', '\r', '\u000B', '\u00A0', '\u200B', '\u3000', '\u2028', 'a', 'word', 'Wörter', '—', '“', '’',
	'東', '京都', 'ｶﾞ', 'ﾞ', '😀', '👍🏽', '👨‍👩‍👧', '🇹🇼', '🇹', '#\u20E3', 'e\u0301', '\u0301', '\u200D', '\uFE0F',
	'각', '\u1100\u1161\u11A8', '\u1100', '\u1100각', '각\u11A8', '가\u1161', '한국어', 'क्षि', '\u0E33', 'ก\u0E33', '\u0600', '\u0600١', '\u001B[31m', '\u0007', '\u009B',
	'\u202E', '\uD800', '\uDC00', 'ℵ', '\u0D4E', 'x\u0903\u0903\u0903',
];

/** Random text mixing tricky pieces, arbitrary code points and arbitrary grapheme clusters. */
export const unicodeText = fc
	.array(fc.oneof(
		{weight: 4, arbitrary: fc.constantFrom(...tricky)},
		{weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
		{weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
		{weight: 2, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 12})},
	), {maxLength: 40})
	.map(pieces => pieces.join(''));
