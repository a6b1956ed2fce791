import test from 'ava';
import {Chalk} from 'chalk';
import fc from 'fast-check';
import xterm from '@xterm/headless';
// Ink's own frame composition, as published (the bundle patches it; this test uses the original).
import Output from '../../node_modules/ink/build/output.js';
import {composeFrame, type FrameOperations} from '../../src/shims/ink-frame.js';
import {screenCell} from '../helpers/pty.js';

const chalk = new Chalk({level: 3});
// No dim: bold and dim share their closing code, and Ink's own composition garbles the bold that chalk reopens
// after a dim part inside bold text (a stray character appears); the fast path shows it as chalk wrote it.
const styles: ReadonlyArray<(text: string) => string> = [
	text => text,
	chalk.red,
	chalk.bold,
	chalk.inverse,
	chalk.underline,
	chalk.bgBlue,
	text => chalk.hex('#d75f00').italic(text),
	text => chalk.red(`[${chalk.bold.inverse(text)}]`),
];
const transforms: ReadonlyArray<(line: string) => string> = [chalk.green, chalk.bold];

type Write = {x: number; y: number; text: string; transform?: number; clip?: {x1?: number; x2?: number; y1?: number; y2?: number}};

const piece = fc.tuple(
	// No emoji: the emulator gives them one column, string-width two.
	fc.array(fc.constantFrom('a', 'Z', ' ', 'é', '-', '世', '界'), {minLength: 1, maxLength: 8}),
	fc.nat(styles.length - 1),
).map(([chars, style]) => styles[style]!(chars.join('')));

const block = fc.array(piece, {minLength: 1, maxLength: 3}).map(lines => lines.join('\n'));

const anyWrite: fc.Arbitrary<Write> = fc.record({
	x: fc.integer({min: -1, max: 24}),
	y: fc.integer({min: -1, max: 6}),
	text: block,
	transform: fc.option(fc.nat(transforms.length - 1), {nil: undefined}),
	clip: fc.option(fc.oneof(
		fc.record({y1: fc.nat(4), y2: fc.integer({min: 2, max: 7})}),
		fc.record({x1: fc.nat(10), x2: fc.integer({min: 5, max: 25}), y1: fc.nat(4), y2: fc.integer({min: 2, max: 7})}),
	), {nil: undefined}),
}, {requiredKeys: ['x', 'y', 'text']});

/** Writes that never overlap: one column band per write, each narrower than its band. */
const sideBySide: fc.Arbitrary<Write[]> = fc.array(fc.tuple(fc.nat(5), block, fc.nat(3)), {minLength: 1, maxLength: 4})
	.map(columns => columns.map(([y, text, gap], index) => ({x: index * 20 + gap, y, text})));

function record(writes: readonly Write[], width: number, height: number): Output {
	const output = new Output({width, height});
	for (const write of writes) {
		if (write.clip) {
			output.clip({x1: undefined, x2: undefined, y1: undefined, y2: undefined, ...write.clip});
		}

		const transformers = write.transform === undefined ? [] : [transforms[write.transform]!];
		output.write(write.x, write.y, write.text, {transformers});
		if (write.clip) {
			output.unclip();
		}
	}

	return output;
}

/** What a terminal shows for a frame: one line per row, each cell as its character and its style when styled. */
async function screenOf(frame: string): Promise<string> {
	const terminal = new xterm.Terminal({cols: 100, rows: 8, allowProposedApi: true});
	await new Promise<void>(resolve => {
		terminal.write(frame.replaceAll('\n', '\r\n'), resolve);
	});
	const rows = [];
	for (let y = 0; y < terminal.rows; y++) {
		let row = '';
		for (let x = 0; x < terminal.cols; x++) {
			const {chars, ...style} = screenCell(terminal, x, y)!;
			const styled = JSON.stringify(style) !== plain;
			row += (chars || ' ') + (styled ? `{${JSON.stringify(style)}}` : '');
		}

		rows.push(row.trimEnd());
	}

	terminal.dispose();
	return rows.join('\n');
}

const plain = JSON.stringify({
	width: 1, bold: false, dim: false, italic: false, underline: false, inverse: false, fg: {mode: 'default'}, bg: {mode: 'default'},
});

const composed = (output: Output) => composeFrame(output as unknown as FrameOperations);

// The properties return whether the screens agree, so that fast-check can shrink a failure to its smallest case.
test('any frame looks on a terminal exactly as Ink composes it (or is left to Ink)', async t => {
	await fc.assert(fc.asyncProperty(fc.array(anyWrite, {maxLength: 6}), fc.integer({min: 5, max: 30}), fc.integer({min: 1, max: 6}),
		async (writes, width, height) => {
			const output = record(writes, width, height);
			const ours = composed(output);
			const ink = output.get();
			return ours === undefined || (ours.height === ink.height && await screenOf(ours.output) === await screenOf(ink.output));
		}), {numRuns: 300});
	t.pass();
});

test('pieces side by side are composed without Ink, and look the same', async t => {
	await fc.assert(fc.asyncProperty(sideBySide, async writes => {
		const output = record(writes, 90, 8);
		const ours = composed(output);
		return ours !== undefined && await screenOf(ours.output) === await screenOf(output.get().output);
	}), {numRuns: 200});
	t.pass();
});

test('overlapping pieces and sideways clips are left to Ink', t => {
	t.is(composed(record([{x: 0, y: 0, text: 'abcdef'}, {x: 3, y: 0, text: 'XY'}], 10, 2)), undefined);
	t.is(composed(record([{x: 0, y: 0, text: 'abcdef', clip: {x1: 0, x2: 3}}], 10, 2)), undefined);
	t.deepEqual(composed(record([{x: 0, y: 0, text: 'abc'}, {x: 3, y: 0, text: 'XY '}, {x: 2, y: 1, text: '世'}], 10, 2)),
		{output: 'abcXY\n  世', height: 2});
});
