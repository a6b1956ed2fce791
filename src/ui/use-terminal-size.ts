import {useEffect, useState} from 'react';
import type {Size} from '../app/state.js';

/** The size of `stdout` in cells (80x24 when unknown, e.g. a test stream without `rows`). */
export function readSize(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/**
 * Follows the terminal size (Ink 6.8 has no `useWindowSize`). Calls `onChange` on every `resize` event of
 * `stdout`; the listener is removed on unmount.
 */
export function useTerminalSize(stdout: NodeJS.WriteStream, onChange: (size: Size) => void): void {
	const [handler] = useState(() => ({current: onChange}));
	handler.current = onChange;
	useEffect(() => {
		const listener = () => {
			handler.current(readSize(stdout));
		};

		stdout.on('resize', listener);
		return () => {
			stdout.off('resize', listener);
		};
	}, [stdout, handler]);
}
