// Ink composes every frame cell by cell: each written line is split into graphemes with Intl.Segmenter, each
// grapheme becomes an object carrying its styles, and every row is turned back into a string by diffing the
// styles of neighbouring cells. On a page turn every line is new, so that round trip was the largest part of
// the frame's CPU (profile of 80 page turns on the 3 MB article at 100x30). The reader's frames never draw one
// thing over another: the article, the borders and the sidebar sit side by side. Such a row is simply its
// pieces, in column order, with spaces between them. The bundle gives Ink's `Output#get` this function first
// (scripts/build.js) and keeps Ink's own composition for frames where pieces overlap or are cut sideways
// (the help overlay, for one). Chalk closes every style it opens, so the pieces do not leak styles into each
// other; test/shims/ink-frame.test.ts checks the result cell by cell against Ink's own.

/** What Ink's `Output` records for a frame (ink/build/output.js). */
export type FrameOperations = {
	readonly width: number;
	readonly height: number;
	readonly operations: ReadonlyArray<
		| {type: 'write'; x: number; y: number; text: string; transformers: ReadonlyArray<(line: string, index: number) => string>}
		| {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
		| {type: 'unclip'}
	>;
	readonly caches: {getStringWidth(text: string): number};
};

type Piece = {readonly x: number; readonly end: number; readonly text: string};

/** The frame as Ink's `Output#get` returns it, or undefined when pieces overlap (Ink must composite them). */
export function composeFrame(frame: FrameOperations): {output: string; height: number} | undefined {
	const rows: Piece[][] = Array.from({length: frame.height}, () => []);
	const clips: Array<{x1?: number; x2?: number; y1?: number; y2?: number}> = [];
	for (const operation of frame.operations) {
		if (operation.type === 'clip') {
			if (typeof operation.clip.x1 === 'number' && typeof operation.clip.x2 === 'number') {
				return undefined;
			}

			clips.push(operation.clip);
			continue;
		}

		if (operation.type === 'unclip') {
			clips.pop();
			continue;
		}

		let {x, y} = operation;
		let lines = operation.text.split('\n');
		const clip = clips.at(-1);
		if (clip && typeof clip.y1 === 'number' && typeof clip.y2 === 'number') {
			if (y + lines.length < clip.y1 || y > clip.y2) {
				continue;
			}

			const from = y < clip.y1 ? clip.y1 - y : 0;
			const to = y + lines.length > clip.y2 ? clip.y2 - y : lines.length;
			lines = lines.slice(from, to);
			y = Math.max(y, clip.y1);
		}

		// Ink drops what lies left of the frame and closes gaps right of it; our frames never do either.
		if (x < 0 || y < 0 || x > frame.width) {
			return undefined;
		}

		for (let index = 0; index < lines.length; index++) {
			const row = rows[y + index];
			if (!row) {
				break;
			}

			let line = lines[index]!;
			for (const transform of operation.transformers) {
				line = transform(line, index);
			}

			const width = frame.caches.getStringWidth(line);
			if (width > 0) {
				row.push({x, end: x + width, text: line});
			}
		}
	}

	const output: string[] = [];
	for (const row of rows) {
		// A row has a handful of pieces, nearly in column order: sorted in place (Array#sort allocates).
		for (let index = 1; index < row.length; index++) {
			const piece = row[index]!;
			let to = index;
			while (to > 0 && row[to - 1]!.x > piece.x) {
				row[to] = row[to - 1]!;
				to--;
			}

			row[to] = piece;
		}

		let text = '';
		let column = 0;
		for (const piece of row) {
			if (piece.x < column) {
				return undefined;
			}

			text += ' '.repeat(piece.x - column) + piece.text;
			column = piece.end;
		}

		output.push(text.trimEnd());
	}

	return {output: output.join('\n'), height: frame.height};
}
