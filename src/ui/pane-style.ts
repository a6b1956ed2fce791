import type {PaneMark} from '../app/visible.js';
import type {BlockKind, InlineStyle} from '../article/types.js';
import type {ColorMode, TextStyle} from '../highlight/palette.js';
import {type HighlightMark, resolveStyle} from '../highlight/style.js';


const blockStyles: Readonly<Partial<Record<BlockKind, TextStyle>>> = {
	heading: {bold: true},
	credits: {dimColor: true},
	links: {dimColor: true},
	blockquote: {italic: true},
};

const inlineStyles: Readonly<Record<InlineStyle, TextStyle>> = {
	bold: {bold: true},
	italic: {italic: true},
	code: {inverse: false, bold: true},
	link: {underline: true},
};

/**
 * The Ink `<Text>` props for a run: block look first, then emphasis and dateline, then highlights on top (so a
 * search match always shows).
 */
export function paneStyle(marks: readonly PaneMark[], block: BlockKind | undefined, mode: ColorMode): TextStyle {
	let style: TextStyle = block ? blockStyles[block] ?? {} : {};
	const highlights: HighlightMark[] = [];
	for (const mark of marks) {
		if (mark.kind === 'inline') {
			style = {...style, ...inlineStyles[mark.style], ...(mark.style === 'code' && mode !== 'none' ? {color: 'cyan'} : {})};
		} else if (mark.kind === 'dateline') {
			style = {...style, dimColor: true};
		} else {
			highlights.push(mark);
		}
	}

	return highlights.length === 0 ? style : {...style, ...resolveStyle(highlights, mode)};
}
