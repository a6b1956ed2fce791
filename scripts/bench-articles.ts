// Generated articles for `npm run bench` (own sentences from a fixed word list, a seeded PRNG: same text every run).

/** Mulberry32: a small deterministic PRNG returning numbers in [0, 1). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6D_2B_79_F5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const subjects = ['the council', 'port officials', 'the ministry', 'local fishermen', 'two engineers', 'the mayor', 'a spokeswoman', 'the inspectors', 'residents', 'the committee'];
const verbs = ['reviewed', 'questioned', 'delayed', 'approved', 'described', 'inspected', 'funded', 'criticised', 'mapped', 'rebuilt'];
const objects = ['the harbour wall', 'a new ferry route', 'the flood barrier', 'the budget', 'the dredging plan', 'the old lighthouse', 'winter schedules', 'the harbour lights', 'a safety report', 'the fish market'];
const tails = ['on Tuesday', 'after weeks of talks', 'despite the storm', 'for the third time this year', 'before the tide turned', 'without a public vote', 'in a short statement', 'at the request of the navy'];
const speakers = ['Mara Lindqvist', 'Tomasz Okafor', 'Ines Barata', 'Keoni Walsh', 'Priya Anand', 'Oskar Feld'];

function sentence(next: () => number): string {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const body = `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)}`;
	const capitalised = body[0]!.toUpperCase() + body.slice(1);
	if (next() < 0.25) {
		return `“${capitalised}, and we will keep going — whatever it costs,” ${pick(speakers)} said.`;
	}

	return `${capitalised}.`;
}

/** A plain-text article of about `length` UTF-16 units: dateline, many paragraphs with quotes, a credits line. */
export function generateLongArticle(length: number): string {
	const next = random(3);
	const paragraphs = ['PORT ELLIS (Harbour Wire) – The harbour authority said on Monday that repairs would run into next year.'];
	let size = paragraphs[0]!.length;
	while (size < length - 200) {
		const count = 3 + Math.floor(next() * 4);
		const paragraph = Array.from({length: count}, () => sentence(next)).join(' ');
		paragraphs.push(paragraph);
		size += paragraph.length + 2;
	}

	paragraphs.push('(Reporting by Ana Corvo; Editing by Lee Marsh)');
	return `${paragraphs.join('\n\n')}\n`;
}

const accented = ['café', 'naïve', 'Zürich', 'São Paulo', 'Kraków', 'smörgåsbord', 'déjà vu', 'Ærø', 'façade', 'Łódź', 'mañana', 'crème brûlée'];
const wide = ['東京', '서울', '北京', 'ラーメン'];

/** One paragraph of about `length` UTF-16 units, without a line break, full of non-ASCII and some wide characters. */
export function generateLongParagraph(length: number): string {
	const next = random(7);
	const parts: string[] = ['A very long dispatch from the harbour —'];
	let size = parts[0]!.length;
	while (size < length) {
		const roll = next();
		const word = roll < 0.05 ? wide[Math.floor(next() * wide.length)]! : (roll < 0.35 ? accented[Math.floor(next() * accented.length)]! : sentence(next));
		parts.push(word);
		size += word.length + 1;
	}

	return `${parts.join(' ')}\n`;
}
