/** @jsxRuntime automatic */
/** @jsxImportSource react */
import './sidebar-force-color.js';
import test from 'ava';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {TextStyle} from '../../src/highlight/palette.js';
import {styleText} from '../../src/ui/style-text.js';

const styles: TextStyle[] = [
	{},
	{color: '#d75f00'},
	{color: 'blue', bold: true},
	{backgroundColor: 'cyan', inverse: true},
	{backgroundColor: '#0087d7', underline: true, italic: true},
	{dimColor: true, color: 'magenta', underline: true, inverse: true},
];

test('a styled run looks exactly as Ink draws the same props', t => {
	for (const style of styles) {
		const byInk = render(<Text {...style}>quoted words</Text>);
		const ours = render(<Text>{styleText('quoted words', style)}</Text>);
		t.is(ours.lastFrame(), byInk.lastFrame(), JSON.stringify(style));
		byInk.unmount();
		ours.unmount();
	}
});

test('runs with different styles keep their own styles side by side', t => {
	const line = styleText('said ', {underline: true}) + styleText('“We agree”', {color: 'red', inverse: true});
	const {lastFrame} = render(<Text>{line}</Text>);
	const expected = render(<Text><Text underline>said </Text><Text color="red" inverse>“We agree”</Text></Text>);
	t.is(lastFrame(), expected.lastFrame());
	t.not(lastFrame(), 'said “We agree”');
});
