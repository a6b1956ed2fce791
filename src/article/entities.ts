/** The named character references that turn up in hand-written Markdown; others are left as written. */
const named: Readonly<Record<string, string>> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0', shy: '\u00AD',
	mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
	bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢',
	eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú',
	ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', Eacute: 'É',
};

/**
 * Decodes HTML character references (`&amp;`, `&#8220;`, `&#x201C;`) in Markdown text. Numeric references
 * to NUL, surrogates or beyond U+10FFFF become U+FFFD, as HTML does.
 */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}

	return text.replaceAll(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (whole, decimal?: string, hex?: string, name?: string) => {
		if (name !== undefined) {
			return named[name] ?? whole;
		}

		const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number.parseInt(decimal, 10);
		return code === 0 || code > 0x10_FF_FF || (code >= 0xD8_00 && code <= 0xDF_FF) ? '\uFFFD' : String.fromCodePoint(code);
	});
}
