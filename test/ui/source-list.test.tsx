/** @jsxRuntime automatic */
/** @jsxImportSource react */
import test from 'ava';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {sourceDetails} from '../../src/highlight/summary.js';
import {SourceList, type SourceListProps} from '../../src/ui/source-list.js';
import {storySources} from '../highlight/fixture.js';
import {plain} from './sidebar-harness.js';

const base: SourceListProps = {
	sources: storySources,
	colorSlots: new Map(storySources.map((source, index) => [source.id, index])),
	selectedId: null,
	filterSourceId: null,
	width: 34,
	height: 4,
	isFocused: true,
	colorMode: 'none',
};

test('two rows per source; the list scrolls when the sources do not fit', t => {
	const {lastFrame, rerender} = render(<SourceList {...base}/>);
	let rows = plain(lastFrame()).split('\n');
	t.is(rows.length, 4);
	t.regex(rows[0]!, /^❯ ● two city engineers +1$/);
	t.regex(rows[2]!, /^ {2}● Mara Okonkwo +2$/);
	rerender(<SourceList {...base} selectedId="src6"/>);
	rows = plain(lastFrame()).split('\n');
	t.regex(rows[0]!, /^  ● a report by the port author… 1$/);
	t.regex(rows[2]!, /^❯ ● Kenji Sato +1$/);
	t.is(rows[3], '    visiting harbour pilot · pers…');
	for (const row of rows) {
		t.true(stringWidth(row) <= base.width, row);
	}
});

test('details give role, kind, the anonymous marker and the active filter', t => {
	t.is(sourceDetails(storySources[0]!, false), 'city engineers · unnamed · anonymous');
	t.is(sourceDetails(storySources[2]!, true), 'organization · filter');
	const {lastFrame} = render(<SourceList {...base} height={12} width={60} filterSourceId="src3"/>);
	t.regex(plain(lastFrame()), /the mayor’s office +1\n +organization · filter/);
});
