/**
 * Grouping speaker mentions into sources: names and later short references (`Chiu` → `Chiu Kuo-cheng`, a
 * one-letter misspelling when only one name is that close), descriptions (`two U.S. officials` … `The officials`
 * … `One of the officials`), pronouns (the latest fitting source). Offsets are UTF-16 indices into the text.
 */
import type {SourceKind} from './types.js';
import type {Range} from './units.js';
import {organizationWords, titles} from './lexicon.js';
import {straightApostrophes} from './tokens.js';
import {determiners, quantifiers, singular, type Described} from './source-descriptions.js';

/** A source while it is being built. */
export type SourceDraft = {
	name: string;
	kind: SourceKind;
	role: string | undefined;
	anonymous: boolean;
	mentions: Range[];
	/** Lower-case name tokens (persons) used to match later short references. */
	nameTokens: string[];
	/** Singular head noun of a description (`official`). */
	head: string | undefined;
	/** `he` or `she` once a pronoun has been read as this person (or a gendered title or role says which). */
	pronoun: 'he' | 'she' | undefined;
	last: number;
};

const mentionStarts = new WeakMap<SourceDraft, {seen: number; starts: Set<number>}>();

/**
 * Whether a mention of `source` starts at `start`. Mentions are only ever appended, so their starts are indexed as
 * they come: a scan per check was quadratic in a source's mentions (thousands for `officials, who …` in a long text).
 */
export function mentionedAt(source: SourceDraft, start: number): boolean {
	let index = mentionStarts.get(source);
	if (!index) {
		index = {seen: 0, starts: new Set()};
		mentionStarts.set(source, index);
	}

	for (; index.seen < source.mentions.length; index.seen++) {
		index.starts.add(source.mentions[index.seen]!.start);
	}

	return index.starts.has(start);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1 || a === b) {
		return false;
	}

	let i = 0;
	let j = 0;
	let edits = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			i++;
			j++;
			continue;
		}

		if (++edits > 1) {
			return false;
		}

		if (a.length > b.length) {
			i++;
		} else if (b.length > a.length) {
			j++;
		} else {
			i++;
			j++;
		}
	}

	return edits + (a.length - i) + (b.length - j) <= 1;
}

/** How many of the sources sharing a name token a short reference is compared with (the latest registered). */
const sharedTokenWindow = 64;

/**
 * Finds earlier sources quickly: by exact name, by person-name token, and among the most recently used ones (for
 * pronouns, descriptions and misspellings). Keeps lookups independent of the number of sources, so long texts stay
 * linear.
 */
export class SourceIndex {
	readonly all: SourceDraft[] = [];
	private readonly recent: SourceDraft[] = [];
	private readonly byName = new Map<string, SourceDraft>();
	private readonly byToken = new Map<string, SourceDraft[]>();

	/** The name tokens each source is listed under in `byToken` (sets, so that registering stays linear). */
	private readonly tokensOf = new Map<SourceDraft, Set<string>>();

	/** Registers a new source (or its new name after `absorb`). */
	add(source: SourceDraft): void {
		let listed = this.tokensOf.get(source);
		if (!listed) {
			listed = new Set();
			this.tokensOf.set(source, listed);
			this.all.push(source);
		}

		this.byName.set(source.name.toLowerCase(), source);
		for (const token of source.nameTokens) {
			if (!listed.has(token)) {
				listed.add(token);
				const list = this.byToken.get(token);
				if (list) {
					list.push(source);
				} else {
					this.byToken.set(token, [source]);
				}
			}
		}

		this.touch(source);
	}

	/** Marks `source` as the most recently mentioned. */
	touch(source: SourceDraft): void {
		const i = this.recent.indexOf(source);
		if (i >= 0) {
			this.recent.splice(i, 1);
		}

		this.recent.push(source);
		if (this.recent.length > 64) {
			this.recent.shift();
		}
	}

	/** The existing source a described mention refers to, if any. */
	find(d: Described, pronoun: string): SourceDraft | undefined {
		const latest = (test: (s: SourceDraft) => boolean) => {
			for (let i = this.recent.length - 1; i >= 0; i--) {
				if (test(this.recent[i]!)) {
					return this.recent[i];
				}
			}

			return undefined;
		};

		if (d.kind === 'pronoun') {
			if (pronoun === 'he' || pronoun === 'she') {
				// A person already called `she` is not the next `he` (and the other way round).
				const found = latest(s => s.kind === 'person' && (s.pronoun === undefined || s.pronoun === pronoun));
				if (found) {
					found.pronoun ??= pronoun;
				}

				return found;
			}

			if (pronoun === 'they') {
				// (`Forecasters at the weather service`: a plural head before a modifier counts too.)
				return latest(s => (s.kind === 'unnamed' && s.head !== undefined
					&& (/s$/.test(s.name) || s.name.toLowerCase().includes(`${s.head}s `)))
					|| s.kind === 'organization' || s.kind === 'publication');
			}

			if (pronoun === 'which' || pronoun === 'that') {
				// A relative pronoun whose antecedent is no name (`a message that said …`) is a source of its own.
				return undefined;
			}

			if (pronoun === 'it') {
				// (`The agriculture department said …. It declined …`: an unnamed organisation too.)
				return latest(s => s.kind === 'organization' || s.kind === 'publication' || s.kind === 'document'
					|| (s.kind === 'unnamed' && s.head !== undefined && organizationWords.has(s.head)));
			}

			return latest(() => true);
		}

		const same = this.byName.get(d.name.toLowerCase());
		if (same) {
			return same;
		}

		if (d.kind === 'person') {
			const tokens = d.nameTokens;
			let best: SourceDraft | undefined;
			for (const token of tokens) {
				// Only the latest persons listed under a token are compared: a reference points back to someone named
				// recently, and a text naming thousands of people who share a first name or an unknown title would
				// otherwise compare each reference with all of them.
				const list = this.byToken.get(token) ?? [];
				for (let i = Math.max(0, list.length - sharedTokenWindow); i < list.length; i++) {
					const s = list[i]!;
					if (s.kind === 'person' && (!best || s.last > best.last) && (tokens.every(t => s.nameTokens.includes(t))
						|| s.nameTokens.every(t => tokens.includes(t)))) {
						best = s;
					}
				}
			}

			if (best) {
				return best;
			}

			if (tokens.length === 1 && tokens[0]!.length >= 3) {
				const close = this.recent.filter(s => s.kind === 'person' && s.nameTokens.some(t => editDistanceAtMostOne(t, tokens[0]!)));
				if (close.length === 1) {
					return close[0];
				}
			}

			return undefined;
		}

		if ((d.kind === 'unnamed' || d.kind === 'document') && d.head && d.definite) {
			// `The association` after `The Harbour Pilots’ Association`: an organisation's head is its kind.
			// `The authority’s annual report` is not `a hydrology report`: words before the head must be in the earlier name.
			const modifiers = modifiersOf(d.name, d.head);
			return latest(s => s.head === d.head && (s.kind !== 'organization' || /^the$/i.test(d.name.split(/\s+/)[0]!))
				&& modifiers.every(m => s.name.toLowerCase().includes(m)))
				// `the senator` after `Sen. Ann Lee`: a title alone stands for the latest person who holds it.
				// (A title, not what a role names: `the company` is no `spokeswoman for the company`.)
				?? (d.kind === 'unnamed' && /^the \S+$/i.test(d.name) && titles.has(d.head)
					? latest(s => s.kind === 'person' && holdsTitle(s.role, d.head!)) : undefined);
		}

		return undefined;
	}
}

/** Abbreviated titles and the words that name them alone (`Sen.` … `the senator`). */
const titleWords: Readonly<Record<string, string>> = {'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor',
	'gen.': 'general', 'lt.': 'lieutenant', 'col.': 'colonel', 'sgt.': 'sergeant', 'capt.': 'captain', 'adm.': 'admiral',
	'atty.': 'attorney', 'prof.': 'professor', 'supt.': 'superintendent', 'sens.': 'senator', 'reps.': 'representative'};

/** Whether `role` (`Sen.`, `Taiwan Defense Minister`) holds the title `head` (`senator`, `minister`). */
function holdsTitle(role: string | undefined, head: string): boolean {
	return role !== undefined && role.toLowerCase().split(/\s+/).some(w => (titleWords[w] ?? w) === head);
}

/** The words before a description's head, past determiners (`The authority’s annual report`: authority, annual). */
function modifiersOf(name: string, head: string): string[] {
	const words = straightApostrophes(name.toLowerCase()).split(/\s+/).map(w => w.replace(/'s$/, ''));
	const at = words.findIndex(w => singular(w) === head);
	return words.slice(0, Math.max(0, at)).filter(w => !determiners.has(w) && !quantifiers.has(w));
}

/** Merges what a new mention tells into its source (a fuller name, a role). */
export function absorb(source: SourceDraft, d: Described): void {
	if (d.kind === 'person' && d.nameTokens.length > source.nameTokens.length && source.kind === 'person') {
		source.name = d.name;
		source.nameTokens = d.nameTokens;
	}

	source.role ??= d.role;
}

/** Heads of descriptions that mean the text withholds who spoke. */
export const anonymousHeads: ReadonlySet<string> = new Set(['source', 'person', 'insider']);
