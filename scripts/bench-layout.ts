/**
 * `npm run bench:layout`: how fast the layout core lays out and searches big articles, with wrap-ansi on the
 * same text for reference. Text is generated here (no published text). Times are wall-clock milliseconds of
 * one run each (the first-page figures are cold: fresh article objects, nothing cached); expect ±15% noise.
 */
import wrapAnsi from 'wrap-ansi';
import type {Article, Block} from '../src/article/types.js';
import {getLayout, lineText} from '../src/layout/layout.js';
import {findMatches} from '../src/search/find-matches.js';

const width = 80;
const pageHeight = 40;

/** Deterministic pseudo-random words with curly quotes, dashes, accents and some CJK. */
function generateSentence(seed: number): string {
	const words = ['the', 'officials', 'said', 'Taiwan', 'committee', 'reported', 'on', 'Thursday', 'café', 'naïve',
		'“plans”', 'it’s', 'Beijing', 'trainers', '—', 'forces', 'island’s', '東京', 'weapons', 'months', 'agreed',
		'“We', 'will', 'respond,”', 'spokesperson', 'according', 'to', 'two', 'sources', '台湾', 'statement'];
	let state = seed;
	const next = () => {
		state = ((state * 1_103_515_245) + 12_345) % 2_147_483_648;
		return state;
	};

	const count = 8 + (next() % 18);
	const sentence: string[] = [];
	for (let index = 0; index < count; index++) {
		sentence.push(words[next() % words.length]!);
	}

	const text = sentence.join(' ');
	return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function makeArticle(paragraphs: string[]): Article {
	const blocks: Block[] = [];
	let offset = 0;
	for (const paragraph of paragraphs) {
		blocks.push({kind: 'paragraph', start: offset, end: offset + paragraph.length});
		offset += paragraph.length + 2;
	}

	return {
		source: 'generated', format: 'text', text: paragraphs.join('\n\n'), verbatim: true, encoding: 'utf-8',
		title: 'Generated', titleRange: null, dateline: null, byline: null, credits: null, site: null,
		published: null, blocks, notes: [],
	};
}

function paragraphsOf(totalLength: number, sentencesPerParagraph: number): string[] {
	const paragraphs: string[] = [];
	let length = 0;
	let seed = 1;
	while (length < totalLength) {
		const sentences: string[] = [];
		for (let index = 0; index < sentencesPerParagraph; index++) {
			sentences.push(generateSentence(seed++));
		}

		const paragraph = sentences.join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}

	return paragraphs;
}

function time<T>(run: () => T): [T, number] {
	const started = performance.now();
	const result = run();
	return [result, performance.now() - started];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (text: string) => `${(text.length / 1e6).toFixed(2)} M UTF-16 units`;

const normal = paragraphsOf(3_000_000, 5);
const single = [normal.join(' ').slice(0, 1_000_000).trim()];
// Warm up the code paths (JIT, width tables) on a small article, as the reader's first frame would not be cold JS.
getLayout(makeArticle(normal.slice(0, 50)), width).totalLines();

// Worst case: nothing takes the simple-character fast path, every cluster goes through Intl.Segmenter (bounded pieces).
const hangul = ['한국어 문장은 👍🏽 이렇게 보입니다 e\u0301 ‘인용’ 👨‍👩‍👧. '.repeat(28_000).slice(0, 1_000_000).trim()];

for (const [name, paragraphs] of [['3 MB, normal paragraphs', normal], ['1 MB, one paragraph', single], ['1 MB, one paragraph of Hangul and emoji', hangul]] as const) {
	const article = makeArticle([...paragraphs]);
	console.log(`\n${name} (${mb(article.text)}, ${article.blocks.length} blocks), width ${width}`);
	const [page, firstPage] = time(() => {
		const layout = getLayout(article, width);
		return layout.lines(0, pageHeight).map(line => lineText(article, line));
	});
	console.log(`  first page (${page.length} lines):      ${ms(firstPage)}`);
	const [total, full] = time(() => getLayout(article, width).totalLines());
	console.log(`  rest of the layout (${total} lines): ${ms(full)}`);
	const otherWidth = makeArticle([...paragraphs]);
	const [, resize] = time(() => {
		const layout = getLayout(otherWidth, 60);
		const line = layout.lineAt(Math.floor(otherWidth.text.length / 2));
		return layout.lines(line, line + pageHeight);
	});
	console.log(`  lineAt(middle) at width 60 (resize): ${ms(resize)}`);
	const [, wrap] = time(() => paragraphs.map(paragraph => wrapAnsi(paragraph, width, {hard: true, trim: false})));
	console.log(`  wrap-ansi, all paragraphs (reference): ${ms(wrap)}`);
}

const article = makeArticle(normal);
console.log(`\nsearch on ${mb(article.text)}`);
for (const query of ['taiwan', 'Taiwan', 'the committee', 'said “we', 'cafe', 'naïve', 'e', 'zzz', 'taiwan']) {
	const [matches, elapsed] = time(() => findMatches(article.text, query));
	console.log(`  ${JSON.stringify(query).padEnd(16)} ${String(matches.length).padStart(7)} matches  ${ms(elapsed)}`);
}

console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
