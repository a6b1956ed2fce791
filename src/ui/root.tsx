import {useApp, useInput, useStdout} from 'ink';
import process from 'node:process';
import {useDeferredValue, useEffect, useReducer, useRef} from 'react';
import type {Attribution} from '../analysis/types.js';
import type {Effect} from '../app/effects.js';
import {keyName} from '../app/key-name.js';
import {layoutOf} from '../app/selectors.js';
import type {AppState, Size} from '../app/state.js';
import {update} from '../app/update.js';
import type {Article} from '../article/types.js';
import type {StepScheduler} from '../io/analysis-service.js';
import {searchPreparer} from '../search/find-matches.js';
import {osc52} from '../highlight/citation.js';
import type {ColorMode} from '../highlight/palette.js';
import {statementLooks} from '../highlight/style.js';
import {Screen} from './screen.js';
import {prepareStyles} from './style-text.js';
import {ColorModeContext} from './theme.js';

/** The I/O the root performs for `update`'s effects (injected so tests can fake it). */
export type Services = {
	/** Loads an article; rejects with an error whose message is one safe line. */
	readonly loadArticle: (path: string) => Promise<Article>;
	/** Remembers a reading position; resolves to a one-line note on failure, else null. Never rejects. */
	readonly savePosition: (key: string, offset: number) => Promise<string | null>;
	/**
	 * Finds who says what in an article's text (in a worker thread in the CLI: it takes a while on long ones);
	 * the work left for this thread goes in steps, each run by `schedule`.
	 */
	readonly analyze: (text: string, signal?: AbortSignal, schedule?: StepScheduler) => Promise<Attribution>;
};

/** Props of `Root`. */
export type RootProps = {
	readonly initial: AppState;
	readonly services: Services;
	readonly colorMode: ColorMode;
	/**
	 * The terminal size. The CLI re-renders with the new size as soon as the terminal is resized, before Ink
	 * repaints on its own, and the size goes through `update` in that same render: no frame is drawn at the old size.
	 */
	readonly size: Size;
};

/** Milliseconds of layout per idle step: short enough that a key waits at most one step. */
const idleBudgetMs = 4;

/** Milliseconds without a key before the text is folded for search. */
const searchIdleMs = 1000;

/**
 * Milliseconds without a key before quotes found meanwhile are rebuilt from the worker's answer (4 ms steps, 1.8 MB
 * of new objects for the 3 MB benchmark article) and shown (their first frame draws every highlight and sidebar row
 * anew, 20–40 ms there): keys come first.
 */
const arrivalQuietMs = 150;

/**
 * The imperative shell: the ONLY owner of `useInput`, `useReducer` and the resize hook. Keys go to `update`
 * through the keymap; effects requested by `update` run here and report back as actions; the rest of the
 * layout is counted in idle time so the first page shows at once and `page N/M` fills in.
 */
export function Root({initial, services, colorMode, size}: RootProps) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const [state, dispatch] = useReducer(update, initial);
	const saves = useRef<Array<Promise<unknown>>>([]);

	if (size.columns !== state.size.columns || size.rows !== state.size.rows) {
		// An update during render: React renders again at once with the new state, before anything is committed.
		dispatch({type: 'size/changed', size});
	}

	const lastKeyAt = useRef(0);
	useInput((input, key) => {
		lastKeyAt.current = performance.now();
		dispatch({type: 'key/pressed', press: keyName(input, key)});
	});

	useEffect(() => {
		if (state.effects.length === 0) {
			return;
		}

		const effects = state.effects;
		dispatch({type: 'effects/ran', count: effects.length});
		for (const effect of effects) {
			runEffect(effect);
		}
	}, [state.effects]); // eslint-disable-line react-hooks/exhaustive-deps

	function runEffect(effect: Effect): void {
		switch (effect.type) {
			case 'open-article': {
				services.loadArticle(effect.path).then(
					article => {
						dispatch({type: 'article/loaded', article, key: effect.path});
					},
					(error: unknown) => {
						dispatch({type: 'article/failed', message: error instanceof Error ? error.message : String(error)});
					},
				);
				break;
			}

			case 'save-position': {
				const saving = services.savePosition(effect.key, effect.offset).then(note => {
					if (note) {
						dispatch({type: 'message/show', text: note});
					}
				});
				saves.current.push(saving);
				break;
			}

			case 'quit': {
				// Positions are written before Ink unmounts, so a quick q never loses them.
				void Promise.allSettled(saves.current).then(() => {
					exit();
				});
				break;
			}

			case 'copy': {
				// Straight to the terminal, not through Ink: the sequence shows nothing and moves no cursor.
				stdout.write(osc52(effect.text, {tmux: Boolean(process.env['TMUX'])}));
				break;
			}
		}
	}

	// Who says what: once per opened article, asked for after its first frame has been written.
	const {article, attribution} = state;
	useEffect(() => {
		if (!article || attribution) {
			return;
		}

		// Aborted when another article is opened (or the reader closes) before the answer arrives.
		const abort = new AbortController();
		const pause = keyPause(lastKeyAt, arrivalQuietMs);
		// The highlight colours are made ready meanwhile, so the frame in which the quotes arrive does not build them.
		const styles = setTimeout(() => {
			prepareStyles(statementLooks(colorMode));
		}, 0);
		const timer = setTimeout(() => {
			services.analyze(article.text, abort.signal, pause.schedule).then(result => {
				if (!abort.signal.aborted) {
					pause.schedule(() => {
						dispatch({type: 'attribution/ready', article, attribution: result});
					});
				}
			}, () => {
				// Abandoned, or the engine failed (it never throws on text): the reader shows no attributions.
			});
		}, 0);
		return () => {
			clearTimeout(styles);
			clearTimeout(timer);
			pause.cancel();
			abort.abort();
		};
	}, [article, attribution, services, colorMode]);

	// Once the quotes are in and no key has come for a while, the text is folded for search in idle steps: the
	// first key of a search on a long article then does not wait for it (about 90 ms for 3 MB). Not while keys
	// come: the folded text is 2 bytes per character of new memory, and the collections that followed it during
	// fast paging were long enough to delay page turns.
	useEffect(() => {
		if (!article || !attribution) {
			return;
		}

		const preparer = searchPreparer(article.text);
		const pause = keyPause(lastKeyAt, searchIdleMs);
		const step = () => {
			if (preparer.step(idleBudgetMs) === null) {
				pause.schedule(step);
			}
		};

		pause.schedule(step);
		return pause.cancel;
	}, [article, attribution]);

	const layout = layoutOf(state);
	useEffect(() => {
		if (!layout || layout.isComplete) {
			return;
		}

		// Steps go in timers, not immediates: React renders in an immediate (its scheduler), so a key pressed
		// meanwhile has its frame drawn before the next step.
		let timer: NodeJS.Timeout | undefined;
		const step = () => {
			if (layout.continueLayout(idleBudgetMs)) {
				dispatch({type: 'layout/completed'});
			} else {
				timer = setTimeout(step, 0);
			}
		};

		// Let the first frame reach the terminal before counting pages.
		timer = setTimeout(step, 20);
		return () => {
			clearTimeout(timer);
		};
	}, [layout]);

	// The sidebar's quotes, selection and focus are drawn in a second render right after the page's frame: a page
	// turn that moves the Quotes selection lays out and draws the page first, without rebuilding every sidebar
	// row, and so does the arrival of the quotes (highlights first, then the lists).
	const sidebar = {
		attribution: useDeferredValue(state.attribution),
		attributionView: useDeferredValue(state.attributionView),
		focus: useDeferredValue(state.focus),
	};
	return (
		<ColorModeContext.Provider value={colorMode}>
			<Screen state={state} sidebar={sidebar}/>
		</ColorModeContext.Provider>
	);
}

/**
 * Work that waits for a pause in the keys: `schedule(work)` runs `work` in a timer once no key has come for
 * `quietMs` (checked again just before it runs); `cancel()` drops what is waiting.
 */
function keyPause(lastKeyAt: {readonly current: number}, quietMs: number) {
	let timer: NodeJS.Timeout | undefined;
	return {
		schedule(work: () => void): void {
			const check = () => {
				const quiet = performance.now() - lastKeyAt.current;
				if (quiet < quietMs) {
					timer = setTimeout(check, quietMs - quiet);
				} else {
					work();
				}
			};

			timer = setTimeout(check, 0);
		},
		cancel(): void {
			clearTimeout(timer);
		},
	};
}
