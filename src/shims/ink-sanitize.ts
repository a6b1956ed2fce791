// Ink strips every escape sequence but SGR and OSC from the text of each <Text>, by tokenizing it, twice per
// frame (to measure and to draw). Our text has been sanitised when the article was loaded (src/text/sanitize.ts)
// and its only escape sequences are chalk's colours, which Ink keeps. Text like that comes out of Ink's
// sanitiser unchanged, so the bundle (scripts/build.js) asks this first; the tokenizer only sees anything else.
// eslint-disable-next-line no-control-regex
const plainSgr = /\u001B\[[\d:;]*m/y;
// eslint-disable-next-line no-control-regex
const c1Controls = /[\u0080-\u009F]/;

/** Whether Ink's `sanitizeAnsi` returns `text` unchanged because its only escape sequences are plain SGR. */
export function keptAsIs(text: string): boolean {
	// Runs for every text of every frame: a scan from ESC to ESC, without building new strings.
	for (let escape = text.indexOf('\u001B'); escape !== -1; escape = text.indexOf('\u001B', plainSgr.lastIndex)) {
		plainSgr.lastIndex = escape;
		if (!plainSgr.test(text)) {
			return false;
		}
	}

	return !c1Controls.test(text);
}
