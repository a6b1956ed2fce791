/**
 * Debug dump (train only): every error at Dice ≥ 0.5 as one JSON line (missed speech gold with the closest
 * prediction, spurious predictions, speaker and cue misses), for grouping with jq or Python.
 * `tsx scripts/eval/errors.ts PATH > errors.jsonl`. Prints corpus text to stdout only; nothing is stored.
 */
import process from 'node:process';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {loadSplit, parseAnn, readText} from './gold.js';
import {interSize, OffsetMap, size, type Interval} from './intervals.js';
import {parsePrediction, scoreArticle, type ErrorExample} from './score.js';

const [data = '../shared/polnear', split = 'train'] = process.argv.slice(2);
if (split !== 'train') {
	throw new Error('errors.ts reads the train split only');
}

for (const a of loadSplit(data, split)) {
	const {text, bom} = readText(a.textPath);
	const om = new OffsetMap(text);
	const golds = parseAnn(a.annPaths[0]!, text, om, bom);
	const preds = parsePrediction(analyzeAttribution(text), text, om, new Map());
	const log: ErrorExample[] = [];
	scoreArticle(preds, golds, new Map(), log);
	const show = (iv: readonly Interval[] | undefined) => (iv ?? []).map(([x, y]) => text.slice(om.toUtf16(x), om.toUtf16(y))).join(' [...] ');
	const ctx = (iv: readonly Interval[]) => iv.length === 0 ? '' : text.slice(Math.max(0, om.toUtf16(iv[0]![0]) - 200), om.toUtf16(iv.at(-1)![1]) + 100);
	for (const e of log) {
		if (e.kind === 'missed') {
			let best = 0;
			let bp: (typeof preds)[number] | undefined;
			for (const p of preds) {
				const d = 2 * interSize(p.content, e.gold.content) / (size(p.content) + size(e.gold.content));
				if (d > best) {
					best = d;
					bp = p;
				}
			}

			process.stdout.write(JSON.stringify({type: 'missed', article: a.name, direct: e.gold.direct, gold: show(e.gold.content),
				cue: show(e.gold.cue), src: show(e.gold.source), dice: Number(best.toFixed(2)), pred: show(bp?.content),
				ratio: bp ? Number((size(bp.content) / size(e.gold.content)).toFixed(2)) : 0, ctx: ctx(e.gold.content),
				cueHit: show(preds.find(p => p.cue && e.gold.cue.length > 0 && interSize(p.cue, e.gold.cue) > 0)?.content)}) + '\n');
		} else if (e.kind === 'spurious') {
			process.stdout.write(JSON.stringify({type: 'spurious', article: a.name, kind: e.pred.kind, pred: show(e.pred.content),
				cue: show(e.pred.cue), speaker: show(e.pred.speaker), ctx: ctx(e.pred.content)}) + '\n');
		} else {
			process.stdout.write(JSON.stringify({type: e.kind, article: a.name, direct: e.gold.direct, gold: show(e.gold.content),
				cue: show(e.gold.cue), src: show(e.gold.source), pred: show(e.pred.content), pcue: show(e.pred.cue),
				speaker: show(e.pred.speaker), mentions: [...new Set(e.pred.sourceMentions.map(m => show([m])))].slice(0, 6),
				ctx: ctx(e.gold.content)}) + '\n');
		}
	}
}
