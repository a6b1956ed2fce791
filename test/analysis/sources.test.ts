import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import type {Attribution} from '../../src/analysis/types.js';
import {assertInvariants, summary} from './invariants.js';

function analyze(t: import('ava').ExecutionContext, text: string): Attribution {
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	return result;
}

function source(result: Attribution, name: string) {
	const found = result.sources.find(s => s.name === name);
	if (!found) {
		throw new Error(`no source ${name}: ${result.sources.map(s => s.name).join(', ')}`);
	}

	return found;
}

test('a named person with a title: name and role', t => {
	const result = analyze(t, 'Norway Fisheries Minister Ola Brekke said the quota would not change.');
	const s = source(result, 'Ola Brekke');
	t.is(s.kind, 'person');
	t.is(s.role, 'Norway Fisheries Minister');
});

test('local titles (British and American spellings) are roles, not part of the name', t => {
	const result = analyze(t, 'Councillor Ann Kim said the pier would reopen. Alderman Bo Lee said it would not.\n\nKim added that the ferry was safe.');
	t.is(source(result, 'Ann Kim').role, 'Councillor');
	t.is(source(result, 'Ann Kim').statementIds.length, 2);
	t.is(source(result, 'Bo Lee').role, 'Alderman');
});

test('later short references and a one-letter misspelling resolve to the full name', t => {
	const result = analyze(t, 'Harbour master Tomas Wendel said the port was full.\n\nWendel added that ships would wait.\n\nWendell later said two ships had left.');
	const s = source(result, 'Tomas Wendel');
	t.is(s.statementIds.length, 3);
	t.deepEqual(s.mentions.map(m => m.text), ['Harbour master Tomas Wendel', 'Wendel', 'Wendell']);
});

test('a misspelling close to two names stays apart', t => {
	const result = analyze(t, 'Ana Dorn said the vote was fair. Ben Darn said it was not. Durn said nothing new had happened.');
	t.is(result.sources.length, 3);
});

test('pronouns resolve to the latest fitting source and stay as mentions', t => {
	const result = analyze(t, 'Mayor Ida Holm said the tunnel was safe.\n\nShe said inspections would continue.\n\nThe transport unions said they were not convinced. They said workers needed more training.');
	const holm = source(result, 'Ida Holm');
	t.deepEqual(holm.mentions.map(m => m.text), ['Mayor Ida Holm', 'She']);
	const unions = source(result, 'The transport unions');
	t.is(unions.statementIds.length, 2);
	t.is(unions.kind, 'unnamed');
});

test('unnamed descriptions and their later definite references', t => {
	const result = analyze(t, 'Three bank employees said the vault was opened twice. The employees, who spoke on condition of anonymity, said the alarm failed. One of the employees said the police came late.');
	const s = source(result, 'Three bank employees');
	t.is(s.statementIds.length, 3);
	t.true(s.anonymous);
	t.is(s.kind, 'unnamed');
});

test('anonymity phrases', t => {
	for (const text of [
		'A person familiar with the talks said a deal was close.',
		'An official, who asked not to be named, said the order was signed.',
		'Two aides, speaking on condition of anonymity, said the trip was cancelled.',
	]) {
		const result = analyze(t, text);
		t.is(result.sources.length, 1, text);
		t.true(result.sources[0]!.anonymous, text);
	}

	const named = analyze(t, 'Ruth Adler said the order was signed.');
	t.false(named.sources[0]!.anonymous);
});

test('organisations, governments, outlets and documents', t => {
	const result = analyze(t, [
		'The Ministry of Health said the vaccine supply was stable.',
		'Portugal says the border will stay open.',
		'The Harbor Gazette reported that the strike had ended.',
		'A council statement said the park would close at dusk.',
		'A study published in March found that bees avoid the new pesticide, according to the journal Apis.',
	].join('\n\n'));
	t.is(source(result, 'Ministry of Health').kind, 'organization');
	t.is(source(result, 'Portugal').kind, 'organization');
	t.is(source(result, 'Harbor Gazette').kind, 'publication');
	t.is(source(result, 'A council statement').kind, 'document');
});

test('one source per speaker, statements listed in order', t => {
	const result = analyze(t, '“We will win,” said Nia Olsen.\n\nOlsen said the polls were wrong.\n\nShe added that turnout would be high.');
	t.is(result.sources.length, 1);
	t.deepEqual(result.sources[0]!.statementIds, ['s1', 's2', 's3']);
	t.deepEqual(result.statements.map(s => s.sourceId), ['src1', 'src1', 'src1']);
});

test('a study published … is a document source; a newspaper named by its title is a publication', t => {
	const result = analyze(t, 'A study published in March by the state university says that bees avoid the new pesticide.\n\nThe Wall Street Journal reported that the merger was off.');
	const study = source(result, 'A study published in March by the state university');
	t.is(study.kind, 'document');
	t.is(source(result, 'Wall Street Journal').kind, 'publication');
});

test('a relative pronoun speaker belongs to the name before it', t => {
	const result = analyze(t, 'Ruiz, who said she rides the bus daily, said the new route was slower.');
	t.is(result.sources.length, 1);
	// (The `she` between Ruiz and the outer `said` is Ruiz again.)
	t.deepEqual(result.sources[0]!.mentions.map(m => m.text), ['Ruiz', 'who', 'she']);
	t.is(result.sources[0]!.statementIds.length, 2);
});

test('a pronoun with a contracted auxiliary (He’s said, she’s predicting) is the speaker and resolves like the pronoun', t => {
	const text = '“The pier is open,” said Mayor Ana Ruiz. She’s predicting the ferry will return in May. He’s said the same.';
	const result = analyze(t, text);
	t.deepEqual(result.statements.map(s => `${s.speaker?.text ?? '-'} | ${s.cue?.text ?? '-'} | ${s.content.map(c => c.text).join(' | ')}`),
		['Mayor Ana Ruiz | said | “The pier is open,”', 'She’s | predicting | the ferry will return in May', 'He’s | said | the same']);
	const ruiz = result.sources.find(s => s.name === 'Ana Ruiz');
	t.truthy(ruiz);
	t.true(ruiz!.mentions.some(m => m.text === 'She’s'));
});

test('a description with a name in apposition is that person, with the description as role', t => {
	const result = analyze(t, 'The ferry company’s chief engineer, Ruth Mallory, said the hull was sound.\n\nMallory added that repairs would take a week. She said the ferry would sail by Friday.');
	const s = source(result, 'Ruth Mallory');
	t.is(s.kind, 'person');
	t.is(s.role, 'ferry company’s chief engineer');
	t.is(s.statementIds.length, 3);
	t.deepEqual(s.mentions.map(m => m.text), ['The ferry company’s chief engineer', 'Ruth Mallory', 'Mallory', 'She']);
	t.is(result.sources.length, 1);
});

test('quantifiers and bare plural nouns that open a sentence are unnamed groups, not people', t => {
	const result = analyze(t, 'Residents gathered at the hall on Monday. Several said the water tasted of iron. Many asked why the pipes had not been replaced. Firefighters said the blaze was out. The crews worked through the night, and The town is quiet now.');
	for (const name of ['Several', 'Many', 'Firefighters']) {
		const s = source(result, name);
		t.is(s.kind, 'unnamed', name);
		t.is(s.mentions.length, 1, name);
	}
});

test('a spokesperson for an organisation is an unnamed description; an organisation named after its kind is that name', t => {
	const result = analyze(t, 'A spokeswoman for Brightwell said the plant was closed. The charity Friends of the Marsh said the birds had returned. The Marsh was flooded again.');
	const spokeswoman = source(result, 'A spokeswoman for Brightwell');
	t.is(spokeswoman.kind, 'unnamed');
	const charity = source(result, 'Friends of the Marsh');
	t.is(charity.kind, 'organization');
	t.is(charity.mentions.length, 1);
});

test('a definite description of an organisation by its kind refers back to it', t => {
	const result = analyze(t, 'The Harbour Pilots’ Association said the channel was too shallow. The association urged the port to dredge it this year.');
	t.is(result.sources.length, 1);
	t.is(result.sources[0]!.kind, 'organization');
	t.is(result.sources[0]!.statementIds.length, 2);
});

test('a newspaper named the Courier is a publication', t => {
	const result = analyze(t, 'The mayor resigned on Friday, the Courier reported.');
	t.is(source(result, 'Courier').kind, 'publication');
});

test('he and she go to the latest person not already called the other', t => {
	const result = analyze(t, 'Ana Dorn said the bridge was closed. She added that it would reopen in June.\n\nBen Holt said the detour was long. He said drivers were angry.\n\nShe said the repairs were on budget.\n\nMs. Ivy Lund said the tolls would stay. Mr. Omar Reyes said they would not. She said the vote was on Monday.');
	t.is(source(result, 'Ana Dorn').statementIds.length, 3);
	t.is(source(result, 'Ben Holt').statementIds.length, 2);
	t.is(source(result, 'Ivy Lund').statementIds.length, 2);
});

test('a name just before a relative `who` speaker is its source, and both are its mentions', t => {
	const result = analyze(t, 'The prize went to Mara Jensen, who argued that the harbor needed a new breakwater.');
	t.deepEqual(summary(result), ['who | argued | that the harbor needed a new breakwater']);
	t.is(result.sources.length, 1);
	t.is(result.sources[0]!.name, 'Mara Jensen');
	t.deepEqual(result.sources[0]!.mentions.map(m => m.text), ['Mara Jensen', 'who']);
});

test('the relative `who` of a speaker’s inserted clause is a mention of the speaker', t => {
	const result = analyze(t, 'Mara Jensen, who grew up on the island, said the ferry was late again.');
	t.deepEqual(result.sources[0]!.mentions.map(m => m.text), ['Mara Jensen', 'who']);
});

test('a `he`/`she` between a person’s name and the cue is that person again, unless another person is named between', t => {
	const one = analyze(t, 'Mayor Ann Lee likes to surprise people, as she did last year by announcing a new park.');
	t.deepEqual(summary(one), ['Mayor Ann Lee | announcing | a new park']);
	t.deepEqual(one.sources[0]!.mentions.map(m => m.text), ['Mayor Ann Lee', 'she']);
	// The `he` after Tom Ruiz is his, not the mayor's.
	const two = analyze(t, 'Tom Ruiz said the pier was safe.\n\nMayor Ann Lee spoke after Tom Ruiz held a meeting in which he '
		+ 'continued his attack on the plan, calling it “a waste.”');
	t.deepEqual(two.sources.map(s => s.mentions.map(m => m.text)), [['Tom Ruiz', 'Ruiz'], ['Mayor Ann Lee']]);
	const three = analyze(t, 'Mayor Ann Lee spoke after Mr. Ruiz held a meeting in which he continued his attack on the plan, calling it “a waste.”');
	t.deepEqual(three.sources.map(s => s.mentions.map(m => m.text)), [['Mayor Ann Lee']]);
});

test('a relative `which`/`that` right before the cue is the speaker; a name just before `which` is its source', t => {
	const text = 'The mayor spoke after a long campaign by the Harbor Gazette, which argued that the schedule was a public matter.\n\n'
		+ 'Volunteers handed out leaflets that said the pier would close in May.\n\nThe plan, which is called the Harbor Compact, passed.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['which | argued | that the schedule was a public matter', 'that | said | the pier would close in May']);
	t.deepEqual(result.sources[0]!.mentions.map(m => m.text), ['Harbor Gazette', 'which']);
});

test('`Cory Lee, 22, of Salem, Ore., said`: the hometown set off by commas is part of the appositive, not the speaker', t => {
	const text = 'Cory Lindqvist, 22, of Millbrook, Ore., said the ferry should run all night.';
	t.deepEqual(summary(analyze(t, text)), ['Cory Lindqvist | said | the ferry should run all night']);
});

test('two people speaking together are a group; a later mention of one of them is that person alone', t => {
	const result = analyze(t, 'Brekke and Wendel said the quota was fair.\n\nWendel added that the boats would wait.');
	t.is(source(result, 'Brekke and Wendel').kind, 'unnamed');
	t.deepEqual(source(result, 'Wendel').statementIds, ['s2']);
});

test('a pronoun speaker later in the sentence stands for the sentence subject: `X’s allies bristle at …, they insist`', t => {
	const text = 'Lindqvist’s allies bristle at the charge that the ferry plan failed — it was underfunded, they insist.';
	const result = analyze(t, text);
	t.is(result.statements[0]!.speaker?.text, 'they');
	t.deepEqual(result.sources[0]!.mentions.map(m => m.text), ['Lindqvist’s allies', 'they']);
});

test('an opening Early …, phrase is no speaker: the participle’s speaker is the subject after it', t => {
	t.deepEqual(summary(analyzeAttribution('Early in her term, Ortiz attacked the council, calling it “a waste of time.”')),
		['Ortiz | calling | it “a waste of time.”']);
});

test('a pronoun speaker that repeats the sentence subject’s pronoun keeps the subject as a mention (she … what she said)', t => {
	const text = 'Mayor Ortiz said the vote was close. But she focused on what she said were the failures of the council.';
	const result = analyze(t, text);
	const first = text.indexOf('she');
	t.deepEqual(source(result, 'Ortiz').mentions.map(m => m.start).sort((a, b) => a - b), [0, first, text.indexOf('she', first + 1)]);
});

test('a cue in a subjectless opening clause (Having announced …, / One week after announcing …,) is said by the main subject', t => {
	t.deepEqual(summary(analyzeAttribution('Having announced that she would not run, Senator Ortiz left the stage.')),
		['Senator Ortiz | announced | that she would not run']);
	t.deepEqual(summary(analyzeAttribution('One week after announcing his support for the levy, Lee still believes it is too small.')),
		['Lee | announcing | his support for the levy']);
});

test('a place in title case before a news agency in parentheses is a dateline, not the speaker', t => {
	const result = analyze(t, 'Salem (AFP) – Mayor Ann Lee has taken aim at the harbor board, saying that its plan would ruin the pier.');
	t.deepEqual(summary(result), ['Mayor Ann Lee | saying | that its plan would ruin the pier']);
});

test('two statements of one speaker span list the mention once', t => {
	const result = analyze(t, 'Harbour master Ann Lee said the pier was safe and added that the ferry would run on time.');
	t.is(result.statements.length, 2);
	t.deepEqual(source(result, 'Ann Lee').mentions.map(m => m.text), ['Harbour master Ann Lee']);
});

test('`X in a statement said`: the medium is no part of the speaker or the source name', t => {
	const result = analyze(t, 'Ann Lee in a statement said the pier was safe. The harbor council in its letter wrote that the pier was old.');
	t.deepEqual(summary(result), ['Ann Lee | said | the pier was safe', 'The harbor council | wrote | that the pier was old']);
	t.is(source(result, 'Ann Lee').mentions[0]!.text, 'Ann Lee');
});

test('a description’s head is the noun before its modifier (`an official in the ministry` is no `ministry`; `forecasters at …` are a `they`)', t => {
	const result = analyze(t, 'Police said the road would reopen on Monday.\n\nAn official in the transport ministry said repairs were under way. '
		+ 'The official said no date had been set. The ministry said it would publish a timetable.\n\n'
		+ 'Forecasters at the weather service said more rain was likely. They said the river could rise again.');
	const sourceOf = (speaker: string) => result.sources.find(s => s.id === result.statements.find(st => st.speaker?.text === speaker)?.sourceId)?.name;
	t.is(sourceOf('The official'), 'An official in the transport ministry');
	t.is(sourceOf('The ministry'), 'The ministry');
	t.is(sourceOf('They'), 'Forecasters at the weather service');
});

test('`it` after a sentence whose subject is an organisation is that organisation, not the latest document', t => {
	const result = analyze(t, 'The harbour board said the pier would close in May.\n\nA survey published last year said the pier was unsafe.\n\n'
		+ 'For now, the board is asking boat owners to moor elsewhere and to report damage, which it has promised to repair within a week.');
	const it = result.statements.find(st => st.speaker?.text === 'it');
	t.truthy(it, JSON.stringify(result.statements.map(st => st.speaker?.text)));
	t.is(result.sources.find(s => s.id === it!.sourceId)?.name, 'The harbour board');
});

test('`it` can be an unnamed organisation (`The health department said …. It declined …`)', t => {
	const result = analyze(t, 'The Valley Gazette reported that the clinic would close.\n\n'
		+ 'The health department said it was reviewing the plan. It declined to comment on the report.');
	const declined = result.statements.find(st => st.cue?.text === 'declined');
	t.is(result.sources.find(s => s.id === declined?.sourceId)?.name, 'The health department');
});

test('a relative `that` speaker after a described thing in lower case has that thing as its source', t => {
	const result = analyze(t, 'The council kept the bus route, rejecting a planning office review that had called the route “a relic of another age.”');
	const st = result.statements.find(s => s.speaker?.text === 'that');
	t.truthy(st, JSON.stringify(summary(result)));
	t.is(result.sources.find(s => s.id === st!.sourceId)?.name, 'a planning office review');
	// A link's reference number (as the Markdown and HTML readers write it) may follow the words.
	const linked = analyze(t, 'The council kept the bus route, rejecting a planning office review[2] that had called the route “a relic of another age.”');
	t.is(linked.sources.find(s => s.id === linked.statements.find(x => x.speaker?.text === 'that')?.sourceId)?.name, 'a planning office review');
});

test('a definite description with other modifiers is another source (`the board’s annual report` is not `a safety report`)', t => {
	const result = analyze(t, 'A safety report commissioned by the board said the pier was unsafe.\n\n'
		+ 'The report said repairs would take a year. The board’s annual report said the budget was short.');
	const sourceOf = (speaker: string) => result.sources.find(s => s.id === result.statements.find(st => st.speaker?.text === speaker)?.sourceId)?.name;
	t.is(sourceOf('The report'), 'A safety report commissioned by the board');
	t.is(sourceOf('The board’s annual report'), 'The board’s annual report');
});

test('`went so far as to say`: the subject before a measure of degree and the infinitive speaks', t => {
	const result = analyzeAttribution('Critics piled on. The columnist Ann Lee went so far as to say: “The harbor as we know it is over.”');
	t.deepEqual(summary(result).map(s => s.split(' | ')[0]), ['The columnist Ann Lee']);
});

test('`…, according to sources who have seen the messages.`: a closing `according to` whose source has a relative clause is the outer attribution', t => {
	const result = analyzeAttribution('Headline\nThe mayor’s aide Bo Kim wrote several messages recently labeled "top secret" by the harbor board, according to two sources who have seen the messages.');
	t.deepEqual(summary(result), ['two sources | according to | The mayor’s aide Bo Kim wrote several messages recently labeled "top secret" by the harbor board']);
});

test('a surname with particles joins its later references (`Rosa de Souza` … `de Souza`, `von der Heide` … `Von der Heide`)', t => {
	const text = 'Mayor Rosa de Souza said the pier would open. Later, de Souza said the city would sue. “It is late,” said Ursula von der Heide. Von der Heide added that the vote was late.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(result.sources.map(s => [s.name, s.mentions.map(m => m.text)]), [
		['Rosa de Souza', ['Mayor Rosa de Souza', 'de Souza']],
		['Ursula von der Heide', ['Ursula von der Heide', 'Von der Heide']],
	]);
});

test('`the senator` after `Sen. Ann Lee`: a title alone stands for the latest person who holds it; `the president of X` does not', t => {
	const text = 'Sen. Ann Lee said Tuesday that the harbor vote would be delayed.\n\n“We need more time,” the senator said.\n\n'
		+ 'The president of the Harbor Trust said the delay was costly.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(result.sources.map(s => [s.name, s.mentions.map(m => m.text)]), [
		['Ann Lee', ['Sen. Ann Lee', 'the senator']],
		['The president of the Harbor Trust', ['The president of the Harbor Trust']],
	]);
});

test('`Council member Ira Wolde`: `member` ends a role before a name; `a member of the council` names no one', t => {
	const result = analyze(t, 'Council member Ira Wolde said the vote was “long overdue.” A member of the harbor board said it was rushed.');
	t.deepEqual(result.sources.map(s => [s.name, s.role, s.kind]), [
		['Ira Wolde', 'Council member', 'person'],
		['A member of the harbor board', null, 'unnamed'],
	]);
});

test('a capitalised name ending in a company word of transport or industry is an organisation (`Northern Lines`, `Delta Air Lines`)', t => {
	const result = analyze(t, 'Northern Lines said in a statement that it had offered a 4.5 percent raise. Delta Air Lines said it would add flights.');
	t.deepEqual(result.sources.map(s => [s.name, s.kind]), [['Northern Lines', 'organization'], ['Delta Air Lines', 'organization']]);
});

test('a document described by an irregular participle and its agent (`a report seen by the Courier`) is the source, not the agent', t => {
	const result = analyze(t, 'A preliminary incident report seen by the Courier said an alarm had failed. A letter written by the mayor said the pier would close.');
	t.deepEqual(result.sources.map(s => [s.name, s.kind]), [
		['A preliminary incident report seen by the Courier', 'document'],
		['A letter written by the mayor', 'document'],
	]);
});

test('a description set off after an inverted speaker is the role; a definite description used before the name joins that person', t => {
	const text = 'The fire destroyed the cold store, the station’s director said on Thursday.\n\n'
		+ '“Most of it is gone,” said Dr. Elin Carver, the station’s director. “We will rebuild,” said Tom Kunin, who runs the pier.';
	const result = analyze(t, text);
	t.deepEqual(result.sources.map(s => [s.name, s.role, s.statementIds, s.mentions.map(m => m.text)]), [
		['Elin Carver', 'station’s director', ['s1', 's2'], ['the station’s director', 'Dr. Elin Carver']],
		['Tom Kunin', null, ['s3'], ['Tom Kunin']],
	]);
	// A relative clause after the description is no part of the role, before the verb or after it.
	t.deepEqual(analyze(t, '“It is gone,” said Lucia Ferrante, a schoolteacher who has lived in the valley all her life.').sources.map(s => s.role),
		['schoolteacher']);
	t.deepEqual(analyze(t, 'Lucia Ferrante, a schoolteacher who has lived in the valley all her life, said it is gone.').sources.map(s => s.role),
		['schoolteacher']);
	t.deepEqual(analyze(t, 'Lucia Ferrante, 49, a schoolteacher in Salem, said it is gone.').sources.map(s => s.role), ['schoolteacher in Salem']);
	// `The company` is no `spokeswoman for the company`.
	const company = analyze(t, 'The company said sales fell. “We are cutting costs,” said Ann Lee, a spokeswoman for the company. The company said it would hire.');
	t.deepEqual(company.sources.map(s => s.name), ['The company', 'Ann Lee']);
});
