import type {CommandAction} from './actions.js';
import type {AppState} from './state.js';

/**
 * Key contexts. `sidebar` is reading with the sidebar focused; `filter` is the library's filter prompt.
 * `search`, `goto` and `filter` are prompts: unbound printable keys become prompt text.
 */
export type KeyMode = 'library' | 'filter' | 'reading' | 'sidebar' | 'search' | 'goto' | 'help';

/** Help overlay sections, in display order. */
export const groups = ['Reading', 'Quotes and sources', 'Search', 'Library', 'General'] as const;

/** One entry of the key table: drives behaviour, the help overlay, the footer hints and the README. */
export type Binding = {
	/** Canonical key names (see `key-name.ts`). */
	readonly keys: readonly string[];
	/** How the keys are shown when not simply listed (e.g. `0-9`). */
	readonly label?: string;
	readonly help: string;
	/** Short footer hint; bindings without one are only in the help overlay. */
	readonly hint?: string;
	readonly group: (typeof groups)[number];
	readonly modes: readonly KeyMode[];
	/**
	 * Keys of this binding that do not apply in some mode, e.g. ←/→ and j/k while the sidebar has focus, where
	 * the sidebar's lists and tabs use them.
	 */
	readonly except?: Readonly<Partial<Record<KeyMode, readonly string[]>>>;
	/** What the key does. */
	readonly action: (name: string) => CommandAction;
};

const reading: KeyMode[] = ['reading', 'sidebar'];
const prompts: KeyMode[] = ['search', 'goto', 'filter'];
const all: KeyMode[] = ['library', 'filter', 'reading', 'sidebar', 'search', 'goto', 'help'];
const act = (type: Exclude<CommandAction['type'], 'count/digit' | 'library/filter' | 'library/move'>) => (): CommandAction => ({type});
const digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The one key table. Order matters only for display. */
export const bindings: readonly Binding[] = [
	{keys: ['space', 'f', 'pagedown', 'l', 'right'], help: 'next page', hint: 'next', group: 'Reading', modes: reading, except: {sidebar: ['l', 'right']}, action: act('page/next')},
	{keys: ['b', 'pageup', 'h', 'left'], help: 'previous page', hint: 'back', group: 'Reading', modes: reading, except: {sidebar: ['h', 'left']}, action: act('page/prev')},
	{keys: ['j', 'down'], help: 'line down', group: 'Reading', modes: reading, except: {sidebar: ['j', 'down']}, action: act('line/down')},
	{keys: ['k', 'up'], help: 'line up', group: 'Reading', modes: reading, except: {sidebar: ['k', 'up']}, action: act('line/up')},
	{keys: ['d'], help: 'half a page down', group: 'Reading', modes: reading, action: act('half/down')},
	{keys: ['u'], help: 'half a page up', group: 'Reading', modes: reading, action: act('half/up')},
	{keys: ['g', 'home'], help: 'first page (N g: page N)', group: 'Reading', modes: reading, action: act('page/first')},
	{keys: ['G', 'end'], help: 'last page', group: 'Reading', modes: reading, action: act('page/last')},
	{keys: digits, label: '0-9', help: 'count for the next key: N g goes to page N', group: 'Reading', modes: ['reading'], action: name => ({type: 'count/digit', digit: Number(name)})},
	{keys: [':'], help: 'go to page: type N, Enter', group: 'Reading', modes: reading, action: act('goto/open')},
	{keys: ['tab'], help: 'focus article / sidebar', hint: 'sidebar', group: 'Reading', modes: reading, action: act('focus/toggle')},
	{keys: ['s'], help: 'show or hide the sidebar', group: 'Reading', modes: reading, action: act('sidebar/toggle')},
	{keys: ['escape', 'o'], help: 'back to the library', hint: 'library', group: 'Reading', modes: reading, action: act('library/back')},
	{keys: [']'], help: 'next statement', hint: 'quote', group: 'Quotes and sources', modes: reading, action: act('statement/next')},
	{keys: ['['], help: 'previous statement', group: 'Quotes and sources', modes: reading, action: act('statement/prev')},
	{keys: ['a'], help: 'highlighting off / on', group: 'Quotes and sources', modes: reading, action: act('highlight/toggle')},
	{keys: ['y'], help: 'copy the current statement as a citation (OSC 52)', group: 'Quotes and sources', modes: reading, action: act('citation/copy')},
	{keys: ['1'], help: 'Quotes tab', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/quotes')},
	{keys: ['2'], help: 'Sources tab', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/sources')},
	{keys: ['left', 'right', 'h', 'l'], help: 'other tab', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/other-tab')},
	{keys: ['down', 'j'], help: 'next row', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/down')},
	{keys: ['up', 'k'], help: 'previous row', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/up')},
	{keys: ['enter'], help: 'show quote / filter by source (Esc clears)', hint: 'choose', group: 'Quotes and sources', modes: ['sidebar'], action: act('sidebar/choose')},
	{keys: ['/'], help: 'search (smart case)', hint: 'search', group: 'Search', modes: reading, action: act('search/open')},
	{keys: ['n'], help: 'next match', group: 'Search', modes: reading, action: act('search/next')},
	{keys: ['N'], help: 'previous match', group: 'Search', modes: reading, action: act('search/prev')},
	{keys: ['enter'], help: 'confirm the prompt (the filter opens the selection)', hint: 'confirm', group: 'Search', modes: prompts, action: act('prompt/submit')},
	{keys: ['escape'], help: 'cancel the prompt', hint: 'cancel', group: 'Search', modes: prompts, action: act('prompt/cancel')},
	{keys: ['backspace'], help: 'delete a character', group: 'Search', modes: prompts, action: act('prompt/backspace')},
	{keys: ['down', 'j'], help: 'next article', group: 'Library', modes: ['library'], action: () => ({type: 'library/move', delta: 1})},
	{keys: ['up', 'k'], help: 'previous article', group: 'Library', modes: ['library'], action: () => ({type: 'library/move', delta: -1})},
	{keys: ['enter'], help: 'open the article', hint: 'open', group: 'Library', modes: ['library'], action: act('library/open-selected')},
	{keys: ['/'], label: '/ or type', help: 'filter the list', hint: 'filter', group: 'Library', modes: ['library'], action: () => ({type: 'library/filter', text: ''})},
	{keys: ['escape'], help: 'clear the filter', group: 'Library', modes: ['library'], action: act('library/clear-filter')},
	{keys: ['down'], help: 'next article while filtering', group: 'Library', modes: ['filter'], action: () => ({type: 'library/move', delta: 1})},
	{keys: ['up'], help: 'previous article while filtering', group: 'Library', modes: ['filter'], action: () => ({type: 'library/move', delta: -1})},
	{keys: ['?'], help: 'show or hide this help', hint: 'help', group: 'General', modes: ['library', 'reading', 'sidebar', 'help'], action: act('help/toggle')},
	{keys: ['escape', 'q'], help: 'close the help', group: 'General', modes: ['help'], action: act('help/toggle')},
	{keys: ['q'], help: 'quit', hint: 'quit', group: 'General', modes: ['library', 'reading', 'sidebar'], action: act('app/quit')},
	{keys: ['ctrl+c'], help: 'quit, always', group: 'General', modes: all, action: act('app/quit')},
];

/**
 * Keys a focused list component would handle itself in a mode, so the table never acts on them there. Empty:
 * ink-select-input is rendered unfocused (display only) and its selection comes from the state, because its own
 * `useInput` handler is re-subscribed after each move and misses keys that arrive in one burst (`jj<Enter>`).
 */
export const listKeys: Readonly<Partial<Record<KeyMode, readonly string[]>>> = {};

/** The key context for `state`. */
export function keyMode(state: AppState): KeyMode {
	if (state.mode === 'reading' && state.focus === 'sidebar') {
		return 'sidebar';
	}

	return state.mode === 'library-filter' ? 'filter' : state.mode;
}

/** The action for a key press in `mode`, or null when the key means nothing there. Pure table look-up. */
export function resolveKey(mode: KeyMode, press: {readonly name: string; readonly text: string}): CommandAction | {readonly type: 'prompt/input'; readonly text: string} | null {
	if (listKeys[mode]?.includes(press.name)) {
		return null;
	}

	const binding = bindings.find(item => item.modes.includes(mode) && keysIn(item, mode).includes(press.name));
	if (binding) {
		return binding.action(press.name);
	}

	if (prompts.includes(mode) && press.text !== '') {
		return {type: 'prompt/input', text: press.text};
	}

	// In the library, typing a letter starts filtering with it.
	if (mode === 'library' && press.name.length === 1 && /\p{L}/u.test(press.name)) {
		return {type: 'library/filter', text: press.name};
	}

	return null;
}

/** The keys of `binding` that act in `mode` (none when the binding does not apply there). */
export function keysIn(binding: Binding, mode: KeyMode): readonly string[] {
	if (!binding.modes.includes(mode)) {
		return [];
	}

	const except = binding.except?.[mode];
	return except ? binding.keys.filter(key => !except.includes(key)) : binding.keys;
}

/** Bindings that apply in `mode` (for the help overlay and footer), with only the keys that act there. */
export function bindingsFor(mode: KeyMode): Binding[] {
	return bindings
		.filter(binding => keysIn(binding, mode).length > 0)
		.map(binding => (binding.except?.[mode] ? {...binding, keys: keysIn(binding, mode), label: undefined} : binding));
}

const keyLabels: Readonly<Record<string, string>> = {
	space: 'space', pagedown: 'PgDn', pageup: 'PgUp', right: '→', left: '←', up: '↑', down: '↓',
	home: 'Home', end: 'End', enter: 'Enter', escape: 'Esc', tab: 'Tab', backspace: 'Backspace', 'ctrl+c': 'Ctrl-C',
};

/** How a binding's keys are shown: `space f PgDn l →`. */
export function keysLabel(binding: Binding): string {
	return binding.label ?? binding.keys.map(key => keyLabels[key] ?? key).join(' ');
}

/** The key table as Markdown rows for README.md (a test checks the README holds exactly this). */
export function keyTableMarkdown(): string {
	const rows = bindings.map(binding => `| ${keysLabel(binding).replaceAll('|', '\\|')} | ${binding.help} | ${binding.group} |`);
	return ['| Keys | Action | Where |', '|---|---|---|', ...rows].join('\n');
}
