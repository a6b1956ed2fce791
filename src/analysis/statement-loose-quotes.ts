/**
 * A unit's statements joined by its loose quotations, those no cue claimed (a name given in an aside, a title, words
 * quoted in the writer's clause). Apart from statements.ts because it runs last, over statements already built, and
 * only where the unit holds quotations. Offsets are UTF-16 indices into the article text.
 */
import type {Context} from './regions.js';
import {looseQuotes} from './loose-quotes.js';
import {withoutNamingAside} from './naming.js';
import {kindOf} from './content.js';
import {make, type Base, type RawStatement} from './statement-record.js';

export function withLooseQuotes(ctx: Context, out: RawStatement[], base: Base): RawStatement[] {
	if (ctx.quotes.length === 0) {
		return out;
	}

	// A name given in an aside is a statement of its own, which the quotations below pick up (train: +3 direct).
	for (const st of out) {
		const content = st.content.flatMap(r => withoutNamingAside(ctx, r));
		if (content.length !== st.content.length || content.some((r, i) => r !== st.content[i])) {
			st.content = content;
			st.kind = content.length > 0 ? kindOf(content, ctx.quotes) : st.kind;
		}
	}

	out = out.filter(st => st.content.length > 0);
	// (Cues that open their statement: the clause of a quotation before one ends there.)
	const cues = out.flatMap(st => st.cue && st.cue.start < st.content[0]!.start && (!st.speaker || st.speaker.end <= st.cue.start)
		? [st.cue.start] : []).sort((a, b) => a - b);
	const loose = looseQuotes(ctx, out.flatMap(s => s.content), cues);
	if (loose.length === 0) {
		return out;
	}

	// `“A?” asked Lee, referring to what he calls the “crooked” process. “B.”`: words quoted inside the writer's clause
	// after a quotation with its speaker are an aside the next quotation skips, continuing the speaker's.
	const quoted = out.some(st => st.kind === 'direct' && st.speaker !== undefined);
	const all = [...out, ...loose.map(l => make(base, {content: l.content, kind: l.kind, cue: l.cue, speaker: l.speaker, sourceless: l.sourceless,
		aside: quoted && l.kind === 'mixed'}))];
	return all.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}
