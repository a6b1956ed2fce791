import type {Article} from '../article/types.js';
import {GraphemeCursor} from '../text/width.js';
import {toDisplayText} from './display-text.js';
import {blockPrefixes} from './line-prefix.js';
import type {ArticleLayout, Line} from './types.js';
import {nextLineEnd} from './wrap-line.js';

/**
 * How many lines to lay out between two looks at the clock in `continueLayout`. Few: right after the first frame
 * the wrapping code has not been compiled yet, and 64 lines then took up to 15 ms, past the step's budget (a look
 * at the clock costs well under a microsecond).
 */
const linesPerClockCheck = 8;

/**
 * An `ArticleLayout` that wraps one line at a time, block after block, only as far as it is asked to. Lines
 * are kept in growable typed arrays (three 32-bit numbers per line) and handed out as fresh `Line` objects.
 */
export class LazyArticleLayout implements ArticleLayout {
	readonly width: number;
	readonly #article: Article;
	#starts = new Int32Array(256);
	#ends = new Int32Array(256);
	#blocks = new Int32Array(256);
	#count = 0;
	/** The next block to lay out, or the one being laid out when `#display` is set. */
	#block = 0;
	/** Display text of the block being laid out, its cursor, and the offset (into it) of its next line. */
	#display: string | undefined;
	#cursor: GraphemeCursor | undefined;
	#position = 0;
	/** Columns for the text of the block's first line, and of its other lines (the width minus the prefixes). */
	#firstWidth = 0;
	#restWidth = 0;

	constructor(article: Article, width: number) {
		this.#article = article;
		this.width = Math.max(1, Math.floor(width));
	}

	get knownLines(): number {
		return this.#count;
	}

	get isComplete(): boolean {
		return this.#display === undefined && this.#block >= this.#article.blocks.length;
	}

	line(index: number): Line | undefined {
		if (index < 0 || !Number.isInteger(index)) {
			return undefined;
		}

		while (this.#count <= index && this.#step()) {
			// Lay out up to the line asked for.
		}

		return index < this.#count ? this.#lineObject(index) : undefined;
	}

	lines(from: number, to: number): Line[] {
		const first = Math.max(0, Math.floor(from));
		const result: Line[] = [];
		for (let index = first; index < to; index++) {
			const line = this.line(index);
			if (line === undefined) {
				break;
			}

			result.push(line);
		}

		return result;
	}

	totalLines(): number {
		while (this.#step()) {
			// Lay out everything.
		}

		return this.#count;
	}

	continueLayout(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		while (!this.isComplete) {
			for (let index = 0; index < linesPerClockCheck && this.#step(); index++) {
				// A few lines between looks at the clock.
			}

			if (performance.now() >= deadline) {
				break;
			}
		}

		return this.isComplete;
	}

	lineAt(offset: number): number {
		while ((this.#count === 0 || this.#ends[this.#count - 1]! <= offset) && this.#step()) {
			// Lay out until a line ends after `offset`.
		}

		if (this.#count === 0) {
			return 0;
		}

		// First line whose end is after `offset` (ends never decrease).
		let low = 0;
		let high = this.#count;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.#ends[middle]! > offset) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}

		if (low === this.#count) {
			return this.#count - 1;
		}

		// A blank line is always followed by its block's first line.
		return this.#blocks[low] === -1 && low + 1 < this.#count ? low + 1 : low;
	}

	estimatedTotalLines(): number {
		if (this.isComplete) {
			return this.#count;
		}

		const {blocks, text} = this.#article;
		const last = blocks.at(-1);
		const done = this.#count === 0 ? 0 : this.#ends[this.#count - 1]! - (blocks[0]?.start ?? 0);
		const all = (last?.end ?? text.length) - (blocks[0]?.start ?? 0);
		return done <= 0 ? Math.max(this.#count, 1) : Math.max(this.#count, Math.ceil(this.#count * all / done));
	}

	#lineObject(index: number): Line {
		return {block: this.#blocks[index]!, start: this.#starts[index]!, end: this.#ends[index]!};
	}

	#push(block: number, start: number, end: number): void {
		if (this.#count === this.#starts.length) {
			const grow = (array: Int32Array) => {
				const bigger = new Int32Array(array.length * 2);
				bigger.set(array);
				return bigger;
			};

			this.#starts = grow(this.#starts);
			this.#ends = grow(this.#ends);
			this.#blocks = grow(this.#blocks);
		}

		this.#starts[this.#count] = start;
		this.#ends[this.#count] = end;
		this.#blocks[this.#count] = block;
		this.#count++;
	}

	/** Lays out one more line (a blank line counts as one); false when there is nothing left. */
	#step(): boolean {
		const {blocks, text} = this.#article;
		if (this.#display === undefined) {
			const block = blocks[this.#block];
			if (block === undefined) {
				return false;
			}

			if (this.#block > 0) {
				this.#push(-1, block.start, block.start);
			}

			this.#display = toDisplayText(text.slice(block.start, block.end));
			this.#cursor = new GraphemeCursor(this.#display);
			this.#position = 0;
			const prefixes = blockPrefixes(this.#article, this.#block, this.width);
			this.#firstWidth = Math.max(1, this.width - prefixes.first.length);
			this.#restWidth = Math.max(1, this.width - prefixes.rest.length);
			if (this.#block > 0) {
				return true;
			}
		}

		const block = blocks[this.#block]!;
		const display = this.#display;
		const end = display.length === 0 ? 0 : nextLineEnd(display, this.#cursor!, this.#position, this.#position === 0 ? this.#firstWidth : this.#restWidth);
		this.#push(this.#block, block.start + this.#position, block.start + end);
		this.#position = end;
		if (end >= display.length) {
			this.#display = undefined;
			this.#cursor = undefined;
			this.#block++;
		}

		return true;
	}
}
