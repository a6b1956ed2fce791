import test from 'ava';
import fs from 'node:fs';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {attributionUnpacker, packAttribution, transferables, unpackAttribution} from '../../src/app/attribution-codec.js';
import {indexStatements, statementIndexer} from '../../src/highlight/ranges.js';
import {shortSourceName} from '../../src/highlight/summary.js';

const seed = fs.readFileSync(new URL('../../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8');

// Rebuilt spans read their text from the article when asked; as plain data they must be the engine's spans.
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

test('packing and unpacking gives back the same attribution', t => {
	const attribution = analyzeAttribution(seed);
	const packed = packAttribution(seed, attribution);
	t.is(packed.kind, 'packed');
	const unpacked = unpackAttribution(seed, packed);
	t.deepEqual(asData(unpacked), asData(attribution));
	const quote = unpacked.statements.find(statement => statement.kind === 'direct')!.content[0]!;
	t.is(quote.text, seed.slice(quote.start, quote.end));
	t.deepEqual(Object.keys({...quote}).sort(), ['end', 'start'], 'no copy of the article in enumerable fields');
	t.false(Object.keys({...unpacked.sources[0]}).includes('mentions'), 'mentions are read from the numbers when asked');
	t.deepEqual(unpacked.sources[0]!.mentions.map(mention => mention.text), attribution.sources[0]!.mentions.map(mention => mention.text));
});

test('the highlight index comes with the packed attribution, ready for the rebuilt one', t => {
	const attribution = analyzeAttribution(seed);
	const packed = packAttribution(seed, attribution);
	t.is(transferables(packed).length, 8);
	const unpacked = unpackAttribution(seed, packed);
	t.not(statementIndexer(unpacked).step(0), null, 'no building left to do');
	t.deepEqual(indexStatements(unpacked), indexStatements(analyzeAttribution(seed)));
});

test('short source names are worked out where the attribution was packed and taken as they come', t => {
	const attribution = analyzeAttribution(seed);
	const packed = packAttribution(seed, attribution);
	if (packed.kind !== 'packed') {
		t.fail('expected a packed attribution');
		return;
	}

	t.deepEqual(packed.sources.map(source => source.shortName), attribution.sources.map(source => shortSourceName(source)));
	t.true(packed.sources.some(source => source.shortName === 'Pentagon spokesman'));
	// Not worked out again from the mentions: a different name sent along is the one the reader shows.
	const sent = {...packed, sources: packed.sources.map(source => ({...source, shortName: `${source.shortName}!`}))};
	const unpacked = unpackAttribution(seed, sent);
	t.deepEqual(unpacked.sources.map(source => shortSourceName(source)), packed.sources.map(source => `${source.shortName}!`));
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
	t.deepEqual(asData(result), asData(attribution));
});

test('an attribution whose span text does not match the offsets is sent as it is', t => {
	const attribution = analyzeAttribution(seed);
	const [first, ...rest] = attribution.statements;
	const broken = {...attribution, statements: [{...first!, content: [{start: 0, end: 3, text: 'not'}]}, ...rest]};
	const packed = packAttribution(seed, broken);
	t.is(packed.kind, 'plain');
	t.deepEqual(unpackAttribution(seed, packed), broken);
});
