import type {Block, BlockKind, InlineStyle, StyleRun} from './types.js';

/**
 * Builds the normalised text of a structured article (Markdown, HTML): blocks separated by a blank line
 * (or a single newline for `tight` blocks such as code lines), inline styles recorded as UTF-16 ranges
 * into the final text. Text is normalised to NFC and white space (newlines included) collapsed to one
 * space as it is added, so a block never contains a newline.
 */
export class TextBuilder {
	private readonly parts: string[] = [];
	private length = 0;
	private readonly blocks: Block[] = [];
	private current: {kind: BlockKind; start: number; styles: StyleRun[]; tight: boolean} | undefined;
	private readonly open: Array<{style: InlineStyle; start: number}> = [];
	private pendingSpace = false;

	/** Starts a block; an open block is ended first. `tight` joins it to the previous block with one newline. */
	startBlock(kind: BlockKind, tight = false): void {
		this.endBlock();
		this.current = {kind, start: -1, styles: [], tight};
		this.pendingSpace = false;
	}

	/** Adds inline text to the current block (starting a paragraph if none is open). */
	addText(raw: string, preserveSpaces = false): void {
		this.current ??= {kind: 'paragraph', start: -1, styles: [], tight: false};
		const text = (preserveSpaces ? raw.replaceAll(/[\r\n\u2028\u2029]+/g, ' ') : raw.replaceAll(/[\s\u2028\u2029]+/g, ' ')).normalize('NFC');
		if (text === '') {
			return;
		}

		if (this.current.start === -1) {
			const trimmed = preserveSpaces ? text : text.trimStart();
			if (trimmed === '') {
				return;
			}

			if (this.blocks.length > 0) {
				this.push(this.current.tight ? '\n' : '\n\n');
			}

			this.current.start = this.length;
			this.pendingSpace = false;
			this.pushContent(trimmed, preserveSpaces);
			return;
		}

		this.pushContent(text, preserveSpaces);
	}

	/** Opens an inline style at the current position (closed by `closeStyle`). */
	openStyle(style: InlineStyle): void {
		this.flushSpace();
		this.open.push({style, start: this.length});
	}

	/** Closes the innermost open style and records it if it covers any text. */
	closeStyle(): void {
		const style = this.open.pop();
		if (style && this.current && this.length > style.start && this.current.start !== -1) {
			this.current.styles.push({style: style.style, start: Math.max(style.start, this.current.start), end: this.length});
		}
	}

	/** Ends the current block (dropping it if it holds no text). */
	endBlock(): void {
		const block = this.current;
		this.current = undefined;
		this.pendingSpace = false;
		if (!block || block.start === -1) {
			return;
		}

		const styles = block.styles.filter(style => style.end > style.start).sort((a, b) => a.start - b.start);
		this.blocks.push({kind: block.kind, start: block.start, end: this.length, ...(styles.length > 0 ? {styles} : {})});
	}

	/** True when a block is open (possibly still without text). */
	get isOpen(): boolean {
		return this.current !== undefined;
	}

	/** True when the current block already holds text. */
	get hasText(): boolean {
		return this.current !== undefined && this.current.start !== -1;
	}

	/** The finished text and blocks (UTF-16 offsets into the text). */
	finish(): {text: string; blocks: Block[]} {
		this.endBlock();
		return {text: this.parts.join(''), blocks: this.blocks};
	}

	private pushContent(text: string, preserveSpaces: boolean): void {
		if (preserveSpaces) {
			this.flushSpace();
			this.push(text);
			return;
		}

		// A trailing space is held back so a block never ends with one and styles never start with one.
		const startsWithSpace = text.startsWith(' ');
		const body = text.trim();
		if (startsWithSpace) {
			this.pendingSpace = true;
		}

		if (body !== '') {
			this.flushSpace();
			this.push(body);
		}

		if (text.endsWith(' ') && body !== '') {
			this.pendingSpace = true;
		}
	}

	private flushSpace(): void {
		if (this.pendingSpace && this.current && this.current.start !== -1) {
			this.push(' ');
		}

		this.pendingSpace = false;
	}

	private push(text: string): void {
		this.parts.push(text);
		this.length += text.length;
	}
}
