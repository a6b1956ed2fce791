import type {TextEncoding} from '../article/types.js';

/** Result of turning the bytes of an article into a string. */
export type Decoded = {
	/** The decoded text, leading BOM removed; nothing else changed. */
	readonly text: string;
	readonly encoding: TextEncoding;
	/** True when a byte-order mark was found (and dropped). */
	readonly hadBom: boolean;
};

/** Why bytes were refused as an article. */
export type DecodeRefusal = {readonly refused: 'binary'};

/**
 * Decodes article bytes: a BOM picks UTF-8, UTF-16 LE or UTF-16 BE; otherwise strict UTF-8, falling back to
 * Windows-1252 for bytes that are not valid UTF-8. Refuses binary data (NUL bytes outside UTF-16, or mostly
 * control characters). `charset` (an HTTP `Content-Type` label) is honoured when no BOM is present.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): Decoded | DecodeRefusal {
	if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
		return checkText(decodeWith('utf-8', bytes.subarray(3)), 'utf-8', true);
	}

	if (bytes[0] === 0xFF && bytes[1] === 0xFE) {
		return checkText(decodeWith('utf-16le', bytes.subarray(2)), 'utf-16le', true);
	}

	if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
		return checkText(decodeWith('utf-16be', bytes.subarray(2)), 'utf-16be', true);
	}

	if (hasNulByte(bytes)) {
		return {refused: 'binary'};
	}

	const label = charset?.trim().toLowerCase();
	if (label && !/^(utf-?8|us-ascii|ascii)$/.test(label)) {
		const encoding = label === 'utf-16le' || label === 'utf-16be' ? label : 'windows-1252';
		if (encoding === 'windows-1252' && !/^(windows-1252|iso-8859-1|latin-?1|cp1252)$/.test(label)) {
			// An unknown or unsupported label: the UTF-8 attempt below is the best guess.
		} else {
			return checkText(decodeWith(encoding, bytes), encoding, false);
		}
	}

	try {
		return checkText(strictUtf8.decode(bytes), 'utf-8', false);
	} catch {
		return checkText(decodeWith('windows-1252', bytes), 'windows-1252', false);
	}
}

/** Type guard for a refusal returned by `decodeBytes`. */
export function isRefusal(result: Decoded | DecodeRefusal): result is DecodeRefusal {
	return 'refused' in result;
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

function decodeWith(encoding: TextEncoding, bytes: Uint8Array): string {
	if (encoding === 'windows-1252') {
		return decodeWindows1252(bytes);
	}

	return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
}

/** Windows-1252 characters for bytes 0x80–0x9F; the five undefined bytes keep their C1 value (then sanitised). */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (ISO-8859-1), losing curly
 * quotes and dashes, so the table is applied by hand: latin1 everywhere else.
 */
function decodeWindows1252(bytes: Uint8Array): string {
	const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	return latin1.replaceAll(/[\u0080-\u009F]/g, character => windows1252High[character.charCodeAt(0) - 0x80]!);
}

function hasNulByte(bytes: Uint8Array): boolean {
	return bytes.indexOf(0) !== -1;
}

/**
 * Text whose sample is more than 10% control characters (other than tab, newline, form feed and carriage
 * return) or replacement characters is binary that happened to decode: an image, an archive, a PDF.
 */
function checkText(text: string, encoding: TextEncoding, hadBom: boolean): Decoded | DecodeRefusal {
	const sample = text.slice(0, 8192);
	if (sample.includes('\u0000')) {
		return {refused: 'binary'};
	}

	const controls = sample.match(/[\u0001-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g)?.length ?? 0;
	if (sample.length > 0 && controls / sample.length > 0.1) {
		return {refused: 'binary'};
	}

	return {text, encoding, hadBom};
}
