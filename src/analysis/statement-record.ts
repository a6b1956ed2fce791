/**
 * The raw statement, what a unit yields before sources are resolved, and `make`, the one constructor every rule builds it
 * through. Apart from statements.ts so that the special rules (special.ts, intro-sentences.ts) and the passes that
 * place statements and resolve their sources (index.ts, assemble-sources.ts) share the record without importing the
 * unit logic. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Range} from './units.js';

/** A statement before sources are resolved. */
export type RawStatement = {
	content: Range[];
	kind: StatementKind;
	cue: Range | undefined;
	speaker: Range | undefined;
	/** Appositive or relative clause next to the speaker (role text, anonymity phrases). */
	role: Range | undefined;
	clause: Range | undefined;
	/** The sentence subject a pronoun speaker stands for (`Democrats said what they …`), when the sentence names one. */
	antecedent: Range | undefined;
	/** Subject pronouns between the speaker and the cue that repeat the speaker (`While Lee …, she did say …`). */
	repeats: Range[] | undefined;
	paragraph: number;
	/** No cue and no speaker: a bare quotation, attributed from context later. */
	bare: boolean;
	/** The last content span is a quotation left open at the paragraph's end. */
	open: boolean;
	/** A side statement (`… when asked whether …`) that quotations continuing the main one skip over. */
	aside: boolean;
	/** A quotation right after this statement goes on with it even when it is indirect (`…, adding that …. “B.”`). */
	continued: boolean;
	/**
	 * The writer's clause after the attribution turns to another act (`…,” Lee said, then thanked the crowd.`): a bare
	 * quotation after it is a statement of its own, not the rest of this one.
	 */
	turned: boolean;
	/**
	 * Words no one in the surrounding statements said (a title given to something, a crowd's chant): they borrow no source
	 * from the statements before them.
	 */
	sourceless: boolean;
};

export type Base = {paragraph: number; open: boolean};

/** A raw statement with one fixed shape (object spreads in this hot path cost a fifth of the engine's time). */
export function make(base: Base, p: {content: Range[]; kind: StatementKind; cue: Range | undefined; speaker: Range | undefined;
	role?: Range | undefined; clause?: Range | undefined; antecedent?: Range | undefined; bare?: boolean; aside?: boolean;
	sourceless?: boolean; continued?: boolean; turned?: boolean}): RawStatement {
	return {content: p.content, kind: p.kind, cue: p.cue, speaker: p.speaker, role: p.role, clause: p.clause,
		antecedent: p.antecedent, repeats: undefined, paragraph: base.paragraph, bare: p.bare ?? false, open: base.open, aside: p.aside ?? false,
		continued: p.continued ?? false, turned: p.turned ?? false, sourceless: p.sourceless ?? false};
}
