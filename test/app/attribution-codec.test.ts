import test from 'ava';
import fs from 'node:fs';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {attributionUnpacker, packAttribution, unpackAttribution} from '../../src/app/attribution-codec.js';

const seed = fs.readFileSync(new URL('../../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8');

test('packing and unpacking gives back the same attribution', t => {
	const attribution = analyzeAttribution(seed);
	const packed = packAttribution(seed, attribution);
	t.is(packed.kind, 'packed');
	t.deepEqual(unpackAttribution(seed, packed), attribution);
});

test('rebuilding in steps gives the same result as at once', t => {
	const text = Array.from({length: 600}, (_, i) => `“Step ${i} held,” Ana Ruiz said.`).join('\n');
	const attribution = analyzeAttribution(text);
	const unpacker = attributionUnpacker(text, packAttribution(text, attribution));
	let result = null;
	let steps = 0;
	while (result === null) {
		result = unpacker.step(0);
		steps++;
	}

	t.true(steps > 1);
	t.deepEqual(result, attribution);
});

test('an attribution whose span text does not match the offsets is sent as it is', t => {
	const attribution = analyzeAttribution(seed);
	const [first, ...rest] = attribution.statements;
	const broken = {...attribution, statements: [{...first!, content: [{start: 0, end: 3, text: 'not'}]}, ...rest]};
	const packed = packAttribution(seed, broken);
	t.is(packed.kind, 'plain');
	t.deepEqual(unpackAttribution(seed, packed), broken);
});
