/**
 * From raw statements to the JSON contract: resolves sources, marks anonymity, numbers statements (`s1`…) and
 * sources (`src1`…) in reading order, and cuts every span's `text` from the article.
 */
import type {Attribution, Source, Span, Statement} from './types.js';
import type {Range} from './units.js';
import {ArticleSpan} from './span.js';
import {SourceIndex, type SourceDraft} from './sources.js';
import {resolveSources, type Placed} from './assemble-sources.js';
import {addNameMentions, addRepeatedPronouns} from './assemble-mentions.js';

function span(text: string, start: number, end: number): Span {
	return new ArticleSpan(text, start, end);
}

/*
Long loops live in functions of their own, each ending right after its loop. V8 compiles a loop that runs long
while it runs (on-stack replacement), before the code after it has ever run; reaching that code, which has no type
feedback yet, drops back to the interpreter without discarding the compiled loop, and so on every later run: the
assemble loop did that on every analysis, and what followed ran interpreted.
*/

/** Builds statements and sources; `placed` is in reading order. */
export function assemble(text: string, placed: readonly Placed[]): Attribution {
	const index = new SourceIndex();
	const sourceOf = resolveSources(text, placed, index);
	// (By the first mention in the text: a source's mentions are in the order they were found.)
	const first = (d: SourceDraft) => d.mentions.reduce((m, r) => Math.min(m, r.start), Number.POSITIVE_INFINITY);
	const order = index.all.filter(d => d.mentions.length > 0).map(d => ({d, at: first(d)}))
		.sort((a, b) => a.at - b.at).map(({d}) => d);
	const ids = new Map<SourceDraft, string>(order.map((d, i) => [d, `src${i + 1}`]));
	const cueOf = (st: Placed) => st.cue ?? (st.inherit === undefined ? undefined : placed[st.inherit]?.cue);
	const statements: Statement[] = placed.map((st, i) => {
		const source = sourceOf[i];
		return {
			id: `s${i + 1}`,
			kind: st.kind,
			content: st.content.map(r => span(text, r.start, r.end)),
			// A quotation that continues an earlier attribution shares its cue.
			cue: cueOf(st) ? span(text, cueOf(st)!.start, cueOf(st)!.end) : null,
			speaker: st.speaker ? span(text, st.speaker.start, st.speaker.end) : null,
			sourceId: source ? ids.get(source) ?? null : null,
		};
	});
	addNameMentions(text, order);
	addRepeatedPronouns(placed, sourceOf, order);

	const idsOf = statementIdsBySource(sourceOf, statements);

	const sources: Source[] = order.map(d => ({
		id: ids.get(d)!,
		name: d.name,
		kind: d.kind,
		role: d.role ?? null,
		anonymous: d.anonymous,
		mentions: distinctSorted(d.mentions).map(r => span(text, r.start, r.end)),
		statementIds: idsOf.get(d) ?? [],
	}));
	return {statements, sources};
}

/** Mentions in reading order, each span once (two statements of one speaker, `Lee said … and added …`, share a span). */
function distinctSorted(mentions: readonly Range[]): Range[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
	return sorted.filter((r, i) => i === 0 || r.start !== sorted[i - 1]!.start || r.end !== sorted[i - 1]!.end);
}

function statementIdsBySource(sourceOf: ReadonlyArray<SourceDraft | undefined>, statements: readonly Statement[]): Map<SourceDraft, string[]> {
	const idsOf = new Map<SourceDraft, string[]>();
	for (let i = 0; i < sourceOf.length; i++) {
		const source = sourceOf[i];
		if (source) {
			const list = idsOf.get(source) ?? [];
			list.push(statements[i]!.id);
			idsOf.set(source, list);
		}
	}

	return idsOf;
}
