import test from 'ava';
import {type CommandContext, parseCommandLine} from '../../src/app/command-line.js';

const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
	env: {},
	stdinIsPiped: false,
	isDirectory: path => path === 'articles' || path === 'some/dir',
	bundledArticles: '/install/articles/',
	...overrides,
});

test('help, version and usage errors', t => {
	t.is(parseCommandLine(['--help'], context()).kind, 'help');
	t.is(parseCommandLine(['-h'], context()).kind, 'help');
	t.is(parseCommandLine(['--version'], context()).kind, 'version');
	t.deepEqual(parseCommandLine(['--frobnicate'], context()), {kind: 'error', message: 'unknown option --frobnicate (see --help)'});
	t.is(parseCommandLine(['--width'], context()).kind, 'error');
	t.is(parseCommandLine(['--width', 'wide'], context()).kind, 'error');
	t.is(parseCommandLine(['--width', '5'], context()).kind, 'error');
	t.is(parseCommandLine(['a.txt', 'b.txt'], context()).kind, 'error');
});

test('targets: library, folder, file, URL, stdin', t => {
	const run = (argv: string[], overrides: Partial<CommandContext> = {}) => {
		const parsed = parseCommandLine(argv, context(overrides));
		return parsed.kind === 'run' ? parsed.target : parsed;
	};

	t.deepEqual(run([]), {kind: 'library', dir: 'articles'});
	t.deepEqual(run([], {isDirectory: () => false}), {kind: 'library', dir: '/install/articles/'});
	t.deepEqual(run(['--dir', 'x']), {kind: 'library', dir: 'x'});
	t.deepEqual(run([], {env: {NEWSREAD_DIR: 'y'}}), {kind: 'library', dir: 'y'});
	t.deepEqual(run(['some/dir']), {kind: 'library', dir: 'some/dir'});
	t.deepEqual(run(['a.txt']), {kind: 'file', source: 'a.txt'});
	t.deepEqual(run(['https://example.org/x']), {kind: 'url', source: 'https://example.org/x'});
	t.deepEqual(run(['-']), {kind: 'stdin', source: '-'});
	t.deepEqual(run([], {stdinIsPiped: true}), {kind: 'stdin', source: '-'});
});

test('--width, --plain and --json', t => {
	t.like(parseCommandLine(['a.txt', '--width', '50', '--plain'], context()), {kind: 'run', width: 50, plain: true});
	t.like(parseCommandLine(['a.txt'], context()), {kind: 'run', width: null, plain: false});
	t.deepEqual(parseCommandLine(['--json', 'a.txt', 'b.txt'], context()), {kind: 'json', inputs: ['a.txt', 'b.txt']});
	t.deepEqual(parseCommandLine(['--json'], context()), {kind: 'json', inputs: ['-']});
});
