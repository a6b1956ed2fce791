/** Printing the eval table and error examples in score.py's layout. */
import type {Gold} from './gold.js';
import type {Interval, OffsetMap} from './intervals.js';
import {figures, mainTau, thresholds, type ErrorExample, type Figures, type Tally} from './score.js';

const columns: Array<[string, keyof Figures]> = [['P', 'P'], ['R_spch', 'R_speech'], ['R_dir', 'R_direct'],
	['R_all', 'R_all'], ['F1_spch', 'F1_speech'], ['F1_1:1', 'F1_speech_1to1'], ['Spk', 'speaker_acc'],
	['Spk_dir', 'speaker_acc_direct'], ['Cue', 'cue_acc'], ['Kind', 'kind_acc']];

function fmt(x: number): string {
	return Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6);
}

/** The metrics table: one row per Dice threshold. */
export function formatTable(title: string, t: Tally): string {
	const g = (k: string) => t.get(k) ?? 0;
	let out = `\n${title}\n  predicted=${g('n_pred')}  |G|=${g('n_gold')}  |G_speech|=${g('n_speech')}  |G_direct|=${g('n_direct')}\n`;
	out += '  ' + 'Dice>='.padEnd(7) + columns.map(([c]) => c.padStart(8)).join('') + '   pairs spk_n cue_n\n';
	for (const tau of thresholds) {
		const r = figures(t, tau);
		out += '  ' + String(tau).padEnd(7) + columns.map(([, k]) => '  ' + fmt(r[k])).join('')
			+ `  ${String(r.n_pairs).padStart(6)} ${String(r.n_speaker).padStart(5)} ${String(r.n_cue).padStart(5)}\n`;
	}

	return out;
}

/** An error example with the article it came from. */
export type Located = ErrorExample & {article: string; text: string; om: OffsetMap};

function snip(x: Located, iv: readonly Interval[] | undefined, n = 110): string {
	if (!iv || iv.length === 0) {
		return '-';
	}

	let t = iv.map(([a, b]) => x.text.slice(x.om.toUtf16(a), x.om.toUtf16(b))).join(' [...] ').replaceAll('\n', ' / ');
	if (t.length > n) {
		t = t.slice(0, n / 2) + ' ... ' + t.slice(-n / 2);
	}

	return JSON.stringify(t);
}

/** `n` evenly spaced examples of each error kind. */
export function formatExamples(examples: readonly Located[], n: number): string {
	let out = `\nError examples at Dice>=${mainTau} (${n} of each kind, evenly spaced):\n`;
	for (const kind of ['missed', 'spurious', 'speaker', 'cue'] as const) {
		const xs = examples.filter(e => e.kind === kind);
		out += `\n  == ${kind} (${xs.length} total)\n`;
		const step = Math.max(1, Math.floor(xs.length / n));
		for (let k = 0; k < xs.length && k / step < n; k += step) {
			const e = xs[k]!;
			out += `  ${e.article}\n`;
			if (e.kind === 'missed') {
				out += `     gold content ${snip(e, e.gold.content)}\n     cue ${snip(e, e.gold.cue)}  source ${snip(e, e.gold.source)}\n`;
			} else if (e.kind === 'spurious') {
				out += `     pred content ${snip(e, e.pred.content)}\n     cue ${snip(e, e.pred.cue)}  speaker ${snip(e, e.pred.speaker)}\n`;
			} else {
				const gold: Gold = e.gold;
				const mine = e.kind === 'speaker' ? e.pred.speaker : e.pred.cue;
				const theirs = e.kind === 'speaker' ? gold.source : gold.cue;
				out += `     content ${snip(e, gold.content, 70)}\n     pred ${e.kind} ${snip(e, mine, 50)} | gold ${snip(e, theirs, 50)}\n`;
			}
		}
	}

	return out;
}
