import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {LazyArticleLayout} from '../../src/layout/article-layout.js';
import {getLayout, lineText, linePrefix, toDisplayText} from '../../src/layout/layout.js';
import {makeArticle} from './make-article.js';
import {unicodeText} from './unicode-strings.js';

const segmenter = new Intl.Segmenter();

/** Paragraphs as blocks hold no newline (the parser splits there). */
const paragraph = unicodeText.map(text => text.replaceAll('\n', ' '));
const article = fc.tuple(
	fc.array(paragraph, {minLength: 1, maxLength: 4}),
	fc.array(fc.constantFrom('paragraph', 'list-item', 'blockquote', 'heading') as fc.Arbitrary<'paragraph'>, {maxLength: 4}),
).map(([paragraphs, kinds]) => makeArticle(paragraphs, kinds));

test('every shown line fits the width (prefix included) and breaks only between grapheme clusters', t => {
	fc.assert(fc.property(article, fc.integer({min: 1, max: 50}), (article, width) => {
		const layout = new LazyArticleLayout(article, width);
		for (const line of layout.lines(0, layout.totalLines())) {
			const text = lineText(article, line);
			const shownWidth = stringWidth(linePrefix(article, line, width) + text);
			const clusters = [...segmenter.segment(text)].length;
			if (shownWidth > width && clusters > 1) {
				return false;
			}

			if (line.block >= 0) {
				const block = article.blocks[line.block]!;
				const display = toDisplayText(article.text.slice(block.start, block.end));
				const boundaries = new Set([...segmenter.segment(display)].map(segment => segment.index));
				boundaries.add(display.length);
				if (!boundaries.has(line.start - block.start) || !boundaries.has(line.end - block.start)) {
					return false;
				}
			}
		}

		return true;
	}), {numRuns: 300});
	t.pass();
});

test('lazy layout in random steps equals the complete layout', t => {
	fc.assert(fc.property(article, fc.integer({min: 1, max: 30}), fc.array(fc.integer({min: 0, max: 60}), {maxLength: 8}), (article, width, probes) => {
		const eager = new LazyArticleLayout(article, width);
		const all = eager.lines(0, eager.totalLines());
		const lazy = new LazyArticleLayout(article, width);
		for (const probe of probes) {
			const line = lazy.line(probe);
			if (JSON.stringify(line) !== JSON.stringify(all[probe])) {
				return false;
			}
		}

		return JSON.stringify(lazy.lines(0, all.length)) === JSON.stringify(all);
	}), {numRuns: 200});
	t.pass();
});

test('lineAt of any line start gives that line back', t => {
	fc.assert(fc.property(article, fc.integer({min: 2, max: 30}), (article, width) => {
		const layout = getLayout(article, width);
		const lines = layout.lines(0, layout.totalLines());
		return lines.every((line, index) => line.block === -1 || line.end === line.start || layout.lineAt(line.start) === index);
	}), {numRuns: 200});
	t.pass();
});
