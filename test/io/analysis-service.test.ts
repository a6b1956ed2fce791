import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {pieceLength, workerAnalysis} from '../../src/io/analysis-service.js';

// The worker as shipped (`npm test` builds first): a worker thread does not inherit the test's TypeScript loader.
const builtWorker = new URL('../../dist/analysis-worker.js', import.meta.url);

// Spans rebuilt from a worker's answer read their text from the article when asked: compare them as data.
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const text = [
	'Mayor Ana Ruiz said the pier would reopen in May.',
	'“We have waited long enough,” she told reporters, “and the money is there.”',
	'Two officials, speaking on condition of anonymity, said the budget was short.',
].join('\n\n');

test('the worker returns the same attribution as the engine run here, for several jobs at once', async t => {
	const analyze = workerAnalysis(builtWorker, reason => {
		t.fail(String(reason));
	});
	const other = 'Nothing is attributed here.';
	const [first, second] = await Promise.all([analyze(text), analyze(other)]);
	t.deepEqual(asData(first), asData(analyzeAttribution(text)));
	t.true(first.statements.length >= 3);
	t.deepEqual(asData(second), asData(analyzeAttribution(other)));
});

test('a long article comes back whole and rebuilt in steps', async t => {
	const long = Array.from({length: 400}, (_, i) => `“Stage ${i} is done,” the engineer Ines Barata said.`).join('\n\n');
	const analyze = workerAnalysis(builtWorker, reason => {
		t.fail(String(reason));
	});
	const result = await analyze(long);
	t.deepEqual(asData(result), asData(analyzeAttribution(long)));
	t.is(result.statements.length, 400);
});

test('the answer is rebuilt in the steps the caller schedules', async t => {
	const long = Array.from({length: 2000}, (_, i) => `“Stage ${i} is done,” the engineer Ines Barata said.`).join('\n\n');
	const analyze = workerAnalysis(builtWorker, reason => {
		t.fail(String(reason));
	});
	let steps = 0;
	const result = await analyze(long, undefined, step => {
		steps++;
		setTimeout(step, 0);
	});
	t.deepEqual(asData(result), asData(analyzeAttribution(long)));
	// At least one step for each of the three stages.
	t.true(steps >= 3, `${steps} steps`);
});

test('a text longer than several pieces arrives whole, a surrogate pair at a piece boundary included', async t => {
	const sentence = '“The 🚢 left on time,” Ines Barata said. ';
	let long = '';
	while (long.length < 2.5 * pieceLength) {
		long += sentence;
	}

	// An emoji (two UTF-16 units) straddling the first boundary.
	long = `${long.slice(0, pieceLength - 1)}🛳${long.slice(pieceLength - 1)}`;
	t.is(long.charCodeAt(pieceLength - 1), 0xD8_3D);
	const analyze = workerAnalysis(builtWorker, reason => {
		t.fail(String(reason));
	});
	const result = await analyze(long);
	t.deepEqual(asData(result), asData(analyzeAttribution(long)));
	t.true(result.statements.length > 1000);
});

test('when the worker cannot start, the engine runs here with the same result', async t => {
	const reasons: unknown[] = [];
	const analyze = workerAnalysis(new URL('../../src/workers/no-such-worker.js', import.meta.url), reason => reasons.push(reason));
	t.deepEqual(asData(await analyze(text)), asData(analyzeAttribution(text)));
	t.is(reasons.length, 1);
	t.deepEqual(asData(await analyze(text)), asData(analyzeAttribution(text)));
});

test('an aborted job ends its worker and rejects; the next job still runs in a worker', async t => {
	const analyze = workerAnalysis(builtWorker, reason => {
		t.fail(String(reason));
	});
	const long = Array.from({length: 3000}, (_, i) => `“Stage ${i} is done,” the engineer Ines Barata said.`).join('\n\n');
	const abort = new AbortController();
	const abandoned = analyze(long, abort.signal);
	abort.abort();
	const error = await t.throwsAsync(abandoned, {any: true});
	t.is((error as {name?: string}).name, 'AbortError');
	t.deepEqual(asData(await analyze(text)), asData(analyzeAttribution(text)));
});
