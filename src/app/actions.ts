import type {Attribution} from '../analysis/types.js';
import type {Article} from '../article/types.js';
import type {KeyPress} from './key-name.js';
import type {Size} from './state.js';

/**
 * Every action a key can produce (through the keymap table). Named `area/verb`. A test checks that each of
 * these has at least one binding with help text.
 */
export const commandTypes = [
	'page/next',
	'page/prev',
	'line/down',
	'line/up',
	'half/down',
	'half/up',
	'page/first',
	'page/last',
	'count/digit',
	'goto/open',
	'focus/toggle',
	'sidebar/toggle',
	'search/open',
	'search/next',
	'search/prev',
	'help/toggle',
	'library/back',
	'library/move',
	'library/open-selected',
	'library/filter',
	'library/clear-filter',
	'prompt/submit',
	'prompt/cancel',
	'prompt/backspace',
	'app/quit',
	// Issue 4: the sidebar, statements and highlighting (handled in attribution-update.ts).
	'sidebar/quotes',
	'sidebar/sources',
	'sidebar/other-tab',
	'sidebar/down',
	'sidebar/up',
	'sidebar/choose',
	'statement/next',
	'statement/prev',
	'highlight/toggle',
	'citation/copy',
] as const;

/** An action produced by a key binding. */
export type CommandAction =
	| {readonly type: Exclude<(typeof commandTypes)[number], 'count/digit' | 'library/filter' | 'library/move'>}
	/** Move the library selection by `delta` entries (clamped). */
	| {readonly type: 'library/move'; readonly delta: number}
	/** A digit typed before a command: `12g` goes to page 12. */
	| {readonly type: 'count/digit'; readonly digit: number}
	/** Start filtering the library; `text` is the first character typed ('' for `/`). */
	| {readonly type: 'library/filter'; readonly text: string};

/** Everything `update` understands: key commands, prompt text, and results coming back from effects. */
export type Action =
	| CommandAction
	/** A key, resolved through the keymap inside `update` so a burst of keys never sees a stale mode. */
	| {readonly type: 'key/pressed'; readonly press: KeyPress}
	/** Printable text typed into the active prompt (search, `:N`, library filter). */
	| {readonly type: 'prompt/input'; readonly text: string}
	/** Open the library entry with this path. */
	| {readonly type: 'library/open'; readonly path: string}
	| {readonly type: 'size/changed'; readonly size: Size}
	/** An `open-article` effect finished; `key` is where its position is remembered (null: do not remember). */
	| {readonly type: 'article/loaded'; readonly article: Article; readonly key: string | null}
	| {readonly type: 'article/failed'; readonly message: string}
	/** The idle layout reached the end of the article at the current width. */
	| {readonly type: 'layout/completed'}
	/** The root ran the first `count` pending effects. */
	| {readonly type: 'effects/ran'; readonly count: number}
	/** A one-line note for the footer (e.g. from saving a position). */
	| {readonly type: 'message/show'; readonly text: string}
	/** The root finished analysing `article`: who says what (ignored if another article is open by then). */
	| {readonly type: 'attribution/ready'; readonly article: Article; readonly attribution: Attribution};
