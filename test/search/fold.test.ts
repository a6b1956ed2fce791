import test from 'ava';
import fc from 'fast-check';
import {foldText, textFolder} from '../../src/search/fold.js';
import {findMatches, searchPreparer} from '../../src/search/find-matches.js';

function inSteps(text: string, foldCase: boolean, loose: boolean): {steps: number; folded: string; hasMarks: boolean} {
	const folder = textFolder(text, foldCase, loose);
	for (let steps = 1; ; steps++) {
		const result = folder.step(0);
		if (result !== null) {
			return {steps, ...result};
		}
	}
}

test('folding in steps gives what folding at once gives, a pair across a step boundary included', t => {
	// U+10400 (Deseret capital long I) folds to U+10428; its two halves straddle the first step's end.
	const text = `${'A'.repeat(16_383)}\u{10400}é – “x”\u0301`;
	const stepped = inSteps(text, true, true);
	t.true(stepped.steps > 1);
	t.is(stepped.folded, foldText(text, true, true));
	t.is(stepped.folded, `${'a'.repeat(16_383)}\u{10428}e - "x"\u0301`);
	t.true(stepped.hasMarks);
	t.false(inSteps('plain', true, true).hasMarks);
	// And across the end of a decoded piece (65,536 units).
	const long = `${'b'.repeat(65_535)}\u{10400}`;
	t.is(inSteps(long, true, false).folded, `${'b'.repeat(65_535)}\u{10428}`);
	t.is(inSteps('', true, true).folded, '');
});

test('folding in steps keeps length and matches folding at once on any text', t => {
	t.notThrows(() => fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 40_000}), fc.boolean(), fc.boolean(), (text, foldCase, loose) => {
		const stepped = inSteps(text, foldCase, loose);
		return stepped.folded.length === text.length && stepped.folded === foldText(text, foldCase, loose);
	}), {numRuns: 60}));
});

test('a prepared text is folded once: later preparations find it done', t => {
	const text = 'Harbour “news” from Zürich. '.repeat(5000);
	const preparer = searchPreparer(text);
	let steps = 1;
	while (preparer.step(0) === null) {
		steps++;
	}

	t.true(steps > 1);
	t.is(searchPreparer(text).step(0), true, 'already folded');
	t.deepEqual(findMatches(text, 'zurich').length, 5000);
	t.deepEqual(findMatches(text, '"news"').length, 5000);
});
