import test from 'ava';
import fs from 'node:fs';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {Worker} from 'node:worker_threads';

// The worker as shipped (`npm test` builds first): a worker thread does not inherit the test's TypeScript loader.
const builtWorker = new URL('../../dist/analysis-worker.js', import.meta.url);

/** Nice value of every thread of this process, from /proc (field 19, counted after the command name). */
function threadNiceValues(): number[] {
	return fs.readdirSync('/proc/self/task').map(tid => {
		const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
	});
}

const linuxOnly = process.platform === 'linux' ? test : test.skip;

linuxOnly('the analysis worker lowers its own thread’s priority and leaves the reader’s alone', async t => {
	const [mainBefore] = threadNiceValues();
	const loweredBefore = threadNiceValues().filter(nice => nice > mainBefore!).length;
	const worker = new Worker(builtWorker);
	let lowered = 0;
	for (let tries = 0; tries < 100 && lowered <= loweredBefore; tries++) {
		await sleep(20);
		lowered = threadNiceValues().filter(nice => nice > mainBefore!).length;
	}

	await worker.terminate();
	t.is(lowered, loweredBefore + 1, 'one more thread runs at a lower priority');
	t.is(threadNiceValues()[0], mainBefore, 'the main thread keeps its priority');
});
