import test from 'ava';
import {ansi16Palette, chalkLevelFor, colorModeFor, fullPalette, paletteColor} from '../../src/highlight/palette.js';

function luminance(hex: string): number {
	const channels = [1, 3, 5].map(index => Number.parseInt(hex.slice(index, index + 2), 16) / 255)
		.map(value => value <= 0.039_28 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
	return (0.2126 * channels[0]!) + (0.7152 * channels[1]!) + (0.0722 * channels[2]!);
}

function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

test('the full palette has at least 6 distinct colours readable on dark and light backgrounds', t => {
	t.true(fullPalette.length >= 6);
	t.is(new Set(fullPalette).size, fullPalette.length);
	for (const color of fullPalette) {
		for (const background of ['#000000', '#ffffff', '#1e1e1e', '#fdf6e3']) {
			t.true(contrast(color, background) >= 3, `${color} on ${background}: ${contrast(color, background).toFixed(2)}`);
		}
	}
});

test('the 16-colour fallback uses only basic named colours', t => {
	t.true(ansi16Palette.length >= 6);
	for (const color of ansi16Palette) {
		t.regex(color, /^(?:red|green|yellow|blue|magenta|cyan)$/);
	}
});

test('NO_COLOR wins over any colour depth; depth picks the palette otherwise', t => {
	t.is(colorModeFor({NO_COLOR: '1'}, 24), 'none');
	t.is(colorModeFor({NO_COLOR: ''}, 24), 'full');
	t.is(colorModeFor({}, 8), 'full');
	t.is(colorModeFor({}, 4), 'ansi16');
	t.is(colorModeFor({}, 1), 'none');
});

test('palette slots wrap around and give nothing without colour', t => {
	t.is(paletteColor(0, 'full'), fullPalette[0]);
	t.is(paletteColor(fullPalette.length, 'full'), fullPalette[0]);
	t.is(paletteColor(1, 'ansi16'), ansi16Palette[1]);
	t.is(paletteColor(0, 'none'), undefined);
	t.is(paletteColor(-1, 'full'), undefined);
});

test('chalk gets a level from our mode: attributes even without colour, true colour only at depth 24', t => {
	t.is(chalkLevelFor('none', 24), 1);
	t.is(chalkLevelFor('ansi16', 4), 1);
	t.is(chalkLevelFor('full', 8), 2);
	t.is(chalkLevelFor('full', 24), 3);
});
