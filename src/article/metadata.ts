import type {CreditRole, Credits, Dateline} from './types.js';

/*
 * Pure detectors for news-article metadata, shared by every input format. Each takes one paragraph (a block's
 * text) and, where it returns ranges, offsets are UTF-16 indices relative to that paragraph's start.
 */

const monthPattern = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
// `WASHINGTON`, `NEW YORK`, `SAN JOSE, Calif.`, `PORT-AU-PRINCE`, `ST. LOUIS`: an upper-case place of 2+ letters.
const placePattern = String.raw`[A-Z][A-Z.'’-]*[A-Z](?:[ ][A-Z][A-Z.'’-]*[A-Z.])*(?:,[ ](?:[A-Z][a-z]+\.?(?:[ ][A-Z][a-z]+\.?)?))?`;
const datelinePattern = new RegExp(
	String.raw`^(${placePattern})(?:,?[ ](${monthPattern}))?[ ]*(?:\(([^()\n]{2,40})\)[ ]*)?([–—-]{1,2}|:)(?=[ \u00A0])`,
	'u',
);

/** A dateline found at the start of a paragraph; `end` includes the dash. Offsets relative to the paragraph. */
export type DatelineMatch = Omit<Dateline, 'start' | 'end'> & {
	readonly end: number;
	/** `May 12` when the dateline carries a date. */
	readonly date: string | null;
};

/**
 * Recognises `WASHINGTON (Reuters) –`, `TAIPEI, March 3 (AP) -`, `LONDON —` or `GENEVA:` at the start of a
 * paragraph. The place must be upper case and, when there is no agency, be followed by a dash.
 */
export function matchDateline(paragraph: string): DatelineMatch | null {
	const match = datelinePattern.exec(paragraph);
	if (!match) {
		return null;
	}

	const [whole, place = '', date, agency, dash = ''] = match;
	// `A —` is not a place; a colon without an agency is a label (`NOTE:`), not a dateline.
	if (place.replaceAll(/[^A-Z]/g, '').length < 2 || (dash === ':' && !agency)) {
		return null;
	}

	return {text: whole, place: place.trim(), agency: agency?.trim() ?? null, end: whole.length, date: date?.trim() ?? null};
}

const namePattern = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ]+(?:(?:de|da|del|van|von|der|den|bin|al|le|la|di)[ ]+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*){0,4}`;
const bylinePattern = new RegExp(String.raw`^(?:By|BY|by)[ ]+(${namePattern}(?:[ ]*(?:,|,?[ ]and|&)[ ]*${namePattern})*)(?:[ ]*,[ ]*[\p{L} ]{0,40})?$`, 'u');

/**
 * `By Ann Lee and Bo Chen` → `Ann Lee and Bo Chen`; a trailing `, Science Correspondent` is dropped. Null
 * when the paragraph is not a byline (names must be capitalised: `By the time …` is a sentence).
 */
export function matchByline(paragraph: string): string | null {
	const trimmed = paragraph.trim();
	if (trimmed.length > 120) {
		return null;
	}

	const names = bylinePattern.exec(trimmed)?.[1];
	return names?.replace(/\s*,[^,]*\b(?:correspondent|reporter|editor|writer|staff|columnist|contributor|chief|journalist|analyst)\b[^,]*$/i, '').trim() ?? null;
}

const creditPartPattern = /^(.*?\b(?:reporting|writing|editing|compiled|compiling|research|additional research|graphics|translation|translated|produced|production|photos?|video|written|edited|reported|fact[- ]checking))\s+by\s+(.+)$/i;

/**
 * Parses a credits line: `(Reporting by A and B; Additional reporting by C in Taipei; Editing by D and E)`.
 * Parentheses are optional. Offsets relative to the paragraph. Null when not every part has the
 * `<role> by <names>` shape.
 */
export function matchCredits(paragraph: string): (Omit<Credits, 'start' | 'end'> & {readonly start: number; readonly end: number}) | null {
	const leading = paragraph.length - paragraph.trimStart().length;
	const trimmed = paragraph.trim();
	if (trimmed.length < 8 || trimmed.length > 600) {
		return null;
	}

	const inner = trimmed.startsWith('(') && trimmed.endsWith(')') ? trimmed.slice(1, -1) : trimmed;
	const roles: CreditRole[] = [];
	for (const part of inner.split(/\s*[;|]\s*/)) {
		if (part === '') {
			continue;
		}

		const match = creditPartPattern.exec(part.replace(/[.]$/, ''));
		if (!match) {
			return null;
		}

		const role = parseRole(match[1]!.trim(), match[2]!.trim());
		// Names are capitalised and short: `Reporting by the numbers is hard` is a sentence, not credits.
		if (role.names.length === 0 || role.names.some(name => !/^\p{Lu}/u.test(name) || name.split(' ').length > 5)) {
			return null;
		}

		roles.push(role);
	}

	if (roles.length === 0) {
		return null;
	}

	return {text: trimmed, roles, start: leading, end: leading + trimmed.length};
}

function parseRole(role: string, people: string): CreditRole {
	// `C in Taipei`, `C in Taipei and D in Beijing` (the last place wins), `C, D and E`.
	let place: string | null = null;
	const names: string[] = [];
	for (const piece of people.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
		const inPlace = /^(.*?)\s+(?:in|from)\s+(\p{Lu}.*)$/u.exec(piece);
		const name = (inPlace ? inPlace[1]! : piece).trim();
		if (inPlace) {
			place = inPlace[2]!.trim();
		}

		if (name !== '') {
			names.push(name);
		}
	}

	return {role, names, place};
}

/**
 * True when a first line reads as a headline rather than a paragraph: short, no dateline, and not ending
 * like a sentence (a headline rarely ends with a full stop).
 */
export function looksLikeHeadline(line: string): boolean {
	const trimmed = line.trim();
	if (trimmed === '' || trimmed.length > 160 || matchDateline(trimmed) || matchByline(trimmed)) {
		return false;
	}

	const words = trimmed.split(/\s+/).length;
	return words <= 25 && !/[.:;,]["”’']?$/.test(trimmed);
}

/** A title of at most `maxLength` UTF-16 units from the lede's first sentence, cut at a word with `…`. */
export function titleFromLede(lede: string, maxLength = 72): string {
	const sentence = /^.*?[.!?](?=\s|$)/s.exec(lede)?.[0] ?? lede;
	const clean = sentence.replaceAll(/\s+/g, ' ').trim().replace(/[.]$/, '');
	if (clean.length <= maxLength) {
		return clean;
	}

	const cut = clean.slice(0, maxLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[,;:–—-]+$/, '')}…`;
}
