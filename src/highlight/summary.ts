import type {Attribution, Source, Statement, StatementKind} from '../analysis/types.js';

/**
 * One line about the sources, e.g. `7 sources · 3 named people · 2 anonymous`. Named people are persons whose
 * identity the text gives; anonymous counts every source whose identity it withholds.
 */
export function sourcesSummary(attribution: Attribution): string {
	const {sources} = attribution;
	const named = sources.filter(source => source.kind === 'person' && !source.anonymous).length;
	const anonymous = sources.filter(source => source.anonymous).length;
	return [
		plural(sources.length, 'source', 'sources'),
		plural(named, 'named person', 'named people'),
		`${anonymous} anonymous`,
	].join(' · ');
}

/** `1 statement`, `3 statements`. */
export function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** The short marker for how a statement is sourced: `“` direct, `≈` indirect (reported), `±` mixed. */
export function kindMarker(kind: StatementKind): string {
	switch (kind) {
		case 'direct': {
			return '“';
		}

		case 'indirect': {
			return '≈';
		}

		case 'mixed': {
			return '±';
		}
	}
}

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'his', 'its', 'their']);

/**
 * A short label for a source, for narrow columns: a one-word mention that is part of its name when the article
 * uses one (`Chiu` for `Chiu Kuo-cheng`, whichever position the family name takes), else the name without a
 * leading article (`Pentagon spokesman` for `a Pentagon spokesman`).
 */
export function shortSourceName(source: Source): string {
	// A source of a long article has thousands of mentions: work it out once per source, not per row and frame.
	let short = shortNames.get(source);
	if (short === undefined) {
		short = findShortName(source);
		shortNames.set(source, short);
	}

	return short;
}

const shortNames = new WeakMap<Source, string>();

/** Takes `shortName`, worked out by `shortSourceName` on another thread, as the short name of `source`. */
export function adoptShortName(source: Source, shortName: string): void {
	shortNames.set(source, shortName);
}

function findShortName(source: Source): string {
	const words = new Set(source.name.split(/\s+/));
	// The first of the shortest one-word mentions; a plain loop, as a source can have thousands of mentions.
	let single: string | undefined;
	for (const mention of source.mentions) {
		const text = mention.text.trim();
		if ((single === undefined || text.length < single.length) && words.has(text)
			&& /^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(text) && !pronouns.has(text.toLowerCase())) {
			single = text;
		}
	}

	if (single && single !== source.name) {
		return single;
	}

	return stripArticle(source.name);
}

/** The speaker label of a statement: its source's short name, else its speaker mention, else `unattributed`. */
export function speakerLabel(statement: Statement, sources: ReadonlyMap<string, Source>): string {
	const source = statement.sourceId === null ? undefined : sources.get(statement.sourceId);
	if (source) {
		return shortSourceName(source);
	}

	return statement.speaker ? stripArticle(collapseSpace(statement.speaker.text)) : 'unattributed';
}

/** The full speaker with role for citations and plain output: `Chiu Kuo-cheng, Taiwan Defense Minister`. */
export function speakerWithRole(statement: Statement, sources: ReadonlyMap<string, Source>): string {
	const source = statement.sourceId === null ? undefined : sources.get(statement.sourceId);
	if (source) {
		// `two U.S. officials` with role `U.S. officials` says it once.
		const role = source.role && !source.name.toLowerCase().includes(source.role.toLowerCase()) ? source.role : null;
		return role ? `${source.name}, ${role}` : source.name;
	}

	return statement.speaker ? collapseSpace(statement.speaker.text) : 'unattributed';
}

/** The detail line of a source: role when known, kind, `anonymous`, and `filter` when it is the active filter. */
export function sourceDetails(source: Source, isFilter = false): string {
	return [source.role, source.kind, source.anonymous ? 'anonymous' : null, isFilter ? 'filter' : null]
		.filter(part => part !== null && part !== '')
		.join(' · ');
}

/** Sources by id. */
export function sourcesById(attribution: Attribution): Map<string, Source> {
	return new Map(attribution.sources.map(source => [source.id, source]));
}

/** The words of a statement, its spans joined with ` … `, whitespace collapsed (quote marks kept). */
export function statementText(statement: Statement): string {
	return statement.content.map(span => collapseSpace(span.text)).join(' … ');
}

/**
 * The start of `statementText`, at least `columns` terminal columns of it when there is that much: a sidebar row
 * needs the first words, and collapsing a long quotation whole for every visible row on every page turn is waste.
 */
export function statementOpening(statement: Statement, columns: number): string {
	// Two UTF-16 units per column covers wide characters and surrogate pairs; the slack covers collapsed spaces.
	const limit = (2 * columns) + 16;
	let text = '';
	for (const [index, span] of statement.content.entries()) {
		text += (index === 0 ? '' : ' … ') + collapseSpace(span.text.slice(0, limit));
		if (text.length >= limit) {
			break;
		}
	}

	return text;
}

/** Runs of whitespace (line breaks, tabs) as one space, trimmed. */
export function collapseSpace(text: string): string {
	return text.replaceAll(/\s+/g, ' ').trim();
}

function stripArticle(name: string): string {
	const stripped = name.replace(/^(?:a|an|the)\s+/i, '');
	return stripped === '' ? name : stripped;
}
