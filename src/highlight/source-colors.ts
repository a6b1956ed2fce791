import type {Attribution, Statement} from '../analysis/types.js';

/**
 * Palette slot per source id: the n-th source (sources come in order of first mention) gets slot n, so a
 * source keeps its colour for as long as the article is open, whatever is filtered or scrolled.
 */
export function sourceColorSlots(attribution: Attribution): ReadonlyMap<string, number> {
	return new Map(attribution.sources.map((source, index) => [source.id, index]));
}

/** Palette slot of the source of `statement`, or -1 when it has none. */
export function statementColorSlot(statement: Statement, slots: ReadonlyMap<string, number>): number {
	return statement.sourceId === null ? -1 : (slots.get(statement.sourceId) ?? -1);
}
