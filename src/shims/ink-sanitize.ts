// Ink strips every escape sequence but SGR and OSC from the text of each <Text>, by tokenizing it, twice per
// frame (to measure and to draw). Our text has been sanitised when the article was loaded (src/text/sanitize.ts)
// and its only escape sequences are chalk's colours, which Ink keeps. Text like that comes out of Ink's
// sanitiser unchanged, so the bundle (scripts/build.js) asks this first; the tokenizer only sees anything else.
// eslint-disable-next-line no-control-regex
const plainSgr = /\u001B\[[\d:;]*m/g;
// eslint-disable-next-line no-control-regex
const controls = /[\u001B\u0080-\u009F]/;

/** Whether Ink's `sanitizeAnsi` returns `text` unchanged because its only escape sequences are plain SGR. */
export function keptAsIs(text: string): boolean {
	return !controls.test(text.includes('\u001B') ? text.replaceAll(plainSgr, '') : text);
}
