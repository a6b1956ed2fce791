import type {Attribution, Statement} from '../analysis/types.js';

/**
 * Palette slot per source id. The palette has 8 colours (6 on 16-colour terminals) and articles can have dozens
 * of sources, so the sources with the most statements get the first slots, and so colours of their own; ties
 * keep the order of first mention. A source keeps its colour for as long as the article is open, whatever is
 * filtered or scrolled.
 */
export function sourceColorSlots(attribution: Attribution): ReadonlyMap<string, number> {
	const ranked = attribution.sources.map((source, index) => ({id: source.id, index, statements: source.statementIds.length}))
		.sort((a, b) => (b.statements - a.statements) || (a.index - b.index));
	return new Map(ranked.map((source, slot) => [source.id, slot]));
}

/** Palette slot of the source of `statement`, or -1 when it has none. */
export function statementColorSlot(statement: Statement, slots: ReadonlyMap<string, number>): number {
	return statement.sourceId === null ? -1 : (slots.get(statement.sourceId) ?? -1);
}
