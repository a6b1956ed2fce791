/**
 * The speech-cue lexicon and quotation tests of `../shared/polnear/score.py`, mirrored rule for rule so the eval
 * selects exactly the same G_speech and G_direct gold.
 */

const irregular: Record<string, string[]> = {
	say: ['say', 'says', 'said', 'saying'],
	tell: ['tell', 'tells', 'told', 'telling'],
	write: ['write', 'writes', 'wrote', 'written', 'writing'],
	speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
	reply: ['reply', 'replies', 'replied', 'replying'],
	deny: ['deny', 'denies', 'denied', 'denying'],
	testify: ['testify', 'testifies', 'testified', 'testifying'],
	clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
	admit: ['admit', 'admits', 'admitted', 'admitting'],
	quip: ['quip', 'quips', 'quipped', 'quipping'],
	brag: ['brag', 'brags', 'bragged', 'bragging'],
	blog: ['blog', 'blogs', 'blogged', 'blogging'],
	email: ['email', 'emails', 'emailed', 'emailing', 'e-mail', 'e-mailed'],
	text: ['texted'],
};

const regularLemmas = ('add ask state announce note explain insist argue claim report tweet declare '
	+ 'respond continue acknowledge warn predict recall confirm suggest urge call '
	+ 'describe concede complain repeat joke vow promise pledge comment remark mention '
	+ 'observe assert contend maintain stress emphasize emphasise reiterate retort '
	+ 'counter shout yell exclaim whisper mutter scream proclaim boast post answer '
	+ 'allege recount lament tout quote caution advise inform remind reveal disclose '
	+ 'assure chant interject muse opine charge pronounce echo').split(' ');

const bigrams = new Set([
	'according to', 'pointed out', 'point out', 'points out', 'pointing out', 'went on', 'go on', 'goes on',
	'spelled out',
]);

function regularForms(lemma: string): string[] {
	if (lemma.endsWith('e')) {
		return [lemma, lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing'];
	}

	if (/(?:s|sh|ch|x)$/.test(lemma)) {
		return [lemma, lemma + 'es', lemma + 'ed', lemma + 'ing'];
	}

	return [lemma, lemma + 's', lemma + 'ed', lemma + 'ing'];
}

/** Every word form score.py counts as a verb of speech or writing. */
export const speechForms: ReadonlySet<string> = (() => {
	const forms = new Set<string>();
	for (const list of Object.values(irregular)) {
		for (const form of list) {
			forms.add(form);
		}
	}

	for (const lemma of regularLemmas) {
		if (!(lemma in irregular)) {
			for (const form of regularForms(lemma)) {
				forms.add(form);
			}
		}
	}

	return forms;
})();

/** score.py's `cue_is_speech`: any token a speech form, or any adjacent pair a speech bigram. */
export function cueIsSpeech(cueText: string): boolean {
	const tokens = cueText.toLowerCase().replaceAll('\u2019', '\'').match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
	if (tokens.some(token => speechForms.has(token))) {
		return true;
	}

	for (let i = 0; i + 1 < tokens.length; i++) {
		if (bigrams.has(`${tokens[i]} ${tokens[i + 1]}`)) {
			return true;
		}
	}

	return false;
}

/** A double quotation mark, NYT's `''` or ` `` `. */
export function hasDoubleQuote(s: string): boolean {
	return /["\u201C\u201D\u201E]/.test(s) || s.includes('\'\'') || s.includes('``');
}

const singleOpen = /(?:^|(?<=[\s(\[\u2014\u2013"\u201C:-]))[\u2018'](?=[A-Za-z])/g;
const singleClose = /(?<=[A-Za-z\d.,!?])[\u2019'](?=$|[\s.,;:!?)\]\u2014\u2013"\u201D-])/g;

/** A double quote, or an opening single quote followed later by a closing one. */
export function hasQuote(s: string): boolean {
	if (hasDoubleQuote(s)) {
		return true;
	}

	singleOpen.lastIndex = 0;
	const open = singleOpen.exec(s);
	if (!open) {
		return false;
	}

	singleClose.lastIndex = open.index + open[0].length;
	return singleClose.exec(s) !== null;
}
