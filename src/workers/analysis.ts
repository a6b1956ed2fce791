// Worker-thread entry: runs the attribution engine off the main thread so keys stay responsive while a long
// article is analysed (about half a second for 3 MB). One job per worker: the text arrives in pieces, the packed
// result goes back.
import {parentPort} from 'node:worker_threads';
import {analyzeAttribution} from '../analysis/index.js';
import {packAttribution, transferables} from '../app/attribution-codec.js';
import type {AnalysisReply, AnalysisRequest} from '../io/analysis-service.js';
import {runInBackground} from './background-priority.js';

runInBackground();

const pieces: string[] = [];
parentPort?.on('message', (request: AnalysisRequest) => {
	if ('piece' in request) {
		pieces.push(request.piece);
		return;
	}

	const text = pieces.join('');
	let reply: AnalysisReply;
	try {
		reply = {packed: packAttribution(text, analyzeAttribution(text))};
	} catch (error) {
		reply = {error: error instanceof Error ? error.message : String(error)};
	}

	parentPort!.postMessage(reply, 'packed' in reply ? transferables(reply.packed) : []);
});
