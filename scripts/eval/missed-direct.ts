/** Debug listing (train only): missed direct-quote gold with the closest prediction. `tsx scripts/eval/missed-direct.ts PATH [N]` */
import process from 'node:process';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {loadSplit, parseAnn, readText} from './gold.js';
import {interSize, OffsetMap, size} from './intervals.js';
import {parsePrediction} from './score.js';

const [data = '../shared/polnear', n = '40', which = 'direct', cueFilter = ''] = process.argv.slice(2);
const rows: string[] = [];
let none = 0;
let low = 0;
for (const a of loadSplit(data, 'train')) {
	const {text, bom} = readText(a.textPath);
	const om = new OffsetMap(text);
	const golds = parseAnn(a.annPaths[0]!, text, om, bom);
	const preds = parsePrediction(analyzeAttribution(text), text, om, new Map());
	for (const g of golds) {
		if (which === 'direct' ? !g.direct : !g.speech || g.direct) {
			continue;
		}

		const cueText = g.cue.map(([x, y]) => text.slice(om.toUtf16(x), om.toUtf16(y))).join(' ');
		if (cueFilter && !new RegExp(cueFilter).test(cueText)) {
			continue;
		}

		let best = 0;
		let bp: (typeof preds)[number] | undefined;
		for (const p of preds) {
			const d = 2 * interSize(p.content, g.content) / (size(p.content) + size(g.content));
			if (d > best) {
				best = d;
				bp = p;
			}
		}

		if (best >= 0.5) {
			continue;
		}

		const show = (iv: Array<[number, number]>) => JSON.stringify(iv.map(([x, y]) => text.slice(om.toUtf16(x), om.toUtf16(y))).join(' [...] ').slice(0, 220));
		if (bp) {
			low++;
		} else {
			none++;
		}

		const ctx = text.slice(om.toUtf16(g.content[0]![0]) - 120, om.toUtf16(g.content.at(-1)![1]) + 60).replaceAll('\n', ' / ');
		rows.push(`${a.name} dice=${best.toFixed(2)}\n  GOLD ${show(g.content)} cue=${show(g.cue)} src=${show(g.source)}\n  PRED ${bp ? show(bp.content) : '-'}\n  CTX ${JSON.stringify(ctx.slice(0, 400))}`);
	}
}

console.log(`no overlap ${none}, low dice ${low}`);
const step = Math.max(1, Math.floor(rows.length / Number(n)));
for (let i = 0; i < rows.length; i += step) {
	console.log(rows[i]);
}
