import test from 'ava';
import fc from 'fast-check';
import {ForwardReach} from '../../src/analysis/reach.js';
import {commaIn, hasQuoteIn, overlapsQuote, quoteAround, quoteShare, quotesIn, quoteStartingIn} from '../../src/analysis/regions.js';
import {tokenize} from '../../src/analysis/tokens.js';
import type {Range} from '../../src/analysis/units.js';

const range = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({start, end: start + length}));

test('ForwardReach answers as a scan of every range would, for positions that move forward', t => {
	fc.assert(fc.property(fc.array(range, {maxLength: 30}), fc.array(fc.tuple(range, fc.array(range, {maxLength: 3})), {maxLength: 30}),
		(initial, steps) => {
			const reach = new ForwardReach(initial);
			const all: Range[] = [...initial];
			let at = 0;
			for (const [probe, added] of steps.sort((a, b) => a[0].start - b[0].start)) {
				const r = {start: Math.max(probe.start, at), end: Math.max(probe.end, at)};
				at = r.start;
				t.is(reach.contains(r), all.some(x => x.start <= r.start && r.end <= x.end));
				for (const x of added) {
					reach.add(x);
					all.push(x);
				}
			}
		}));
});

test('ForwardReach.overlaps matches a scan for ranges ordered by end', t => {
	fc.assert(fc.property(fc.array(range, {maxLength: 30}), fc.array(range, {maxLength: 30}), (ranges, probes) => {
		const reach = new ForwardReach(ranges);
		for (const p of probes.filter(p => p.end > p.start).sort((a, b) => a.end - b.end)) {
			t.is(reach.overlaps(p), ranges.some(x => x.start < p.end && p.start < x.end));
		}
	}));
});

// Quotations as the engine has them: ordered and not overlapping.
const quotes = fc.array(fc.tuple(fc.nat(5), fc.integer({min: 1, max: 8})), {maxLength: 20}).map(gaps => {
	let at = 0;
	return gaps.map(([gap, length]) => {
		const q = {start: at + gap, end: at + gap + length, open: false};
		at = q.end;
		return q;
	});
});

test('quotation lookups by binary search match a scan of every quotation', t => {
	fc.assert(fc.property(quotes, range, (qs, r) => {
		t.deepEqual(quotesIn(r, qs), qs.filter(q => q.start >= r.start && q.end <= r.end));
		t.is(hasQuoteIn(r, qs), qs.some(q => q.start >= r.start && q.end <= r.end));
		t.is(quoteStartingIn(qs, r.start, r.end), qs.find(q => q.start >= r.start && q.start < r.end));
		t.is(quoteAround(qs, r.start), qs.find(q => q.start < r.start && r.start < q.end));
		const inside = qs.filter(q => q.start >= r.start && q.end <= r.end).reduce((n, q) => n + q.end - q.start, 0);
		t.is(quoteShare(r, qs), inside / (r.end - r.start));
		// Its running sums are kept per list: a list that grew after a first question gets new ones.
		const grown = [...qs];
		quoteShare(r, grown);
		grown.push({start: 1000, end: 1005, open: false});
		const wide = {start: 0, end: 2000};
		t.is(quoteShare(wide, grown), grown.reduce((n, q) => n + q.end - q.start, 0) / 2000);
	}));
});

test('overlapsQuote and commaIn match a scan', t => {
	fc.assert(fc.property(quotes, range, (qs, r) => {
		t.is(overlapsQuote(qs, r.start, r.end), qs.some(q => q.start < r.end && q.end > r.start));
	}));
	const tokens = tokenize('Lee, who “ran, fast,” said no, twice.', 0, 36, [{start: 9, end: 21}]);
	for (let from = 0; from <= 36; from++) {
		for (let to = from; to <= 36; to++) {
			t.is(commaIn(tokens, from, to), tokens.findIndex(x => x.start >= from && x.end <= to && x.text === ',' && !x.quoted));
		}
	}
});
