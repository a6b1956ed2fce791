import type {Attribution, Statement} from '../analysis/types.js';
import {indexStatements} from './ranges.js';

/** The statements shown in the Quotes list: all of them, or only `filterSourceId`'s, in reading order. */
export function listedStatements(attribution: Attribution, filterSourceId: string | null = null): Statement[] {
	return filterSourceId === null
		? [...attribution.statements]
		: attribution.statements.filter(statement => statement.sourceId === filterSourceId);
}

/**
 * Where the article should show `statement` (UTF-16 offset): the start of its first quoted/reported words,
 * since that is what the user is looking for; its speaker may come before or after.
 */
export function statementAnchor(statement: Statement): number {
	return statement.content[0]?.start ?? statement.speaker?.start ?? statement.cue?.start ?? 0;
}

/** Where `]`/`[` start from and which way they go. */
export type StepRequest = {
	/** The current statement, if any: stepping moves from it. */
	readonly currentId: string | null;
	/** Without a (listed) current statement: the UTF-16 offset of the top of the visible page. */
	readonly position: number;
	readonly direction: 1 | -1;
	readonly filterSourceId?: string | null;
};

/**
 * The statement `]` (direction 1) or `[` (-1) moves to, within the filter. From a listed current statement it
 * is the next/previous one, staying on the first/last at the ends; otherwise the first statement at or after
 * `position` (for `]`) or the last one before it (for `[`). Null only when no statement is listed.
 */
export function stepStatement(attribution: Attribution, request: StepRequest): Statement | null {
	const list = listedStatements(attribution, request.filterSourceId ?? null);
	if (list.length === 0) {
		return null;
	}

	const currentIndex = request.currentId === null ? -1 : list.findIndex(statement => statement.id === request.currentId);
	if (currentIndex !== -1) {
		return list[Math.min(list.length - 1, Math.max(0, currentIndex + request.direction))]!;
	}

	// A current statement outside the filter still says where the user is.
	const current = request.currentId === null
		? undefined
		: attribution.statements.find(statement => statement.id === request.currentId);
	const position = current ? statementAnchor(current) : request.position;
	if (request.direction === 1) {
		return list.find(statement => statementAnchor(statement) >= position) ?? list.at(-1)!;
	}

	return list.findLast(statement => statementAnchor(statement) < position) ?? list[0]!;
}

/**
 * The statement the Quotes list should select while the user reads the page `[from, to)` (UTF-16 offsets):
 * the first listed statement with any part on the page; failing that, the last one before the page (the
 * one just read); failing that, the first one. Null when no statement is listed.
 */
export function statementOnPage(
	attribution: Attribution,
	from: number,
	to: number,
	filterSourceId: string | null = null,
): Statement | null {
	const {extentStarts, extentEnds} = indexStatements(attribution);
	let before: Statement | null = null;
	let first: Statement | null = null;
	const {statements} = attribution;
	// An indexed loop: this runs on every page turn, over all 15k statements of the 3 MB benchmark when reading
	// near its end, and an entries() iterator allocates a pair per statement until the JIT removes it.
	for (let index = 0; index < statements.length; index++) {
		const statement = statements[index]!;
		if (filterSourceId !== null && statement.sourceId !== filterSourceId) {
			continue;
		}

		first ??= statement;
		const start = extentStarts[index]!;
		const end = extentEnds[index]!;
		if (start < to && end > from) {
			return statement;
		}

		if (end <= from) {
			before = statement;
		} else if (start >= to) {
			// Statements come in reading order: nothing later can be on the page.
			break;
		}
	}

	return before ?? first;
}
