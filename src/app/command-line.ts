import {parseArgs} from 'node:util';

/*
The command line is parsed with node's own `util.parseArgs`: six flags and one positional need no library, and
a dependency would cost start-up time in the bundle. Pure: the caller passes what it knows about the world.
*/

/** What to open. */
export type Target =
	| {readonly kind: 'library'; readonly dir: string}
	| {readonly kind: 'file' | 'url' | 'stdin'; readonly source: string};

/** The outcome of parsing: something to do, or a usage error (exit 2). */
export type CommandLine =
	| {readonly kind: 'help'}
	| {readonly kind: 'version'}
	| {readonly kind: 'error'; readonly message: string}
	| {readonly kind: 'json'; readonly inputs: readonly string[]}
	| {readonly kind: 'run'; readonly target: Target; readonly width: number | null; readonly plain: boolean};

/** Facts about the environment the parse depends on. */
export type CommandContext = {
	readonly env: Readonly<Record<string, string | undefined>>;
	/** Standard input is a pipe or a file (so `newsread` alone reads the article from it, as `less` does). */
	readonly stdinIsPiped: boolean;
	readonly isDirectory: (path: string) => boolean;
	/** The `articles/` folder shipped with the program. */
	readonly bundledArticles: string;
};

/** `--help` text. */
export const usage = `Usage: newsread [options] [FILE | DIR | URL | -]

Read a news article in the terminal and see who said what.

  newsread                 the library: ./articles if present, else the bundled articles
  newsread DIR             the library of DIR (also --dir DIR or NEWSREAD_DIR)
  newsread FILE            read one article (.txt, .md, .html)
  newsread URL             fetch and read an article
  newsread -               read the article from standard input (keys still come from the terminal)

Options:
  --dir DIR      library folder
  --width N      wrap to at most N columns (plain output: exactly N; default 80)
  --plain        print plain text even on a terminal
  --json         print the attribution of each FILE as one JSON object per line
  -h, --help     show this help
  -v, --version  show the version

When standard output is not a terminal, the article is printed as plain text.
Press ? in the reader for the keys.
`;

const options = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	dir: {type: 'string'},
	width: {type: 'string'},
	plain: {type: 'boolean'},
	json: {type: 'boolean'},
} as const;

/** Parses `argv` (without node and the script). Never throws. */
export function parseCommandLine(argv: readonly string[], context: CommandContext): CommandLine {
	let parsed;
	try {
		parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true});
	} catch (error) {
		return {kind: 'error', message: describeParseError(error)};
	}

	const {values, positionals} = parsed;
	if (values.help) {
		return {kind: 'help'};
	}

	if (values.version) {
		return {kind: 'version'};
	}

	if (values.json) {
		return {kind: 'json', inputs: positionals.length > 0 ? positionals : ['-']};
	}

	let width: number | null = null;
	if (values.width !== undefined) {
		width = Number(values.width);
		if (!/^\d+$/.test(values.width) || width < 20 || width > 1000) {
			return {kind: 'error', message: `--width wants a number of columns from 20 to 1000, not "${values.width}" (see --help)`};
		}
	}

	if (positionals.length > 1) {
		return {kind: 'error', message: 'give one FILE, DIR or URL (--json takes several; see --help)'};
	}

	return {kind: 'run', target: chooseTarget(positionals[0], values.dir, context), width, plain: values.plain ?? false};
}

function chooseTarget(positional: string | undefined, dirOption: string | undefined, context: CommandContext): Target {
	if (positional === '-') {
		return {kind: 'stdin', source: '-'};
	}

	if (positional !== undefined) {
		if (/^https?:\/\//i.test(positional)) {
			return {kind: 'url', source: positional};
		}

		return context.isDirectory(positional) ? {kind: 'library', dir: positional} : {kind: 'file', source: positional};
	}

	const dir = dirOption ?? (context.env['NEWSREAD_DIR'] || undefined);
	if (dir !== undefined) {
		return {kind: 'library', dir};
	}

	if (context.stdinIsPiped) {
		return {kind: 'stdin', source: '-'};
	}

	return {kind: 'library', dir: context.isDirectory('articles') ? 'articles' : context.bundledArticles};
}

function describeParseError(error: unknown): string {
	const {code, message} = error as {code?: string; message?: string};
	const option = /'([^']+)'/.exec(message ?? '')?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
		return `unknown option ${option} (see --help)`;
	}

	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
		return `option ${option.split(' ')[0]} needs a value (see --help)`;
	}

	return `${(message ?? 'bad arguments').split('\n')[0]} (see --help)`;
}
