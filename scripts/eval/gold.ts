/** Reading the PolNeAR split layout and its brat `.ann` files, as score.py does (first .ann file is the gold). */
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {cueIsSpeech, hasDoubleQuote, hasQuote} from './lexicon.js';
import {merge, type Interval, type OffsetMap} from './intervals.js';

/** One gold attribution; intervals are code point offsets into the BOM-stripped text. */
export type Gold = {
	readonly id: string;
	readonly content: Interval[];
	readonly source: Interval[];
	readonly cue: Interval[];
	readonly speech: boolean;
	readonly direct: boolean;
};

export type ArticleRef = {
	readonly split: string;
	readonly name: string;
	readonly textPath: string;
	readonly annPaths: string[];
};

/** The article's text decoded as UTF-8 with one leading BOM removed, and whether one was removed. */
export function readText(file: string): {text: string; bom: boolean} {
	const raw = readFileSync(file, 'utf8');
	return raw.startsWith('\uFEFF') ? {text: raw.slice(1), bom: true} : {text: raw, bom: false};
}

/** Articles of a split in file-name order, with their sorted annotation files; unannotated ones dropped. */
export function loadSplit(data: string, split: string): ArticleRef[] {
	const textDir = path.join(data, split, 'text');
	const annDir = path.join(data, split, 'attributions');
	if (!existsSync(textDir)) {
		throw new Error(`no such split: ${textDir}`);
	}

	const anns = new Map<string, string[]>();
	for (const file of existsSync(annDir) ? readdirSync(annDir) : []) {
		const m = /^(.*)_([\da-f]+)\.ann$/.exec(file);
		if (m) {
			const list = anns.get(m[1]!) ?? [];
			list.push(path.join(annDir, file));
			anns.set(m[1]!, list);
		}
	}

	const out: ArticleRef[] = [];
	// Python sorts by code point; plain `<` comparison on ASCII names does the same.
	for (const file of readdirSync(textDir).filter(f => f.endsWith('.txt')).sort(byCodeUnit)) {
		const name = file.slice(0, -4);
		const annPaths = (anns.get(name) ?? []).sort(byCodeUnit);
		if (annPaths.length > 0) {
			out.push({split, name, textPath: path.join(textDir, file), annPaths});
		}
	}

	return out;
}

function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : (a > b ? 1 : 0);
}

const tLine = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$/;
const eLine = /^(E\d+)\t(.*)$/;

/** Parses one `.ann` file into gold attributions with non-empty content. */
export function parseAnn(file: string, text: string, om: OffsetMap, bom: boolean): Gold[] {
	const shift = bom ? 1 : 0;
	const lines = readFileSync(file, 'utf8').split('\n');
	const spansOf = new Map<string, Interval[]>();
	const events: string[] = [];
	for (const rawLine of lines) {
		const line = rawLine.replace(/\r+$/, '');
		const t = tLine.exec(line);
		if (t) {
			const spans = t[3]!.split(';').map(s => s.split(' ').map(x => Number(x) - shift) as Interval);
			if (!spans.some(([a, b]) => a > b || a < 0 || b > om.cpLength)) {
				spansOf.set(t[1]!, spans);
			}

			continue;
		}

		const e = eLine.exec(line);
		if (e) {
			events.push(e[2]!);
		}
	}

	const slice = ([a, b]: Interval) => text.slice(om.toUtf16(a), om.toUtf16(b));
	const golds: Gold[] = [];
	for (const [index, rest] of events.entries()) {
		const content: Interval[] = [];
		const source: Interval[] = [];
		const cue: Interval[] = [];
		for (const token of rest.split(/\s+/).filter(Boolean)) {
			const colon = token.indexOf(':');
			if (colon < 0) {
				continue;
			}

			const role = token.slice(0, colon);
			const spans = spansOf.get(token.slice(colon + 1));
			if (!spans) {
				continue;
			}

			if (role.startsWith('Content')) {
				content.push(...spans);
			} else if (role === 'Source') {
				source.push(...spans);
			} else if (role === 'Cue') {
				cue.push(...spans);
			}
		}

		if (content.length === 0 || content.every(([a, b]) => b - a === 0)) {
			continue;
		}

		const sortIv = (x: Interval, y: Interval) => x[0] - y[0] || x[1] - y[1];
		content.sort(sortIv);
		cue.sort(sortIv);
		const contentText = content.map(iv => slice(iv)).join(' ');
		const cueText = cue.map(iv => slice(iv)).join(' ');
		const quoted = hasQuote(contentText);
		golds.push({
			id: `E${index}`,
			content: merge(content),
			source: merge(source),
			cue: merge(cue),
			direct: hasDoubleQuote(contentText),
			speech: quoted || (cue.length > 0 && cueIsSpeech(cueText)),
		});
	}

	return golds;
}
