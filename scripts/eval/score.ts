/** score.py's prediction checks, matching (Dice at 0.3/0.5/0.8, greedy one-to-one) and metrics. */
import type {Attribution, Span} from '../../src/analysis/types.js';
import type {Gold} from './gold.js';
import {interSize, merge, overlaps, size, type Interval, type OffsetMap} from './intervals.js';

export const thresholds = [0.3, 0.5, 0.8] as const;
export const mainTau = 0.5;

/** A predicted statement in code point intervals. */
export type Pred = {
	readonly kind: string;
	readonly content: Interval[];
	readonly cue: Interval[] | undefined;
	readonly speaker: Interval[] | undefined;
	readonly sourceMentions: Interval[];
};

export type Counts = Map<string, number>;

function bump(counts: Counts, key: string, by = 1): void {
	counts.set(key, (counts.get(key) ?? 0) + by);
}

function checkSpan(span: Span, om: OffsetMap, text: string, counts: Counts, what: string): Interval | undefined {
	const {start, end} = span;
	if (!Number.isInteger(start) || !Number.isInteger(end)) {
		bump(counts, `pred_${what}_span_malformed`);
		return undefined;
	}

	if (start < 0 || end < start || end > om.utf16Length) {
		bump(counts, `pred_${what}_span_out_of_range`);
		return undefined;
	}

	const a = om.toCp(start);
	const b = om.toCp(end);
	if (a === undefined || b === undefined) {
		bump(counts, `pred_${what}_span_splits_surrogate_pair`);
		return undefined;
	}

	bump(counts, 'pred_spans_checked');
	if (span.text !== text.slice(start, end)) {
		bump(counts, `pred_${what}_span_text_mismatch`);
	}

	return [a, b];
}

/** Converts the engine's output to code point intervals, counting contract violations as score.py does. */
export function parsePrediction(result: Attribution, text: string, om: OffsetMap, counts: Counts): Pred[] {
	const sources = new Map<string, Interval[]>();
	for (const source of result.sources) {
		if (sources.has(source.id)) {
			bump(counts, 'pred_duplicate_source_id');
		}

		const ms: Interval[] = [];
		for (const m of source.mentions) {
			const iv = checkSpan(m, om, text, counts, 'mention');
			if (iv) {
				ms.push(iv);
			}
		}

		sources.set(source.id, merge(ms));
	}

	const seen = new Set<string>();
	const preds: Pred[] = [];
	for (const st of result.statements) {
		if (seen.has(st.id)) {
			bump(counts, 'pred_duplicate_statement_id');
		}

		seen.add(st.id);
		const cs: Interval[] = [];
		for (const c of st.content) {
			const iv = checkSpan(c, om, text, counts, 'content');
			if (iv) {
				cs.push(iv);
			}
		}

		const content = merge(cs);
		if (content.length === 0) {
			bump(counts, 'pred_statement_without_valid_content');
		}

		const cueIv = st.cue ? checkSpan(st.cue, om, text, counts, 'cue') : undefined;
		const speakerIv = st.speaker ? checkSpan(st.speaker, om, text, counts, 'speaker') : undefined;
		let sourceMentions: Interval[] = [];
		if (st.sourceId !== null) {
			const found = sources.get(st.sourceId);
			if (found) {
				sourceMentions = found;
			} else {
				bump(counts, 'pred_unknown_sourceId');
			}
		}

		preds.push({
			kind: st.kind,
			content,
			cue: cueIv ? merge([cueIv]) : undefined,
			speaker: speakerIv ? merge([speakerIv]) : undefined,
			sourceMentions,
		});
	}

	return preds;
}

const tallyKeys = ['pred_matched', 'gold_matched', 'speech_matched', 'direct_matched', 'pairs', 'pairs_speech',
	'spk_n', 'spk_ok', 'spkd_n', 'spkd_ok', 'cue_n', 'cue_ok', 'kind_n', 'kind_ok'] as const;

export type Tally = Map<string, number>;

export function newTally(): Tally {
	const t: Tally = new Map([['n_pred', 0], ['n_gold', 0], ['n_speech', 0], ['n_direct', 0]]);
	for (const tau of thresholds) {
		for (const k of tallyKeys) {
			t.set(`${k}@${tau}`, 0);
		}
	}

	return t;
}

/** One error example at the main threshold, for `--show`. */
export type ErrorExample =
	| {kind: 'missed'; gold: Gold}
	| {kind: 'spurious'; pred: Pred}
	| {kind: 'speaker' | 'cue'; pred: Pred; gold: Gold};

/** Accumulates one article into `tally` (score.py's `score_article`). */
export function scoreArticle(preds: readonly Pred[], golds: readonly Gold[], tally: Tally, log?: ErrorExample[]): void {
	const add = (key: string, by: number | boolean) => {
		tally.set(key, (tally.get(key) ?? 0) + Number(by));
	};

	add('n_pred', preds.length);
	add('n_gold', golds.length);
	add('n_speech', golds.filter(g => g.speech).length);
	add('n_direct', golds.filter(g => g.direct).length);
	const psz = preds.map(p => size(p.content));
	const gsz = golds.map(g => size(g.content));
	const dice: Array<{i: number; j: number; d: number}> = [];
	for (const [i, p] of preds.entries()) {
		for (const [j, g] of golds.entries()) {
			const n = interSize(p.content, g.content);
			if (n) {
				dice.push({i, j, d: 2 * n / (psz[i]! + gsz[j]!)});
			}
		}
	}

	const ranked = [...dice].sort((x, y) => y.d - x.d || x.i - y.i || x.j - y.j);
	for (const tau of thresholds) {
		const sfx = `@${tau}`;
		const pm = new Set<number>();
		const gm = new Set<number>();
		for (const {i, j, d} of dice) {
			if (d >= tau - 1e-12) {
				pm.add(i);
				gm.add(j);
			}
		}

		add('pred_matched' + sfx, pm.size);
		add('gold_matched' + sfx, gm.size);
		add('speech_matched' + sfx, [...gm].filter(j => golds[j]!.speech).length);
		add('direct_matched' + sfx, [...gm].filter(j => golds[j]!.direct).length);
		const ui = new Set<number>();
		const uj = new Set<number>();
		for (const {i, j, d} of ranked) {
			if (d < tau - 1e-12) {
				break;
			}

			if (ui.has(i) || uj.has(j)) {
				continue;
			}

			ui.add(i);
			uj.add(j);
			const p = preds[i]!;
			const g = golds[j]!;
			add('pairs' + sfx, 1);
			add('pairs_speech' + sfx, g.speech);
			let speakerOk = false;
			if (g.source.length > 0) {
				speakerOk = Boolean((p.speaker && overlaps(p.speaker, g.source))
					|| (p.sourceMentions.length > 0 && overlaps(p.sourceMentions, g.source)));
				add('spk_n' + sfx, 1);
				add('spk_ok' + sfx, speakerOk);
				if (g.direct) {
					add('spkd_n' + sfx, 1);
					add('spkd_ok' + sfx, speakerOk);
				}
			}

			const cueOk = Boolean(p.cue && overlaps(p.cue, g.cue));
			if (g.cue.length > 0) {
				add('cue_n' + sfx, 1);
				add('cue_ok' + sfx, cueOk);
			}

			add('kind_n' + sfx, 1);
			add('kind_ok' + sfx, (p.kind === 'direct' || p.kind === 'mixed') === g.direct);
			if (log && tau === mainTau) {
				if (g.source.length > 0 && !speakerOk) {
					log.push({kind: 'speaker', pred: p, gold: g});
				}

				if (g.cue.length > 0 && !cueOk) {
					log.push({kind: 'cue', pred: p, gold: g});
				}
			}
		}

		if (log && tau === mainTau) {
			for (const [j, g] of golds.entries()) {
				if (!gm.has(j) && g.speech) {
					log.push({kind: 'missed', gold: g});
				}
			}

			for (const [i, p] of preds.entries()) {
				if (!pm.has(i)) {
					log.push({kind: 'spurious', pred: p});
				}
			}
		}
	}
}

/** The figures at one threshold. */
export type Figures = Record<'P' | 'R_all' | 'R_speech' | 'R_direct' | 'F1_speech' | 'F1_speech_1to1'
| 'speaker_acc' | 'speaker_acc_direct' | 'cue_acc' | 'kind_acc' | 'n_pairs' | 'n_speaker' | 'n_cue', number>;

function div(a: number, b: number): number {
	return b ? a / b : Number.NaN;
}

function f1(p: number, r: number): number {
	if (Number.isNaN(p) || Number.isNaN(r)) {
		return Number.NaN;
	}

	return p + r === 0 ? 0 : 2 * p * r / (p + r);
}

/** score.py's `metrics` for one threshold. */
export function figures(t: Tally, tau: number): Figures {
	const g = (k: string) => t.get(k) ?? 0;
	const s = `@${tau}`;
	const p = div(g('pred_matched' + s), g('n_pred'));
	const rs = div(g('speech_matched' + s), g('n_speech'));
	return {
		P: p,
		R_all: div(g('gold_matched' + s), g('n_gold')),
		R_speech: rs,
		R_direct: div(g('direct_matched' + s), g('n_direct')),
		F1_speech: f1(p, rs),
		F1_speech_1to1: f1(div(g('pairs' + s), g('n_pred')), div(g('pairs_speech' + s), g('n_speech'))),
		speaker_acc: div(g('spk_ok' + s), g('spk_n' + s)),
		speaker_acc_direct: div(g('spkd_ok' + s), g('spkd_n' + s)),
		cue_acc: div(g('cue_ok' + s), g('cue_n' + s)),
		kind_acc: div(g('kind_ok' + s), g('kind_n' + s)),
		n_pairs: g('pairs' + s),
		n_speaker: g('spk_n' + s),
		n_cue: g('cue_n' + s),
	};
}
