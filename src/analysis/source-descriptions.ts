/**
 * What a speaker phrase says about its source: a pronoun, a person's name and role (`Sen. Ann Lee`), a description of
 * people or a document (`two U.S. officials`, `a council statement`), a publication or an organisation, with its head
 * noun and whether it is definite; and a person's name set off right after a description (`The chief engineer, Ruth
 * Mallory, said`). Apart from sources.ts, which matches these readings to earlier sources. Offsets are UTF-16 indices
 * into the text.
 */
import type {SourceKind} from './types.js';
import type {Range} from './units.js';
import {documentHeads, documentParticiples, organizationWords, pronouns, publicationWords, titles, unnamedHeads} from './lexicon.js';
import {straightApostrophes} from './tokens.js';

const honorifics = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'dame']);
export const determiners = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many',
	'both', 'another', 'other', 'of', 'most', 'all', 'few', 'those', 'these', 'its', 'his', 'her', 'their']);
const definite = new Set(['the', 'those', 'these', 'both', 'one', 'another', 'its', 'his', 'her', 'their']);

function isCap(word: string): boolean {
	const c = word[0] ?? '';
	return c !== c.toLowerCase();
}

export function singular(word: string): string {
	if (word === 'people') {
		return 'person';
	}

	return word.endsWith('s') && !word.endsWith('ss') && word.length > 3 ? word.slice(0, -1) : word;
}

const outletNouns = new Set(['journal', 'newspaper', 'magazine', 'tabloid', 'broadcaster', 'outlet', 'wire', 'network']);
export const quantifiers = new Set(['many', 'several', 'some', 'most', 'few', 'others', 'all', 'both', 'none', 'each', 'either',
	'neither', 'everyone', 'nobody', 'someone', 'somebody', 'anyone']);
/** Plural nouns for groups of people, besides the lexicon's unnamed heads. */
const groupNouns = new Set(['firefighters', 'rescuers', 'nurses', 'teachers', 'farmers', 'growers', 'commuters',
	'passengers', 'locals', 'neighbours', 'villagers', 'fishermen', 'engineers', 'shoppers', 'customers', 'demonstrators',
	'volunteers', 'tenants', 'landlords', 'patients', 'drivers', 'miners', 'traders', 'investors', 'soldiers', 'troops']);
const prepositionsAfterRole = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'to']);
/** Lower-case kinds of organisation that introduce its name (`the charity Friends of the Marsh`). */
const organizationKinds = new Set(['charity', 'nonprofit', 'campaign', 'operator', 'firm', 'startup', 'retailer',
	'airline', 'carrier', 'insurer', 'lender', 'developer', 'manufacturer', 'broadcaster', 'publisher', 'utility']);

/** What a speaker phrase says about its source. */
export type Described = {
	kind: SourceKind | 'pronoun';
	name: string;
	role: string | undefined;
	nameTokens: string[];
	head: string | undefined;
	definite: boolean;
};

/**
 * `official in the national ministry`, `forecasters at the weather service`, `papers held in the archive`: the noun
 * before a modifying preposition (and any participle) is the head, not the last word (`The ministry` is another source).
 */
function headBeforeModifier(lower: readonly string[]): string | undefined {
	const at = lower.findIndex((w, i) => i > 0 && prepositionsAfterRole.has(w));
	let k = at - 1;
	while (k > 0 && /(?:ed|ing)$/.test(lower[k]!)) {
		k--;
	}

	return at > 0 && !determiners.has(lower[k]!) ? lower[k] : undefined;
}

/** Reads a speaker phrase: name vs role, kind, head noun. */
export function describe(phrase: string): Described {
	const words = phrase.split(/\s+/).filter(Boolean);
	const lower = words.map(w => straightApostrophes(w.toLowerCase()).replace(/'s$/, ''));
	if (words.length === 1 && (pronouns.has(lower[0]!.replace(/'(?:ve|d|re|ll|m)$/, '')) || lower[0] === 'which' || lower[0] === 'that')) {
		return {kind: 'pronoun', name: words[0]!, role: undefined, nameTokens: [], head: undefined, definite: true};
	}

	const last = lower.at(-1)!;
	const isDefinite = definite.has(lower[0]!);
	// `Several said`, `Many asked`, `Officials said`: a quantifier or a plural noun is capitalised only because it
	// opens the sentence; a group, not a name (and never a surname to look for elsewhere).
	if (lower.every(w => determiners.has(w) || quantifiers.has(w)) || (words.length === 1 && !organizationWords.has(last) && (unnamedHeads.has(last) || groupNouns.has(last)))) {
		return {kind: 'unnamed', name: phrase, role: undefined, nameTokens: [], head: words.length === 1 ? singular(last) : undefined,
			definite: isDefinite};
	}

	const docAt = lower.findIndex((w, i) => i < 4 && documentHeads.has(w) && !isCap(words[i]!));
	if (docAt >= 0 && (docAt === lower.length - 1 || lower[docAt + 1]!.endsWith('ed') || documentParticiples.has(lower[docAt + 1]!))) {
		// `a council statement`, `A study published in March by …`.
		return {kind: 'document', name: phrase, role: undefined, nameTokens: [], head: singular(lower[docAt]!), definite: isDefinite};
	}

	if (!isCap(words.at(-1)!)) {
		const head = headBeforeModifier(lower) ?? last;
		const kind: SourceKind = documentHeads.has(head) ? 'document' : 'unnamed';
		return {kind, name: phrase, role: undefined, nameTokens: [], head: singular(head), definite: isDefinite};
	}

	if (lower.some((w, i) => (isCap(words[i]!) && publicationWords.has(w)) || outletNouns.has(w))) {
		return {kind: 'publication', name: stripThe(words).join(' '), role: undefined, nameTokens: [], head: undefined,
			definite: true};
	}

	// `Bolton and Gorka`: two people speaking together are a group, not a person whose name a later `Bolton` matches.
	const and = lower.indexOf('and');
	if (and > 0 && and < words.length - 1 && isCap(words[and - 1]!) && isCap(words[and + 1]!)
		&& !lower.some(w => organizationWords.has(w) || publicationWords.has(w))) {
		return {kind: 'unnamed', name: stripThe(words).join(' '), role: undefined, nameTokens: [], head: undefined, definite: true};
	}

	let titleEnd = -1;
	for (const [i, w] of lower.entries()) {
		if (titles.has(w) || honorifics.has(w)) {
			titleEnd = i;
		}
	}

	// `A spokeswoman for Brightwell`: a role of an organisation, no name.
	if (titleEnd >= 0 && determiners.has(lower[0]!) && prepositionsAfterRole.has(lower[titleEnd + 1] ?? '')) {
		return {kind: 'unnamed', name: phrase, role: undefined, nameTokens: [], head: singular(lower[titleEnd]!), definite: isDefinite};
	}

	// `The charity Friends of the Marsh`: a kind of organisation in lower case, then its name.
	const kindAt = lower.findIndex((w, i) => i < 3 && !isCap(words[i]!) && (organizationWords.has(w) || organizationKinds.has(w)));
	if (titleEnd < 0 && kindAt >= 0 && kindAt < words.length - 1 && isCap(words[kindAt + 1]!)) {
		return {kind: 'organization', name: words.slice(kindAt + 1).join(' '), role: undefined, nameTokens: [], head: lower[kindAt],
			definite: true};
	}

	// `Friends of the Marsh`, `Bank of Lowmarsh`: capitalised words joined by `of` name an organisation, not a person.
	if (titleEnd < 0 && words.length >= 3 && lower.includes('of') && isCap(words.at(-1)!) && isCap(stripThe(words)[0]!)) {
		return {kind: 'organization', name: stripThe(words).join(' '), role: undefined, nameTokens: [], head: undefined, definite: true};
	}

	const nameWords = words.slice(titleEnd + 1).filter((_, i) => !determiners.has(lower[titleEnd + 1 + i]!));
	if (titleEnd < 0 && lower.some((w, i) => isCap(words[i]!) && organizationWords.has(w))) {
		return {kind: 'organization', name: stripThe(words).join(' '), role: undefined, nameTokens: [], head: last, definite: true};
	}

	const roleWords = words.slice(0, titleEnd + 1).filter(w => !honorifics.has(w.toLowerCase()));
	const role = roleWords.length > 0 && !(roleWords.length === 1 && determiners.has(roleWords[0]!.toLowerCase()))
		? stripThe(roleWords).join(' ') : undefined;
	const name = nameWords.length > 0 ? nameWords.join(' ') : stripThe(words).join(' ');
	return {kind: 'person', name: name.replace(/['’]s$/, ''), role: role === '' ? undefined : role,
		nameTokens: name.toLowerCase().replace(/['’]s$/, '').split(/\s+/), head: undefined, definite: true};
}

function stripThe(words: string[]): string[] {
	return words.length > 1 && ['the', 'a', 'an'].includes(words[0]!.toLowerCase()) ? words.slice(1) : words;
}

/** A person's name, two to four capitalised words, set off by commas: `, Ruth Mallory,`. */
const appositive = /,\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|van|von|da|bin)){1,3}),/uy;

/**
 * The name set off right after a description (`The ferry company’s chief engineer, Ruth Mallory, said …`): the
 * description is then that person's role. Only a name that reads as a person's, and only after a description.
 */
export function appositiveName(text: string, described: Described, end: number): {range: Range; described: Described} | undefined {
	if (described.kind !== 'unnamed' || !(described.definite || /^\p{Lu}\S*['’]s\s/u.test(described.name))) {
		return undefined;
	}

	appositive.lastIndex = end;
	const match = appositive.exec(text);
	if (!match) {
		return undefined;
	}

	const name = describe(match[1]!);
	if (name.kind !== 'person' || name.role !== undefined) {
		return undefined;
	}

	const start = end + match[0].indexOf(match[1]!);
	return {
		range: {start, end: start + match[1]!.length},
		described: {...name, role: described.name.replace(/^(?:the|a|an)\s+/i, '')},
	};
}
