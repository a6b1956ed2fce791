/** A piece of the article: `text === article.text.slice(start, end)`; offsets are UTF-16 code units. */
export type Span = {
	readonly start: number;
	readonly end: number;
	readonly text: string;
};

/** `direct`: the speaker's own words (all in quote marks, or a transcript turn); `mixed`: partly quoted; `indirect`: reported speech. */
export type StatementKind = 'direct' | 'indirect' | 'mixed';

/** One attributed statement: who (speaker) says (cue) what (content). */
export type Statement = {
	/** `s1`, `s2`, … in reading order. */
	readonly id: string;
	readonly kind: StatementKind;
	/** Ordered, non-overlapping; several spans for a split quote. Quote marks are inside the spans. */
	readonly content: readonly Span[];
	readonly cue: Span | null;
	readonly speaker: Span | null;
	readonly sourceId: string | null;
};

export type SourceKind = 'person' | 'organization' | 'publication' | 'document' | 'unnamed';

/** One real-world speaker with every mention of it and every statement it makes. */
export type Source = {
	/** `src1`, `src2`, … in order of first mention. */
	readonly id: string;
	/** The fullest name or description found, e.g. `Chiu Kuo-cheng`, `two U.S. officials`. */
	readonly name: string;
	readonly kind: SourceKind;
	/** Title or description, e.g. `Taiwan Defense Minister`; null when none is given. */
	readonly role: string | null;
	/** True when the text withholds the speaker's identity. */
	readonly anonymous: boolean;
	readonly mentions: readonly Span[];
	readonly statementIds: readonly string[];
};

export type Attribution = {
	readonly statements: readonly Statement[];
	readonly sources: readonly Source[];
};
