import {Worker} from 'node:worker_threads';
import type {Attribution} from '../analysis/types.js';
import {attributionUnpacker, type PackedAttribution} from '../app/attribution-codec.js';
import {statementIndexer} from '../highlight/ranges.js';
import {shortSourceName} from '../highlight/summary.js';

/** The article's text goes to the worker in pieces, then `done`. */
export type AnalysisRequest = {readonly piece: string} | {readonly done: true};
export type AnalysisReply = {readonly packed: PackedAttribution} | {readonly error: string};

/** Milliseconds of work per step while the result is prepared for the reader. */
const stepBudgetMs = 4;

/** Runs a step of background work at a moment of the caller's choosing (the reader: when keys pause). */
export type StepScheduler = (step: () => void) => void;

const nextTurn: StepScheduler = step => {
	setTimeout(step, 0);
};

/**
 * UTF-16 units of text per message to the worker, one message per turn of the event loop. Posting the 3 MB
 * benchmark article in one message held the reader up for 20–40 ms right after its first frame (copying 6 MB
 * into fresh memory); a piece of this size takes a millisecond or two.
 */
export const pieceLength = 1 << 17;

/** Runs the engine in this thread, loaded on first use so it stays off the start-up path. */
export async function analyzeHere(text: string): Promise<Attribution> {
	const {analyzeAttribution} = await import('../analysis/index.js');
	return analyzeAttribution(text);
}

/**
 * An `analyze(text)` that runs the engine in a worker thread of its own, ended as soon as it has answered so its
 * heap (tens of MB on a long article) is given back, and rebuilds the result here in small steps. When a worker
 * cannot start or fails, that job and every later one run in this thread instead: slower to show, same result.
 */
export function workerAnalysis(workerUrl: URL, onFallBack?: (reason: unknown) => void): (text: string, signal?: AbortSignal, schedule?: StepScheduler) => Promise<Attribution> {
	let broken = false;
	const fallBack = async (reason: unknown, text: string): Promise<Attribution> => {
		if (!broken) {
			broken = true;
			onFallBack?.(reason);
		}

		return analyzeHere(text);
	};

	const inWorker = async (text: string, signal: AbortSignal | undefined): Promise<PackedAttribution> => new Promise((resolve, reject) => {
		const worker = new Worker(workerUrl);
		// Another article was opened meanwhile: stop working on this one.
		signal?.addEventListener('abort', () => {
			void worker.terminate();
		}, {once: true});
		worker.once('message', (reply: AnalysisReply) => {
			void worker.terminate();
			if ('error' in reply) {
				reject(new Error(reply.error));
			} else {
				resolve(reply.packed);
			}
		});
		worker.once('error', reject);
		worker.once('exit', code => {
			reject(new Error(`the analysis worker exited with code ${code}`));
		});
		postInPieces(worker, text, signal);
	});

	return async (text, signal, schedule = nextTurn) => {
		if (broken) {
			return analyzeHere(text);
		}

		let packed: PackedAttribution;
		try {
			packed = await inWorker(text, signal);
		} catch (error) {
			signal?.throwIfAborted();
			return fallBack(error, text);
		}

		// Rebuilt here in small steps, each when `schedule` says: a key pressed meanwhile waits one step at most.
		// The highlight index comes built with a packed answer; for a plain one it is built here, in steps too.
		const attribution = await inSteps(attributionUnpacker(text, packed), signal, schedule);
		await inSteps(statementIndexer(attribution), signal, schedule);
		// The sidebar's first frame needs every source's short name, which reads all its mentions (15k for one
		// source of the 3 MB benchmark). A packed answer brings them from the worker; for a plain one they are
		// worked out here, a source per step, not inside that frame.
		await inSteps(eachInTurn(attribution.sources, shortSourceName), signal, schedule);
		return attribution;
	};
}

/** Posts `text` to `worker` a piece per turn of the event loop, then `done`. */
function postInPieces(worker: Worker, text: string, signal: AbortSignal | undefined): void {
	let at = 0;
	const next = () => {
		if (signal?.aborted) {
			return;
		}

		// A piece may end inside a surrogate pair: strings cross to a worker as UTF-16 units, unchanged.
		const end = Math.min(text.length, at + pieceLength);
		worker.postMessage({piece: text.slice(at, end)} satisfies AnalysisRequest);
		at = end;
		if (at < text.length) {
			setTimeout(next, 0);
		} else {
			worker.postMessage({done: true} satisfies AnalysisRequest);
		}
	};

	next();
}

/** A stepper that calls `work` on each item, as many per step as the budget allows, at least one. */
function eachInTurn<T>(items: readonly T[], work: (item: T) => unknown): {step(budgetMs: number): true | null} {
	let next = 0;
	return {
		step(budgetMs) {
			const deadline = performance.now() + budgetMs;
			while (next < items.length) {
				work(items[next++]!);
				if (performance.now() >= deadline) {
					break;
				}
			}

			return next < items.length ? null : true;
		},
	};
}

/**
 * Runs `stepper` to completion, `stepBudgetMs` per step, each step when `schedule` runs it; rejects once `signal`
 * aborts. Steps (and the pieces of `postInPieces`) go in timers, not immediates: React renders in an immediate,
 * so a key pressed meanwhile has its frame drawn before the next step.
 */
async function inSteps<T>(stepper: {step(budgetMs: number): T | null}, signal: AbortSignal | undefined, schedule: StepScheduler): Promise<T> {
	return new Promise((resolve, reject) => {
		const step = () => {
			if (signal?.aborted) {
				reject(signal.reason);
				return;
			}

			const result = stepper.step(stepBudgetMs);
			if (result === null) {
				schedule(step);
			} else {
				resolve(result);
			}
		};

		schedule(step);
	});
}
