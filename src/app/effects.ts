/**
 * Side effects `update` asks for, as data (bubbletea's Cmd): the root component runs them and dispatches what
 * comes back, so `update` itself stays pure and testable.
 */
export type Effect =
	/** Load the article at `path` (file path or URL) and dispatch `article/loaded` or `article/failed`. */
	| {readonly type: 'open-article'; readonly path: string}
	/** Remember `offset` (UTF-16 offset of the top line's start) for the article `key`. */
	| {readonly type: 'save-position'; readonly key: string; readonly offset: number}
	/** Unmount and exit with status 0. */
	| {readonly type: 'quit'}
	/** Put `text` on the clipboard through the terminal (OSC 52). */
	| {readonly type: 'copy'; readonly text: string};
