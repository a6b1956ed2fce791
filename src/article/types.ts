/** A half-open range `[start, end)` of UTF-16 code units in `Article.text`. */
export type TextRange = {
	readonly start: number;
	readonly end: number;
};

/** What a block of the article is, for styling and for search/attribution context. */
export type BlockKind = 'heading' | 'paragraph' | 'blockquote' | 'list-item' | 'credits' | 'links';

/** Inline emphasis kept from Markdown or HTML; the text itself carries no markup. */
export type InlineStyle = 'bold' | 'italic' | 'code' | 'link';

export type StyleRun = TextRange & {
	readonly style: InlineStyle;
};

/** One displayed paragraph. Blocks are ordered, do not overlap, and never contain a newline. */
export type Block = TextRange & {
	readonly kind: BlockKind;
	/** Inline styles inside this block, ordered by start. */
	readonly styles?: readonly StyleRun[];
};

/** `WASHINGTON (Reuters) –`: where and through whom the story was filed. */
export type Dateline = TextRange & {
	readonly text: string;
	readonly place: string;
	readonly agency: string | null;
};

/** One part of a credits line: `Additional reporting by Ann Lee in Taipei`. */
export type CreditRole = {
	/** As written, e.g. `Reporting`, `Additional reporting`, `Editing`, `Writing`. */
	readonly role: string;
	readonly names: readonly string[];
	readonly place: string | null;
};

/** A trailing `(Reporting by …; Editing by …)` line. */
export type Credits = TextRange & {
	readonly text: string;
	readonly roles: readonly CreditRole[];
};

export type ArticleFormat = 'text' | 'markdown' | 'html';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * A normalised article. Every offset in the program (blocks, attribution spans, search matches, layout lines)
 * is a UTF-16 index into `text`.
 */
export type Article = {
	/** What the user gave: a path, a URL, or `-` for stdin. */
	readonly source: string;
	readonly format: ArticleFormat;
	/** For plain UTF-8 text: the file decoded, leading BOM removed, nothing else changed. */
	readonly text: string;
	/** True when `text` is exactly the input decoded as UTF-8 minus a BOM (so JSON offsets index the file). */
	readonly verbatim: boolean;
	readonly encoding: TextEncoding;
	readonly title: string;
	/** Where the headline stands in `text`; null when the title was derived (from the lede or page metadata). */
	readonly titleRange: TextRange | null;
	readonly dateline: Dateline | null;
	/** `By …` line or page author, without the `By`. */
	readonly byline: string | null;
	readonly credits: Credits | null;
	/** Outlet or site name when known (page metadata, dateline agency). */
	readonly site: string | null;
	/** Publication date as found (ISO string when the source gave one). */
	readonly published: string | null;
	/** The body in reading order, headline included when it is part of the text. */
	readonly blocks: readonly Block[];
	/** Things the reader should be told: `decoded as Windows-1252`, `empty article`, … */
	readonly notes: readonly string[];
};
