import test from 'ava';
import {looksLikeHeadline, matchByline, matchCredits, matchDateline, titleFromLede} from '../../src/article/metadata.js';

const datelines: Array<[string, string, string | null, string]> = [
	['WASHINGTON (Reuters) – The United States plans', 'WASHINGTON', 'Reuters', 'WASHINGTON (Reuters) –'],
	['TAIPEI, March 3 (AP) - Officials said', 'TAIPEI', 'AP', 'TAIPEI, March 3 (AP) -'],
	['NEW YORK — A jury found', 'NEW YORK', null, 'NEW YORK —'],
	['SAN JOSE, Calif. (Bay Wire) — Engineers', 'SAN JOSE, Calif.', 'Bay Wire', 'SAN JOSE, Calif. (Bay Wire) —'],
	['PORT-AU-PRINCE -- Aid arrived', 'PORT-AU-PRINCE', null, 'PORT-AU-PRINCE --'],
	['GENEVA (Alpine Press): Delegates met', 'GENEVA', 'Alpine Press', 'GENEVA (Alpine Press):'],
	['BRENNFORD, May 12 (Meridian Wire) — Train drivers', 'BRENNFORD', 'Meridian Wire', 'BRENNFORD, May 12 (Meridian Wire) —'],
];

for (const [paragraph, place, agency, text] of datelines) {
	test(`dateline: ${text}`, t => {
		const found = matchDateline(paragraph);
		t.truthy(found);
		t.is(found?.place, place);
		t.is(found?.agency, agency);
		t.is(found?.text, text);
		t.is(paragraph.slice(0, found?.end), text);
	});
}

test('not datelines: sentences, labels, single capitals', t => {
	for (const paragraph of ['The United States – said', 'NOTE: this is a label', 'A — lone letter', 'Washington (Reuters) – lower case', 'NATO said on Monday']) {
		t.is(matchDateline(paragraph), null, paragraph);
	}
});

test('bylines', t => {
	t.is(matchByline('By Helena Marsh and Tobias Wren'), 'Helena Marsh and Tobias Wren');
	t.is(matchByline('  by Ruth Adeyemi '), 'Ruth Adeyemi');
	t.is(matchByline('By the time the ferry arrived, the crowd had gone home.'), null);
	t.is(matchByline('Bystanders said the fire spread fast'), null);
});

test('credits line with roles, names and place', t => {
	const line = '(Reporting by Dana Whitfield and Marcus Oyelaran; Additional reporting by Lin Mei-hua in Taipei; Editing by Paul Tanaka and Grace Okafor)';
	const credits = matchCredits(line);
	t.deepEqual(credits?.roles, [
		{role: 'Reporting', names: ['Dana Whitfield', 'Marcus Oyelaran'], place: null},
		{role: 'Additional reporting', names: ['Lin Mei-hua'], place: 'Taipei'},
		{role: 'Editing', names: ['Paul Tanaka', 'Grace Okafor'], place: null},
	]);
	t.is(credits?.start, 0);
	t.is(credits?.end, line.length);
});

test('credits: writing, compiled, lists with commas, no parentheses', t => {
	t.deepEqual(matchCredits('Writing by Eliza Hart; Compiled by Ann Bo, Cy Dee and Ed Fry.')?.roles, [
		{role: 'Writing', names: ['Eliza Hart'], place: null},
		{role: 'Compiled', names: ['Ann Bo', 'Cy Dee', 'Ed Fry'], place: null},
	]);
	t.is(matchCredits('(The officials spoke on condition of anonymity; one said more.)'), null);
	t.is(matchCredits('Reporting by the numbers is hard'), null);
});

test('headline detection', t => {
	t.true(looksLikeHeadline('Caldervale rations water as Lake Orrin falls'));
	t.false(looksLikeHeadline('WASHINGTON (Reuters) – The United States plans to expand.'));
	t.false(looksLikeHeadline('The island’s armed forces have been drilling more often.'));
	t.false(looksLikeHeadline('By Helena Marsh'));
	t.false(looksLikeHeadline(''));
});

test('title from the lede: first sentence, cut at a word', t => {
	t.is(titleFromLede('Rain fell. Then it stopped.'), 'Rain fell');
	const long = titleFromLede('The United States plans to expand the number of troops it sends to Taiwan to train the island’s forces, two officials said.');
	t.true(long.length <= 73);
	t.true(long.endsWith('…'));
	t.true(long.startsWith('The United States plans to expand'));
	t.false(/\s…$/.test(long));
});

test('bylines with a role or several names', t => {
	t.is(matchByline('By Noor Haddad, Science Correspondent'), 'Noor Haddad');
	t.is(matchByline('By Ann Bo, Cy Dee and Ed Fry'), 'Ann Bo, Cy Dee and Ed Fry');
	t.is(matchByline('By Ludo van der Berg'), 'Ludo van der Berg');
});

test('a dateline date is kept', t => {
	t.is(matchDateline('TAIPEI, March 3 (AP) - Officials said')?.date, 'March 3');
	t.is(matchDateline('WASHINGTON (Reuters) – The')?.date, null);
});
