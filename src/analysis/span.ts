import type {Span} from './types.js';

/**
 * A span whose text is sliced from the article when read. The engine's output holds one per content part, cue,
 * speaker and mention (about 75k for a 4 MB article); without a string each, there is less for the garbage collector
 * to copy while the output is built (a tenth of the engine's time on 4 MB). `toJSON` gives the plain shape.
 */
export class ArticleSpan implements Span {
	readonly start: number;
	readonly end: number;
	readonly #article: string;

	constructor(article: string, start: number, end: number) {
		this.start = start;
		this.end = end;
		this.#article = article;
	}

	get text(): string {
		return this.#article.slice(this.start, this.end);
	}

	/** Whether this span is cut from `article` (then its text holds the contract without slicing to compare). */
	isFrom(article: string): boolean {
		return this.#article === article;
	}

	toJSON(): Span {
		return {start: this.start, end: this.end, text: this.text};
	}
}
