import type {Attribution, Source, SourceKind, Span, Statement, StatementKind} from '../analysis/types.js';
import {ArticleSpan} from '../analysis/span.js';
import {adoptShortName, shortSourceName} from '../highlight/summary.js';
import {adoptIndex, indexStatements, type StatementIndex} from '../highlight/ranges.js';

type PackedSourceMeta = {readonly name: string; readonly kind: SourceKind; readonly role: string | null; readonly anonymous: boolean; readonly shortName: string};

/**
 * An `Attribution` in a shape that crosses a `worker_threads` boundary cheaply. Structured cloning the object
 * graph of a 3 MB article (15k statements, 18k mentions) costs about 45 ms to deserialise on the receiving
 * thread, a visible stall of the reader. Packed, every offset goes in one transferable `Int32Array`, ids in one
 * string and span texts are not sent at all (they are `text.slice(start, end)` by contract), so rebuilding takes a
 * few milliseconds. An attribution that breaks that contract is sent `plain` instead, so the result is always the
 * same object the engine returned.
 */

export type PackedAttribution =
	| {
		readonly kind: 'packed';
		/** Per statement: kind code, source index (-1: none), cue and speaker start/end (-1: none), span count, spans. Then per source: mention count, mentions, statement count, statement indexes. */
		readonly numbers: Int32Array;
		/** Statement ids, then source ids, joined with `\n`. */
		readonly ids: string;
		readonly statementCount: number;
		/** Per source, with its short name worked out here (it reads every mention: 15k for one source of 3 MB). */
		readonly sources: readonly PackedSourceMeta[];
		/** The highlight index, built where the attribution was (typed arrays, so it crosses without a copy). */
		readonly index: StatementIndex;
	}
	| {readonly kind: 'plain'; readonly attribution: Attribution};

const kinds: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];

/** Packs `attribution` of `text` (offsets are UTF-16 units into `text`). Pure. */
export function packAttribution(text: string, attribution: Attribution): PackedAttribution {
	const plain = {kind: 'plain', attribution} as const;
	const {statements, sources} = attribution;
	const sourceIndex = new Map(sources.map((source, index) => [source.id, index]));
	const statementIndex = new Map(statements.map((statement, index) => [statement.id, index]));
	const ids = [...statements.map(statement => statement.id), ...sources.map(source => source.id)];
	if (ids.some(id => id.includes('\n')) || sourceIndex.size !== sources.length || statementIndex.size !== statements.length) {
		return plain;
	}

	const numbers: number[] = [];
	const pushSpan = (span: Span | null): boolean => {
		if (span === null) {
			numbers.push(-1, -1);
			return true;
		}

		numbers.push(span.start, span.end);
		return span.start >= 0 && (span instanceof ArticleSpan ? span.isFrom(text) : span.text === text.slice(span.start, span.end));
	};

	for (const statement of statements) {
		const source = statement.sourceId === null ? -1 : sourceIndex.get(statement.sourceId);
		if (source === undefined || !kinds.includes(statement.kind)) {
			return plain;
		}

		numbers.push(kinds.indexOf(statement.kind), source);
		if (!pushSpan(statement.cue) || !pushSpan(statement.speaker)) {
			return plain;
		}

		numbers.push(statement.content.length);
		for (const span of statement.content) {
			if (!pushSpan(span)) {
				return plain;
			}
		}
	}

	for (const source of sources) {
		numbers.push(source.mentions.length);
		for (const span of source.mentions) {
			if (!pushSpan(span)) {
				return plain;
			}
		}

		numbers.push(source.statementIds.length);
		for (const id of source.statementIds) {
			const index = statementIndex.get(id);
			if (index === undefined) {
				return plain;
			}

			numbers.push(index);
		}
	}

	return {
		kind: 'packed',
		numbers: Int32Array.from(numbers),
		ids: ids.join('\n'),
		statementCount: statements.length,
		sources: sources.map(source => ({name: source.name, kind: source.kind, role: source.role, anonymous: source.anonymous,
			shortName: shortSourceName(source)})),
		index: indexStatements(attribution),
	};
}

/** The buffers of `packed` that can be transferred to another thread instead of copied. */
export function transferables(packed: PackedAttribution): ArrayBuffer[] {
	if (packed.kind === 'plain') {
		return [];
	}

	const {index} = packed;
	return [packed.numbers, index.starts, index.ends, index.statementIndexes, index.parts, index.colorIndexes, index.extentStarts, index.extentEnds]
		.map(array => array.buffer as ArrayBuffer);
}

/** Rebuilds the attribution of `text` from `packAttribution`'s output at once. Pure. */
export function unpackAttribution(text: string, packed: PackedAttribution): Attribution {
	const unpacker = attributionUnpacker(text, packed);
	let result: Attribution | null = null;
	while (result === null) {
		result = unpacker.step(Number.POSITIVE_INFINITY);
	}

	return result;
}

/*
Rebuilt statements are kept small. Everything rebuilt here lands in the young generation at once, and each
collection that copies it held the reader up for 20–50 ms on the 3 MB benchmark (much of it first touches of new
memory, about 4 ms per MB on these machines). As plain objects with their spans and span texts, 15k statements
took 9.6 MB; a statement that reads its parts from the packed numbers when asked takes about 60 bytes, and the
numbers arrived from the worker without a copy. Sources read their mentions the same way (18k spans on that
benchmark, which the reader never reads). `toJSON` gives the plain shape back for serialised output.
*/

/** The span at `numbers[at]`, `numbers[at + 1]` (start, end; start -1: none). */
function spanAt(article: string, numbers: Int32Array, at: number): Span | null {
	const start = numbers[at]!;
	return start < 0 ? null : new ArticleSpan(article, start, numbers[at + 1]!);
}

/** A statement whose cue, speaker and content are read from the packed numbers, from `at` on, when asked. */
class PackedStatement implements Statement {
	readonly id: string;
	readonly kind: StatementKind;
	readonly sourceId: string | null;
	readonly #article: string;
	readonly #numbers: Int32Array;
	readonly #at: number;

	constructor(id: string, kind: StatementKind, sourceId: string | null, article: string, numbers: Int32Array, at: number) {
		this.id = id;
		this.kind = kind;
		this.sourceId = sourceId;
		this.#article = article;
		this.#numbers = numbers;
		this.#at = at;
	}

	get cue(): Span | null {
		return spanAt(this.#article, this.#numbers, this.#at);
	}

	get speaker(): Span | null {
		return spanAt(this.#article, this.#numbers, this.#at + 2);
	}

	get content(): readonly Span[] {
		const count = this.#numbers[this.#at + 4]!;
		const spans = new Array<Span>(count);
		for (let index = 0; index < count; index++) {
			spans[index] = spanAt(this.#article, this.#numbers, this.#at + 5 + (2 * index))!;
		}

		return spans;
	}

	toJSON(): Statement {
		return {id: this.id, kind: this.kind, content: this.content, cue: this.cue, speaker: this.speaker, sourceId: this.sourceId};
	}
}

/**
 * A source whose mentions are read from the packed numbers, from `at` on, when asked: the reader never asks (the
 * short name comes worked out), and a source of the 3 MB benchmark has 15k of them.
 */
class PackedSource implements Source {
	readonly id: string;
	readonly name: string;
	readonly kind: SourceKind;
	readonly role: string | null;
	readonly anonymous: boolean;
	readonly statementIds: readonly string[];
	readonly #article: string;
	readonly #numbers: Int32Array;
	readonly #at: number;

	constructor(id: string, meta: PackedSourceMeta, statementIds: readonly string[], article: string, numbers: Int32Array, at: number) {
		this.id = id;
		this.name = meta.name;
		this.kind = meta.kind;
		this.role = meta.role;
		this.anonymous = meta.anonymous;
		this.statementIds = statementIds;
		this.#article = article;
		this.#numbers = numbers;
		this.#at = at;
	}

	get mentions(): readonly Span[] {
		const count = this.#numbers[this.#at]!;
		const spans = new Array<Span>(count);
		for (let index = 0; index < count; index++) {
			spans[index] = spanAt(this.#article, this.#numbers, this.#at + 1 + (2 * index))!;
		}

		return spans;
	}

	toJSON(): Source {
		return {id: this.id, name: this.name, kind: this.kind, role: this.role, anonymous: this.anonymous, mentions: this.mentions,
			statementIds: this.statementIds};
	}
}

/** Statements rebuilt between two looks at the clock: few, as the first steps run before this code is compiled (256 then took 7 ms). */
const statementsPerClockCheck = 32;

/**
 * Rebuilds the attribution in steps of about `budgetMs` milliseconds each (15k statements take 10–30 ms in
 * all), so a key pressed meanwhile waits for one step at most. `step` returns the attribution once done, else
 * null.
 */
export function attributionUnpacker(text: string, packed: PackedAttribution): {step(budgetMs: number): Attribution | null} {
	if (packed.kind === 'plain') {
		return {step: () => packed.attribution};
	}

	const {numbers, statementCount} = packed;
	const ids = packed.ids === '' ? [] : packed.ids.split('\n');
	const sourceIds = ids.slice(statementCount);
	let at = 0;
	const statements: Statement[] = [];
	const statement = (index: number): Statement => {
		const kind = kinds[numbers[at]!]!;
		const source = numbers[at + 1]!;
		const parts = at + 2;
		// Cue and speaker (two numbers each), the span count, then the spans.
		at = parts + 5 + (2 * numbers[parts + 4]!);
		return new PackedStatement(ids[index]!, kind, source < 0 ? null : sourceIds[source]!, text, numbers, parts);
	};

	const sources = (): Source[] => packed.sources.map((meta, index) => {
		const mentionsAt = at;
		at += 1 + (2 * numbers[at]!);
		const statementIds = new Array<string>(numbers[at++]!);
		for (let index = 0; index < statementIds.length; index++) {
			statementIds[index] = ids[numbers[at++]!]!;
		}

		const source = new PackedSource(sourceIds[index]!, meta, statementIds, text, numbers, mentionsAt);
		adoptShortName(source, meta.shortName);
		return source;
	});

	return {
		step(budgetMs) {
			const deadline = performance.now() + budgetMs;
			while (statements.length < statementCount) {
				const end = Math.min(statementCount, statements.length + statementsPerClockCheck);
				while (statements.length < end) {
					statements.push(statement(statements.length));
				}

				if (statements.length < statementCount && performance.now() >= deadline) {
					return null;
				}
			}

			const attribution = {statements, sources: sources()};
			adoptIndex(attribution, packed.index);
			return attribution;
		},
	};
}
