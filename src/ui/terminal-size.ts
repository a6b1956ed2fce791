import type {Size} from '../app/state.js';

/** The size of `stdout` in cells (80x24 when unknown, e.g. a test stream without `rows`). */
export function readSize(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
