/** @jsxRuntime automatic */
/** @jsxImportSource react */
// Test harness for the sidebar: a stand-in for the reader's root (one useInput, a reducer over the pure
// sidebar functions), so keys can be driven through ink-testing-library's stdin before the reader lands.
import {useInput} from 'ink';
import {useReducer} from 'react';
import {stripVTControlCharacters} from 'node:util';
import type {Attribution} from '../../src/analysis/types.js';
import {
	type AttributionView, clearFilter, filterBySource, initialAttributionView, markCurrent, moveSelection,
	selectedSource, step, switchTab,
} from '../../src/highlight/sidebar-state.js';
import type {ColorMode} from '../../src/highlight/palette.js';
import {Sidebar} from '../../src/ui/sidebar.js';

type Props = {
	readonly attribution: Attribution;
	readonly width: number;
	readonly height: number;
	readonly colorMode?: ColorMode;
	readonly initial?: Partial<AttributionView>;
};

export function SidebarHarness({attribution, width, height, colorMode = 'full', initial = {}}: Props) {
	const [view, dispatch] = useReducer((state: AttributionView, key: string): AttributionView => {
		switch (key) {
			case '1': {
				return switchTab(state, 'quotes');
			}

			case '2': {
				return switchTab(state, 'sources');
			}

			case 'j': {
				return moveSelection(state, attribution, 1);
			}

			case 'k': {
				return moveSelection(state, attribution, -1);
			}

			case ']':
			case '[': {
				const next = step(state, attribution, 0, key === ']' ? 1 : -1);
				return next ? markCurrent(state, next) : state;
			}

			case 'enter': {
				const source = state.tab === 'sources' ? selectedSource(state, attribution) : null;
				return source ? filterBySource(state, source.id) : state;
			}

			case 'escape': {
				return clearFilter(state);
			}

			default: {
				return state;
			}
		}
	}, {...initialAttributionView, ...initial});
	useInput((input, key) => {
		dispatch(key.return ? 'enter' : (key.escape ? 'escape' : input));
	});
	return <Sidebar attribution={attribution} view={view} width={width} height={height} isFocused colorMode={colorMode}/>;
}

/** The frame without escape codes. */
export function plain(frame: string | undefined): string {
	return stripVTControlCharacters(frame ?? '');
}

/** Polls `lastFrame` until `predicate` holds (no fixed sleeps); throws with the last frame after `timeoutMs`. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeoutMs = 3000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = plain(lastFrame());
		if (predicate(frame)) {
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`frame never matched:\n${frame}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** The row (line of the frame) holding `text`. */
export function rowWith(frame: string, text: string): string | undefined {
	return frame.split('\n').find(line => line.includes(text));
}
