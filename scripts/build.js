// Bundles the CLI into one ESM file: Ink as separate modules takes ~950 ms to start, bundled ~450 ms
// (../shared/PERF-NOTES.md). Plain JS so that `npm install` can run it before anything is compiled.
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = (name) => `${root}src/shims/${name}`;

// Chunk names carry content hashes: start clean so stale chunks do not pile up.
rmSync(`${root}dist`, {recursive: true, force: true});

await build({
	// The attribution engine also runs in a worker thread of its own (src/io/analysis-service.ts).
	entryPoints: {cli: `${root}src/cli.tsx`, 'analysis-worker': `${root}src/workers/analysis.ts`},
	outdir: `${root}dist`,
	// Dynamic imports (HTML and Markdown parsers) become chunks loaded only when such an article is opened.
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// NEWSREAD_NO_MINIFY=1 keeps names readable in CPU profiles.
	minify: process.env.NEWSREAD_NO_MINIFY !== '1',
	sourcemap: 'linked',
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {
		// Ink imports devtools only when DEV is set, but esbuild hoists the import and it is not installed.
		'react-devtools-core': shim('empty.js'),
		// Ink renders only the last frame when it thinks it runs in CI; a full-screen reader always needs live frames.
		'is-in-ci': shim('not-in-ci.js'),
		'terminal-size': shim('no-terminal-size.js'),
	},
	banner: {
		js: [
			'#!/usr/bin/env node',
			// Bundled CommonJS dependencies call require() and read __filename (write-file-atomic names temp files with it).
			"import {createRequire as __nrCreateRequire} from 'node:module';const require=__nrCreateRequire(import.meta.url);",
			"import {fileURLToPath as __nrFileURLToPath} from 'node:url';const __filename=__nrFileURLToPath(import.meta.url);",
			// yoga's wasm loader calls fetch() on inline data, which loads Node's HTTP client (~55 ms);
			// hidden here and restored by src/cli.tsx once every module has been evaluated.
			// The banner is repeated in every chunk, hence the guard.
			"if(!('__newsreadFetch' in globalThis)){globalThis.__newsreadFetch=Object.getOwnPropertyDescriptor(globalThis,'fetch');delete globalThis.fetch;}",
		].join('\n'),
	},
	plugins: [{
		// Ink measures text with our table-driven width (src/shims/string-width.ts): no string-width start-up cost.
		// Everyone else gets string-width evaluated on its first call (src/shims/lazy-string-width.js), except that
		// module's own require().
		name: 'string-width',
		setup(build) {
			build.onResolve({filter: /^string-width$/}, args => {
				if (/node_modules[/\\](?:ink[/\\]build|widest-line)/.test(args.resolveDir)) {
					return {path: shim('string-width.ts')};
				}

				return args.kind === 'require-call' ? undefined : {path: shim('lazy-string-width.js')};
			});
		},
	}, {
		// Segmenters created at import time cost about 20 ms of start-up (src/shims/lazy-segmenter.ts).
		name: 'lazy-segmenter',
		setup(build) {
			build.onLoad({filter: /[/\\]node_modules[/\\].*\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes('new Intl.Segmenter(')) {
					return undefined;
				}

				return {
					contents: `import {LazySegmenter as __LazySegmenter} from ${JSON.stringify(shim('lazy-segmenter.ts'))};\n${source.replaceAll('new Intl.Segmenter(', 'new __LazySegmenter(')}`,
					loader: 'js',
				};
			});
		},
	}, {
		// Ink tokenizes the text of every <Text> twice per frame to strip escape sequences; text whose only ones are
		// chalk's colours is kept as it is without that (src/shims/ink-sanitize.ts).
		name: 'ink-sanitize',
		setup(build) {
			build.onLoad({filter: /[/\\]ink[/\\]build[/\\]sanitize-ansi\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes('const sanitizeAnsi = (text) => {') || !source.includes('export default sanitizeAnsi;')) {
					throw new Error('ink-sanitize: ink/build/sanitize-ansi.js has changed; review this patch');
				}

				return {
					contents: `import {keptAsIs} from ${JSON.stringify(shim('ink-sanitize.ts'))};
${source.replace('const sanitizeAnsi = (text) => {', 'const sanitizeByTokens = (text) => {').replace('export default sanitizeAnsi;', 'const sanitizeAnsi = text => keptAsIs(text) ? text : sanitizeByTokens(text);\nexport default sanitizeAnsi;')}`,
					loader: 'js',
				};
			});
		},
	}, {
		// Ink composes frames cell by cell, the largest part of a page turn's CPU; frames whose pieces sit side by side
		// are composed from the pieces' strings instead (src/shims/ink-frame.ts): 24 → 13 ms of CPU per page turn on
		// the 3 MB article at 100x30. Anything else (overlaps, sideways clips) still goes through Ink's own code.
		name: 'ink-frame',
		setup(build) {
			build.onLoad({filter: /[/\\]ink[/\\]build[/\\]output\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes('    get() {')) {
					throw new Error('ink-frame: ink/build/output.js has changed; review this patch');
				}

				return {
					contents: `${source.replace('    get() {', '    getByCells() {')}
import {composeFrame} from ${JSON.stringify(shim('ink-frame.ts'))};
Output.prototype.get = function () { return composeFrame(this) ?? this.getByCells(); };
`,
					loader: 'js',
				};
			});
		},
	}],
	logLevel: 'warning',
});
