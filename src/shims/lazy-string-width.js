// Bundled only (scripts/build.js). string-width builds an emoji regex (about 23 ms) when it is imported; a module
// that is require()d is evaluated by esbuild's bundle on the first call instead, so the many text measurements
// that never need string-width (src/text/width.ts handles simple text itself) never pay for it.
export default function stringWidth(text, options) {
	return require('string-width').default(text, options);
}
