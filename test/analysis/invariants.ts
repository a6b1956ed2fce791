import type {ExecutionContext} from 'ava';
import type {Attribution, Span} from '../../src/analysis/types.js';

/** Every structural promise of the JSON contract, checked on one result (UTF-16 offsets into `text`). */
export function assertInvariants(t: ExecutionContext, text: string, result: Attribution): void {
	const spanOk = (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end
		&& s.end <= text.length && s.text === text.slice(s.start, s.end);
	const statementsById = new Map(result.statements.map(s => [s.id, s]));
	const statementIds = new Set(statementsById.keys());
	const sourceIds = new Set(result.sources.map(s => s.id));
	t.is(statementIds.size, result.statements.length, 'statement ids are unique');
	t.is(sourceIds.size, result.sources.length, 'source ids are unique');
	for (const st of result.statements) {
		t.true(st.content.length > 0, `${st.id} has content`);
		for (const [i, c] of st.content.entries()) {
			t.true(spanOk(c), `${st.id} content span ${c.start}-${c.end}`);
			if (i > 0) {
				t.true(st.content[i - 1]!.end <= c.start, `${st.id} spans ordered and non-overlapping`);
			}
		}

		if (st.cue) {
			t.true(spanOk(st.cue), `${st.id} cue`);
		}

		if (st.speaker) {
			t.true(spanOk(st.speaker), `${st.id} speaker`);
		}

		t.true(st.sourceId === null || sourceIds.has(st.sourceId), `${st.id} sourceId resolves`);
		t.true(['direct', 'indirect', 'mixed'].includes(st.kind));
	}

	for (const source of result.sources) {
		t.true(source.mentions.every(m => spanOk(m)), `${source.id} mentions`);
		t.true(source.statementIds.every(id => statementIds.has(id)), `${source.id} statementIds resolve`);
		for (const id of source.statementIds) {
			t.is(statementsById.get(id)!.sourceId, source.id);
		}

		t.true(['person', 'organization', 'publication', 'document', 'unnamed'].includes(source.kind));
	}
}

/** The result in a compact form for assertions: `speaker | cue | content…`. */
export function summary(result: Attribution): string[] {
	return result.statements.map(s => [s.speaker?.text ?? '-', s.cue?.text ?? '-', ...s.content.map(c => c.text)].join(' | '));
}
