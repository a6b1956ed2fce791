import test from 'ava';
import fc from 'fast-check';
import type {Attribution, Span} from '../../src/analysis/types.js';
import {highlightRanges, indexStatements, statementExtent, statementIndexer} from '../../src/highlight/ranges.js';
import {span, storyAttribution, storyText} from './fixture.js';

test('ranges cover every statement part with its source slot, sorted by start', t => {
	const ranges = highlightRanges(storyAttribution, 0, storyText.length);
	t.is(ranges.length, storyAttribution.statements.length * 3);
	t.deepEqual(ranges.map(range => range.start), ranges.map(range => range.start).sort((a, b) => a - b));
	const quote = span('“Nobody asked us,”');
	const range = ranges.find(candidate => candidate.start === quote.start);
	t.like(range, {end: quote.end, style: {kind: 'content', colorIndex: 3, isCurrent: false}});
	t.like(ranges.find(candidate => candidate.start === span('Okonkwo', 1).start), {style: {kind: 'speaker', colorIndex: 0}});
});

test('a window returns only the ranges overlapping it, including one that starts before it', t => {
	const quote = span('“The pilings are rotten through, and we cannot keep patching them,”');
	const from = quote.start + 10;
	const to = quote.start + 20;
	const ranges = highlightRanges(storyAttribution, from, to);
	t.is(ranges.length, 1);
	t.like(ranges[0], {start: quote.start, end: quote.end, style: {kind: 'content', statementIndex: 1}});
	t.deepEqual(highlightRanges(storyAttribution, quote.end, quote.end), []);
});

test('the current statement is marked and a filter keeps one source', t => {
	const all = highlightRanges(storyAttribution, 0, storyText.length, {currentStatementId: 's3'});
	t.deepEqual(new Set(all.filter(range => range.style.isCurrent).map(range => range.style.kind === 'match' ? -1 : range.style.statementIndex)), new Set([2]));
	const filtered = highlightRanges(storyAttribution, 0, storyText.length, {filterSourceId: 'src2'});
	t.deepEqual(new Set(filtered.map(range => range.style.kind === 'match' ? -1 : range.style.statementIndex)), new Set([1, 2]));
});

test('the index is built once per attribution and extents span all parts', t => {
	t.is(indexStatements(storyAttribution), indexStatements(storyAttribution));
	const extent = statementExtent(storyAttribution.statements[1]!);
	t.is(extent.start, span('“The pilings').start);
	t.is(extent.end, span('Mara Okonkwo').end);
});

test('empty spans and missing parts are skipped', t => {
	const ranges = highlightRanges({
		statements: [{id: 's1', kind: 'indirect', content: [{start: 5, end: 5, text: ''}], cue: null, speaker: null, sourceId: null}],
		sources: [],
	}, 0, 100);
	t.deepEqual(ranges, []);
});

test('the index can be built in steps, and is then the one highlightRanges and navigation use', t => {
	const many: Attribution = {
		sources: storyAttribution.sources,
		statements: Array.from({length: 600}, (_, index) => {
			const base = storyAttribution.statements[index % storyAttribution.statements.length]!;
			const shift = (span: Span) => ({...span, start: span.start + (index * 1000), end: span.end + (index * 1000)});
			return {...base, id: `m${index}`, content: base.content.map(shift), cue: base.cue && shift(base.cue), speaker: base.speaker && shift(base.speaker)};
		}),
	};
	const indexer = statementIndexer(many);
	let steps = 1;
	let index = indexer.step(0);
	while (index === null) {
		steps++;
		index = indexer.step(0);
	}

	t.true(steps > 1, 'a zero budget stops after each batch');
	t.is(indexStatements(many), index, 'cached for the attribution');
	t.deepEqual(index, indexStatements({statements: many.statements, sources: many.sources}), 'the same as built at once');
	t.deepEqual([...index.starts], [...index.starts].sort((a, b) => a - b));
});

test('the index holds every non-empty part once, ordered by start, then end, then reading order', t => {
	const spanArbitrary = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => ({start, end: start + length, text: ''}));
	fc.assert(fc.property(fc.array(fc.record({
		content: fc.array(spanArbitrary, {minLength: 1, maxLength: 3}),
		speaker: fc.option(spanArbitrary),
		cue: fc.option(spanArbitrary),
	}), {maxLength: 40}), generated => {
		const attribution: Attribution = {
			sources: [],
			statements: generated.map((parts, index) => ({id: `s${index + 1}`, kind: 'indirect', sourceId: null, ...parts})),
		};
		const expected = attribution.statements.flatMap((statement, statementIndex) =>
			[...statement.content, statement.speaker, statement.cue]
				.filter((part): part is Span => part !== null && part.end > part.start)
				.map(part => [part.start, part.end, statementIndex] as const))
			.map((part, found) => ({part, found}))
			.sort((a, b) => a.part[0] - b.part[0] || a.part[1] - b.part[1] || a.found - b.found)
			.map(({part}) => part);
		const index = indexStatements(attribution);
		t.deepEqual([...index.starts].map((start, at) => [start, index.ends[at]!, index.statementIndexes[at]!] as const), expected);
	}));
});
