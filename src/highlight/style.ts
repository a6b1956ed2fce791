import {type ColorMode, type TextStyle, ansi16Palette, fullPalette, paletteColor} from './palette.js';

/** Which part of a statement a range covers. */
export type StatementPart = 'content' | 'speaker' | 'cue';

/** What lies on a piece of article text: part of a statement, or a search match. */
export type HighlightMark =
	| {
		readonly kind: StatementPart;
		/** Index into `attribution.statements`. */
		readonly statementIndex: number;
		/** Palette slot of the statement's source; -1 when the statement has no source. */
		readonly colorIndex: number;
		/** The statement the user moved to (`]`/`[`, Enter on a quote): shown inverse. */
		readonly isCurrent: boolean;
	}
	| {
		readonly kind: 'match';
		/** The match `n`/`N` stands on. */
		readonly isCurrent: boolean;
	};

/**
 * The look of a run of text carrying `marks` (as cut by `splitLine`), in `mode`.
 *
 * Statement content takes its source's colour (underline under `none`), the speaker mention is bold, the cue
 * is underlined (dimmed under `none`, where underline already means content), and the current statement is
 * inverse. A search match must stay visible inside any of that, so it paints a background of its own and
 * flips inverse back off; under `none` it toggles inverse, which shows as a gap inside an inverse statement.
 */
export function resolveStyle(marks: readonly HighlightMark[], mode: ColorMode): TextStyle {
	let statement: Extract<HighlightMark, {kind: StatementPart}> | undefined;
	let match: Extract<HighlightMark, {kind: 'match'}> | undefined;
	for (const mark of marks) {
		if (mark.kind === 'match') {
			match = match?.isCurrent ? match : mark;
		} else if (statement === undefined || (mark.isCurrent && !statement.isCurrent)) {
			// A speaker or cue shared by two statements takes the look of the current one.
			statement = mark;
		}
	}

	const style: {-readonly [K in keyof TextStyle]: TextStyle[K]} = {};
	if (statement) {
		Object.assign(style, statementStyle(statement.kind, statement.colorIndex, mode));
		if (statement.isCurrent) {
			style.inverse = true;
		}
	}

	if (match) {
		if (mode === 'none') {
			style.inverse = !style.inverse;
			style.bold = true;
			style.underline = match.isCurrent || style.underline;
		} else {
			style.inverse = false;
			style.color = 'black';
			style.backgroundColor = matchBackground(match.isCurrent, mode);
		}
	}

	return style;
}

function statementStyle(part: StatementPart, colorIndex: number, mode: ColorMode): TextStyle {
	const color = paletteColor(colorIndex, mode);
	if (mode === 'none' || color === undefined) {
		// No colour to tell sources apart (or no source at all): attributes alone.
		switch (part) {
			case 'content': {
				return colorIndex < 0 && mode !== 'none' ? {italic: true} : {underline: true};
			}

			case 'speaker': {
				return {bold: true};
			}

			case 'cue': {
				return {dimColor: true};
			}
		}
	}

	switch (part) {
		case 'content': {
			return {color};
		}

		case 'speaker': {
			return {color, bold: true};
		}

		case 'cue': {
			return {color, underline: true};
		}
	}
}

function matchBackground(isCurrent: boolean, mode: ColorMode): string {
	if (mode === 'full') {
		return isCurrent ? '#ff8700' : '#ffd75f';
	}

	return isCurrent ? 'red' : 'yellow';
}

/** Every look `resolveStyle` gives one part of one statement in `mode`: each source colour (or none), current or not. */
export function statementLooks(mode: ColorMode): TextStyle[] {
	const colors = mode === 'full' ? fullPalette.length : (mode === 'ansi16' ? ansi16Palette.length : 1);
	const looks: TextStyle[] = [];
	for (let colorIndex = -1; colorIndex < colors; colorIndex++) {
		for (const kind of ['content', 'speaker', 'cue'] as const) {
			for (const isCurrent of [false, true]) {
				looks.push(resolveStyle([{kind, statementIndex: 0, colorIndex, isCurrent}], mode));
			}
		}
	}

	return looks;
}
