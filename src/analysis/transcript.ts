/**
 * Interview and debate transcripts printed as turns (`TAPPER: Why not debate?`): each turn is a statement by the
 * person its label names, with the colon as its cue.
 */
import type {Range} from './units.js';

export type Turn = {label: Range; colon: number; content: Range};

/** An upper-case label of one to four words (`FALLIN`, `JAKE TAPPER`, `SEN. MARY LEE`) and a colon opening a paragraph. */
const labelRe = /^(\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?: \p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+\S/u;

/** Headline kickers and page furniture that look like labels but name no speaker. */
const kickers = new Set(['UPDATE', 'UPDATED', 'VIDEO', 'WATCH', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'BYLINE', 'EMAIL',
	'NOTE', 'EDITOR\'S NOTE', 'EDITOR’S NOTE', 'CORRECTION', 'CLARIFICATION', 'PHOTO', 'PHOTOS', 'LOOK', 'BOOM', 'READ', 'LISTEN',
	'SOURCE', 'SOURCES', 'CREDIT', 'RELATED', 'MORE', 'ALSO', 'WARNING', 'ANALYSIS', 'OPINION', 'POLL', 'REPORT', 'LIVE',
	'TRANSCRIPT', 'AUDIO', 'QUOTE', 'FACT CHECK', 'BUSTED', 'WOW', 'SHOCK', 'FLASHBACK', 'TL;DR', 'PS', 'P.S.']);

/** Turns at most this many paragraphs apart belong to one exchange. */
const maxGap = 3;

/**
 * The transcript turns among `paras`, by paragraph index. A labelled paragraph counts only inside an exchange: near
 * another labelled paragraph with a different label, so a lone kicker (`BOOM: …`) or a repeated one is no speaker.
 */
export function transcriptTurns(text: string, paras: readonly Range[]): Map<number, Turn> {
	const found: Array<{index: number; turn: Turn; name: string}> = [];
	for (const [index, para] of paras.entries()) {
		const m = labelRe.exec(text.slice(para.start, Math.min(para.end, para.start + 48)));
		if (!m || kickers.has(m[1]!)) {
			continue;
		}

		const colon = para.start + m[1]!.length;
		let start = colon + 1;
		while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) {
			start++;
		}

		found.push({index, name: m[1]!, turn: {label: {start: para.start, end: colon}, colon, content: {start, end: para.end}}});
	}

	const turns = new Map<number, Turn>();
	for (const [i, f] of found.entries()) {
		const near = (g: typeof f | undefined) => g !== undefined && Math.abs(g.index - f.index) <= maxGap;
		const exchange = (g: typeof f | undefined) => near(g) && (g!.name !== f.name || turns.has(g!.index));
		if (exchange(found[i - 1]) || exchange(found[i + 1])) {
			turns.set(f.index, f.turn);
		}
	}

	return turns;
}
