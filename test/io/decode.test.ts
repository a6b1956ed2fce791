import test from 'ava';
import {decodeBytes, isRefusal} from '../../src/io/decode.js';

const sample = 'Café “quoted” – 東京 👍\r\nline two';

function decoded(bytes: Uint8Array, charset?: string) {
	const result = decodeBytes(bytes, charset);
	if (isRefusal(result)) {
		throw new Error('refused');
	}

	return result;
}

test('UTF-8 without BOM is decoded as is', t => {
	const result = decoded(Buffer.from(sample, 'utf8'));
	t.is(result.text, sample);
	t.is(result.encoding, 'utf-8');
	t.false(result.hadBom);
});

test('UTF-8 BOM is removed and nothing else', t => {
	const result = decoded(Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(sample, 'utf8')]));
	t.is(result.text, sample);
	t.true(result.hadBom);
});

test('UTF-16 LE and BE with BOM', t => {
	const le = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(sample, 'utf16le')]);
	t.deepEqual(decoded(le), {text: sample, encoding: 'utf-16le', hadBom: true});
	const be = Buffer.from(le);
	be.swap16();
	t.deepEqual(decoded(be), {text: sample, encoding: 'utf-16be', hadBom: true});
});

test('bytes that are not UTF-8 fall back to Windows-1252', t => {
	// “Café” – in Windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 é, 0x96 en dash, 0x80 euro.
	const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]);
	const result = decoded(bytes);
	t.is(result.encoding, 'windows-1252');
	t.is(result.text, '“Café” – €5');
});

test('an explicit HTTP charset is honoured', t => {
	t.is(decoded(Buffer.from([0x63, 0x61, 0x66, 0xE9]), 'iso-8859-1').text, 'café');
	t.is(decoded(Buffer.from('café', 'utf8'), 'utf-8').text, 'café');
});

test('binary data is refused: NUL bytes, or mostly control characters', t => {
	t.true(isRefusal(decodeBytes(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))));
	t.true(isRefusal(decodeBytes(Buffer.from(Array.from({length: 400}, (_, index) => (index % 7) + 1)))));
	// Escape sequences alone are hostile text, not binary: they must open (and be shown sanitised).
	t.false(isRefusal(decodeBytes(Buffer.from('\u001B[2J\u001B]0;x\u0007'.repeat(50)))));
});

test('empty input decodes to empty text', t => {
	t.is(decoded(new Uint8Array()).text, '');
});
