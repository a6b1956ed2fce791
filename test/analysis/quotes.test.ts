import test from 'ava';
import {analyzeAttribution, analyzeOrThrow} from '../../src/analysis/index.js';
import {findQuotes} from '../../src/analysis/quotes.js';
import {assertInvariants, summary} from './invariants.js';

function quoted(text: string): string[] {
	return findQuotes(text, 0, text.length).map(q => text.slice(q.start, q.end));
}

function run(t: import('ava').ExecutionContext, text: string) {
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	return result;
}

test('curly and straight double quotes; marks stay inside the span', t => {
	t.deepEqual(quoted('He said “we will build it” and left.'), ['“we will build it”']);
	t.deepEqual(quoted('She said "the bridge opens in May" on Monday.'), ['"the bridge opens in May"']);
});

test('single quotes inside double quotes do not end the quotation', t => {
	t.deepEqual(quoted('“They told me ‘wait until spring,’ and I waited,” Ana said.'),
		['“They told me ‘wait until spring,’ and I waited,”']);
});

test('curly double quotes inside a straight-quoted quotation quote within it and do not end it', t => {
	const text = 'Harbor Master Ann Ruiz said: "The council is not about “public service” anymore. It is about the mayor’s pet projects."';
	t.deepEqual(quoted(text), ['"The council is not about “public service” anymore. It is about the mayor’s pet projects."']);
	t.deepEqual(summary(run(t, text)),
		['Harbor Master Ann Ruiz | said: | "The council is not about “public service” anymore. It is about the mayor’s pet projects."']);
});

test('curly double quotes inside a curly-quoted quotation quote within it when both of the next marks close', t => {
	const text = '“If you care about the pier, you must show it even when “your team” is at fault,” Mayor Ann Kim wrote.';
	t.deepEqual(quoted(text), ['“If you care about the pier, you must show it even when “your team” is at fault,”']);
	t.deepEqual(summary(run(t, text)), ['Mayor Ann Kim | wrote | “If you care about the pier, you must show it even when “your team” is at fault,”']);
});

test('a curly quotation after a comma or colon inside a straight-quoted excerpt is someone’s words of their own, not nested', t => {
	const text = '"Mayor Kim tried to laugh it off by interjecting, “Only the ferry.” But the council was relentless.';
	t.deepEqual(quoted(text), ['"Mayor Kim tried to laugh it off by interjecting,', '“Only the ferry.”']);
});

test('a double-quoted sentence closed by mistake with a single mark ends there (`“Let’s go.’ Kim was …`)', t => {
	const text = 'Kim tweeted: “Let’s go. We can fix the bridge.’ Kim was at the hall for the vote. She later praised the film “Flood.”';
	t.deepEqual(quoted(text), ['“Let’s go. We can fix the bridge.’', '“Flood.”']);
	// Not when a single quotation opened inside it: `“He told me ‘go home.’ Then we left.”`.
	t.deepEqual(quoted('“He told me ‘go home.’ Then we left.”'), ['“He told me ‘go home.’ Then we left.”']);
});

test('a closing mark glued to the next opening mark ends the sentence (`…bridge.”“Your facts …,” Ruiz wrote.`)', t => {
	const text = 'Ana Ruiz answered the mayor with a study showing “ferries are safer than the bridge.”“Your facts are wrong,” Ruiz wrote. “Please check this.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Ana Ruiz | answered | the mayor with a study showing “ferries are safer than the bridge.”',
		'Ruiz | wrote | “Your facts are wrong,” | “Please check this.”']);
});

test('a curly closing mark glued to the next sentence ends it (`…I love the pier!”Former mayor Kim put it …`)', t => {
	const text = '“Happy harbor day!,” he tweeted. “The best chowder is made on the pier. I love it!”Former mayor Ana Kim put it bluntly: “That was a stunt.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['he | tweeted | “Happy harbor day!,” | “The best chowder is made on the pier. I love it!”',
		'Former mayor Ana Kim | put it bluntly: | “That was a stunt.”']);
});

test('an apostrophe is not a quote mark', t => {
	const text = 'The mayor’s office said the city’s budget wasn’t ready.';
	t.deepEqual(quoted(text), []);
	const result = run(t, text);
	t.deepEqual(summary(result), ['The mayor’s office | said | the city’s budget wasn’t ready']);
});

test('British-style single quotes when the article uses them', t => {
	const text = '‘We will not close the harbour,’ the port manager said.\n\nThe harbour’s boats stayed in.';
	const result = run(t, text);
	t.deepEqual(summary(result), ['the port manager | said | ‘We will not close the harbour,’']);
	t.is(result.statements[0]!.kind, 'direct');
});

test('a British-style article reads as a double-quoted one: inverted speakers, scare quotes, participles, apostrophes', t => {
	const single = [
		'‘Let the council decide,’ said Deputy Mayor Ann Lee, urging critics to wait.',
		'‘Not us, but we can’t argue with it!’ Kim, the head of the port union, tweeted on Friday.',
		'Officials called the levy ‘fantastic,’ telling reporters it was ‘a great thing.’',
		'Councillor Rees has pushed his promise of ‘free berths’ at the harbour’s edge for years.',
	].join('\n\n');
	const double = single.replaceAll(/‘|(?<=[,.!])’|’(?= at)/g, m => (m === '‘' ? '“' : '”'));
	t.not(single, double);
	const result = run(t, single);
	t.deepEqual(summary(result).map(s => s.replaceAll(/[‘’]/g, '|')), summary(run(t, double)).map(s => s.replaceAll(/[“”’]/g, '|')));
	t.deepEqual(summary(result), [
		'Deputy Mayor Ann Lee | said | ‘Let the council decide,’',
		'Deputy Mayor Ann Lee | urging | critics to wait',
		'Kim | tweeted | ‘Not us, but we can’t argue with it!’',
		'Officials | called | the levy ‘fantastic,’',
		'Officials | telling | it was ‘a great thing.’',
		'Councillor Rees | pushed | his promise of ‘free berths’ at the harbour’s edge for years',
	]);
});

test('NYT-style two-apostrophe quotes', t => {
	const text = '\'\'The plan is late,\'\' Mr. Okafor said.';
	const result = run(t, text);
	t.deepEqual(summary(result), ['Mr. Okafor | said | \'\'The plan is late,\'\'']);
});

test('split quote: one statement with two content spans', t => {
	const text = '“The river rose fast,” she said, “and the levee held.”';
	const result = run(t, text);
	t.is(result.statements.length, 1);
	t.deepEqual(result.statements[0]!.content.map(c => c.text), ['“The river rose fast,”', '“and the levee held.”']);
	t.is(result.statements[0]!.speaker?.text, 'she');
});

test('split quote around an inverted speaker with a long appositive stays one statement', t => {
	t.deepEqual(summary(analyzeAttribution('"This used to be the ferry\'s back yard," said Ann Ruiz, director of harbor studies at the Port Institute in Salem, "but it is coming into the council\'s hands."')),
		['Ann Ruiz | said | "This used to be the ferry\'s back yard," | "but it is coming into the council\'s hands."']);
});

test('split quote across sentences stays one statement', t => {
	const text = 'Mayor Lina Ortiz spoke first. “We cleared the roads,” Ortiz said. “Schools open tomorrow.”';
	const result = run(t, text);
	t.deepEqual(summary(result), ['Ortiz | said | “We cleared the roads,” | “Schools open tomorrow.”']);
});

test('two quotations in one sentence, each with its own speaker, are two statements (not the second speaker quoting the first)', t => {
	const intro = 'Ann Lee, a nurse, and Tom Kunin spoke at the hearing. ';
	t.deepEqual(summary(run(t, `${intro}“The ward is full,” she said, but “the new wing opens soon,” said Kunin.`)),
		['she | said | “The ward is full,”', 'Kunin | said | “the new wing opens soon,”']);
	t.deepEqual(summary(run(t, `${intro}“The ward is full,” Lee said, and “nothing will change that,” Kunin added.`)),
		['Lee | said | “The ward is full,”', 'Kunin | added | “nothing will change that,”']);
	// One speaker's split quotation stays one statement.
	t.deepEqual(summary(run(t, `${intro}“The ward is full,” Lee said, “and nothing will change that.”`)),
		['Lee | said | “The ward is full,” | “and nothing will change that.”']);
});

test('a quotation continued across paragraphs is one statement', t => {
	const text = '“The first phase is finished,” the engineer said. “The second phase starts in June.\n\n“After that we test the pumps.”';
	const result = run(t, text);
	t.is(result.statements.length, 1);
	t.is(result.statements[0]!.content.length, 3);
	t.is(result.statements[0]!.content[2]!.text, '“After that we test the pumps.”');
});

test('a web page’s own lines (`Advertisement`) copied with the text do not break a continued quotation or a colon’s block', t => {
	const text = '“The first phase is finished,” the engineer said. “The second phase starts in June.\n\nAdvertisement\n\n“After that we test the pumps.”';
	t.deepEqual(summary(run(t, text)),
		['the engineer | said | “The first phase is finished,” | “The second phase starts in June. | “After that we test the pumps.”']);
	t.deepEqual(summary(run(t, 'The harbor master wrote:\n\nContinue reading the main story\n\nThe pier will close in May for repairs.')),
		['The harbor master | wrote: | The pier will close in May for repairs']);
	// A paragraph that only mentions an advertisement is the article's.
	t.deepEqual(summary(run(t, 'The harbor master wrote:\n\nAdvertisement for the pier, paid by the council.')),
		['The harbor master | wrote: | Advertisement for the pier, paid by the council']);
});

test('text wrapped by hand at a fixed width gives the statements and sources of the same text unwrapped', t => {
	const paragraphs = [
		'SALEM -- Repairs to the old pier will start in May and take most of the summer, said Harbor Master Ann Lee, who has asked for the money since 2019.',
		'"We have the crews and we have the timber," she told reporters on the pier on Monday. "What we did not have was the money, and now we do."',
		'Council member Ira Wolde said the vote was "long overdue" and that the pier had been "a danger to everyone who uses it" for years.',
	];
	const wrap = (p: string) => p.replaceAll(/(.{1,72})(?: |$)/g, '$1\n').trimEnd();
	const plain = paragraphs.join('\n\n');
	const wrapped = paragraphs.map(wrap).join('\n\n');
	t.true(wrapped.split('\n').length > 8);
	const oneLine = (s: string) => s.replaceAll('\n', ' ');
	const read = (text: string) => {
		const result = run(t, text);
		return {statements: summary(result).map(oneLine), sources: result.sources.map(s => `${s.name} | ${s.role ?? ''}`)};
	};

	t.deepEqual(read(wrapped), read(plain));
	t.is(read(plain).statements.length, 3);
});

test('a paragraph whose last sentence has a person speak on an occasion (`… in a speech to a rally`) gives that person the quoted paragraph after it', t => {
	const text = 'Both sides said talks would resume on Thursday.\n\nThe union’s general secretary, Agnes Mbeki, set out her case in a speech to a rally on Monday.\n\n'
		+ '“Our drivers have not had a pay rise in four years.”';
	t.deepEqual(summary(run(t, text)).slice(1), ['The union’s general secretary, Agnes Mbeki | set | “Our drivers have not had a pay rise in four years.”']);
	// Without an occasion of speaking, the latest speaker goes on.
	const plain = 'Both sides said talks would resume on Thursday.\n\nThe union’s general secretary, Agnes Mbeki, lives in Brennford.\n\n'
		+ '“Our drivers have not had a pay rise in four years.”';
	t.deepEqual(summary(run(t, plain)).slice(1), ['- | said | “Our drivers have not had a pay rise in four years.”']);
});

test('an unattributed quoted paragraph after a quote belongs to the same speaker', t => {
	const text = '“We are ready,” said coach Ben Ali.\n\n“Nobody on this team is afraid of the final.”';
	const result = run(t, text);
	t.is(result.statements.length, 2);
	t.is(result.statements[1]!.kind, 'direct');
	t.is(result.statements[1]!.sourceId, result.statements[0]!.sourceId);
	t.not(result.statements[1]!.sourceId, null);
});

test('mixed quote: indirect speech with quoted words', t => {
	const text = 'The minister said he “had no idea” how the files were lost.';
	const result = run(t, text);
	t.is(result.statements.length, 1);
	t.is(result.statements[0]!.kind, 'mixed');
	t.is(result.statements[0]!.content[0]!.text, 'he “had no idea” how the files were lost');
});

test('colon-introduced quote', t => {
	const text = 'The farmer put it bluntly: “Without rain we lose the harvest.”';
	const result = run(t, text);
	t.deepEqual(summary(result), ['The farmer | put it bluntly: | “Without rain we lose the harvest.”']);
});

test('nested and unbalanced marks never break offsets', t => {
	for (const text of ['“a “b” c', '”backwards“ quote', '"""', '‘’‘’', '\'\'\'\' said he', '“unclosed\n\n“still open']) {
		run(t, text);
	}
});

test('a quoted question or exclamation followed by its attribution stays one sentence', t => {
	const result = run(t, '“Why would we wait?” Lee asked. “Build it now!” the crowd shouted.');
	t.deepEqual(summary(result), ['Lee | asked | “Why would we wait?”', 'the crowd | shouted | “Build it now!”']);
});

test('a quoted question after an earlier speaker keeps its own speaker when the cue is `repeated` or `echoed`', t => {
	const result = run(t, '“We are done,” Ann Lee said. “Are we?” Bob Kim repeated. “Done?” Ivo Marsh echoed.');
	t.deepEqual(summary(result), ['Ann Lee | said | “We are done,”', 'Bob Kim | repeated | “Are we?”', 'Ivo Marsh | echoed | “Done?”']);
});

test('a short adjunct or addressee, a comma, then the quotation: the quotation is the content', t => {
	const text = 'Mara Lindqvist said in a radio interview last week, “We will not sell the ferry.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(result.statements.map(s => s.content.map(c => c.text).join(' … ')), ['“We will not sell the ferry.”']);
	t.is(result.statements[0]!.speaker?.text, 'Mara Lindqvist');
	t.is(result.statements[0]!.cue?.text, 'said');
});

test('after `told`, the phrase is the addressee when a speaker precedes it', t => {
	const text = '“The bridge is safe,” Ivo Marek, the county engineer, told AFP.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.is(result.statements[0]!.speaker?.text, 'Ivo Marek');
});

test('a quotation closed with a comma ends the content; the writer’s aside after it is not speech', t => {
	const text = 'Marek called the audit “a useful start,” a mild remark from a man known for harsh words.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(result.statements.map(s => s.content.map(c => c.text).join(' … ')), ['the audit “a useful start,”']);
});

test('a paragraph ending in `He said:` gives its speaker and cue to the quotation in the next paragraph', t => {
	const text = 'The senator ended the rally on a warm note. He said:\n“We will win this state in November.”\n\nThe crowd left.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['He | said: | “We will win this state in November.”']);
	const text2 = 'The party released a transcript. Transcript as follows:\n“We will win this state.”';
	t.deepEqual(summary(analyzeAttribution(text2)), ['Transcript | as follows: | “We will win this state.”']);
});

test('a paragraph ending in `Lee wrote:` makes the next paragraph, without quotation marks, what she wrote (and the list items after it)', t => {
	const text = 'In a note posted with the video, Mayor Ann Kim wrote:\n\nThe Harbor Council has failed this town. We will rebuild the pier ourselves.\n\nThe council did not respond.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Mayor Ann Kim | wrote: | The Harbor Council has failed this town. We will rebuild the pier ourselves']);
	const text2 = 'Councilor Dan Ortiz argued that:\n\n• The ferry costs far too much to run.\n\n• The pier has been unsafe for years.\n\nThe mayor disagreed.';
	const result2 = analyzeAttribution(text2);
	assertInvariants(t, text2, result2);
	t.deepEqual(summary(result2), ['Councilor Dan Ortiz | argued that: | The ferry costs far too much to run | The pier has been unsafe for years']);
});

test('a quotation after the writer’s colon is the content of the cue that follows it', t => {
	const text = 'Gray listed the family code of conduct: “Civility and good manners were assumed,” he said.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['he | said | “Civility and good manners were assumed,”']);
});

test('a name ending like an adverb or a participle (Skelly, Manning) is a speaker after an inverted cue', t => {
	const text = '“We lost the vote,” said Kim Manning. “The file was valuable,” said Skelly, explaining he worked with the party.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result).slice(0, 2), ['Kim Manning | said | “We lost the vote,”', 'Skelly | said | “The file was valuable,”']);
});

test('a weak cue right after the opening quotation takes the speaker after it (“…?” asked Sen. Ann Lee)', t => {
	const text = '“Why would we do that?” asked Sen. Maria Costa of Maine, who is open to reforms.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Sen. Maria Costa of Maine | asked | “Why would we do that?”']);
});

test("NYT marks: `'''` closes a nested single quote and then the quotation", t => {
	t.deepEqual(quoted("''I would use the word 'old-school,''' said Gregory Slate."), ["''I would use the word 'old-school,'''"]);
	const text = "''It ran on 'Morning Desk,''' said Tomas Vieira, a former aide, recalling the report.";
	t.deepEqual(summary(analyzeAttribution(text)), ["Tomas Vieira | said | ''It ran on 'Morning Desk,'''"]);
});

test('a sentence that is only a speaker and a cue (`Lee agreed.`) gives them to the quotation right after it', t => {
	const text = '“We are out of time,” said Ann Lee.\nDiana Brandt agreed. “Voters are running out of time to find an alternative.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Ann Lee | said | “We are out of time,”',
		'Diana Brandt | agreed | “Voters are running out of time to find an alternative.”']);
});

test('a one- or two-word quotation counts as content only after a naming verb (described the plan as “reckless”)', t => {
	t.deepEqual(analyzeAttribution('In a speech that drew cheers, the plan was described as “reckless.”').statements
		.map(s => `${s.cue?.text ?? '-'} | ${s.content.map(c => c.text).join(' | ')}`), ['described | “reckless.”']);
	t.deepEqual(summary(analyzeAttribution('The crowd waited outside the “media tent” for an hour.')), []);
});

test('a sentence that is only a speaker and a cue after a bare quotation closes it (“…?” Beck questioned.)', t => {
	const text = 'The hall was quiet. “What made him change so fundamentally?” Beck questioned. “He was never like this.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Beck | questioned | “What made him change so fundamentally?” | “He was never like this.”']);
	// No quotation before it: nothing to close, and nothing breaks.
	t.deepEqual(summary(analyzeOrThrow('The hall was quiet. Beck questioned.')), []);
});

test('after a quoted question or exclamation, any finite cue verb keeps the speaker in the sentence (“…?” Lee noted, alluding …)', t => {
	for (const verb of ['noted', 'quipped', 'remarked', 'scoffed']) {
		const text = `“Who else would take the job, right?” Mayor Ann Lee ${verb}, alluding to the vacancy.`;
		const result = analyzeAttribution(text);
		assertInvariants(t, text, result);
		t.deepEqual(summary(result), [`Mayor Ann Lee | ${verb} | “Who else would take the job, right?”`], verb);
	}
});

test('a weak cue followed by adjuncts, a comma and a quotation (announced on her page, in capitals, “…”)', t => {
	t.deepEqual(summary(analyzeAttribution('Recently she announced on her Facebook page, in all capital letters, “I am getting off the ship!”')),
		['she | announced | “I am getting off the ship!”']);
});

test('a quotation closed with a comma ends the content unless a clause carries it on (“futile,” because …)', t => {
	t.deepEqual(summary(analyzeAttribution('Her lawyer wrote that the request was “futile,” because the county already holds the records.')),
		['Her lawyer | wrote | that the request was “futile,” because the county already holds the records']);
	t.deepEqual(summary(analyzeAttribution('Lee called him a “moderate,” a dig at the council.')), ['Lee | called | him a “moderate,”']);
});

test('`such as` after a quotation closed with a comma carries the content on with examples of the quoted noun', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim said that she had made “a lot of changes,” such as fixing the pier and hiring more ferry crews.')),
		['Mayor Ann Kim | said | that she had made “a lot of changes,” such as fixing the pier and hiring more ferry crews']);
});

test('`including` after a quotation closed with a comma carries the content on with what the quoted noun includes', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim said she voted no because “they put some bad stuff in that bill,” including a fee on ferry tickets.')),
		['Mayor Ann Kim | said | she voted no because “they put some bad stuff in that bill,” including a fee on ferry tickets']);
});

test('`where` after a quotation closed with a comma carries the content on: a relative clause of the quoted place', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim said she had seen towns that reminded her of “a ghost harbor,” where the ferries no longer ran.')),
		['Mayor Ann Kim | said | she had seen towns that reminded her of “a ghost harbor,” where the ferries no longer ran']);
});

test('`but also` / `but not` after a quotation closed with a comma carries the content on (“angry,” but also …)', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim says harbor workers are “right to be angry,” but also eager for a new contract.')),
		['Mayor Ann Kim | says | harbor workers are “right to be angry,” but also eager for a new contract']);
});

test('in a `that` clause, `and` + an auxiliary after a quotation closed with a comma is a second predicate of its subject', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim told reporters that ferry counts could be “way off,” and have been wrong before.')),
		['Mayor Ann Kim | told | that ferry counts could be “way off,” and have been wrong before']);
});

test('a quotation after `“A,” Lee said, noting that …` continues the quoted statement, not the participle’s', t => {
	const text = '“You are down to the people you can count,” Ana Ruiz said, noting that the council did not lose a single vote. “If you are not tough, you lose.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Ana Ruiz | said | “You are down to the people you can count,” | “If you are not tough, you lose.”',
		'Ana Ruiz | noting | that the council did not lose a single vote']);
});

test('a quotation after `“A,” Lee said, adding that …` goes on with what she added', t => {
	const text = '“The ferry will run again in June,” Mara Olsen said, adding that the new dock cost more than planned. “We had no other choice.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Mara Olsen | said | “The ferry will run again in June,”',
		'Mara Olsen | adding | that the new dock cost more than planned | “We had no other choice.”']);
	t.is(result.statements[1]!.kind, 'mixed');
});

test('a quotation after `“A,” said X, explaining why …` goes on with what he explained', t => {
	const text = '“We are running a campaign in every county,” said Rob Kim, a spokesman for the mayor, explaining why she will skip the gala. “You will find her at the fair this summer.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Rob Kim | said | “We are running a campaign in every county,”',
		'Rob Kim | explaining | why she will skip the gala | “You will find her at the fair this summer.”']);
});

test('a quotation closed with `,”` right before a chained participle keeps its comma and mark (`…, but said, “A,” promising …`)', t => {
	const text = 'Lee said the members will still meet for lunch, but said, “It’s time we change how we do it,” promising the club will return to its roots.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Lee | said | the members will still meet for lunch', 'Lee | said | “It’s time we change how we do it,”',
		'Lee | promising | the club will return to its roots']);
	t.is(result.statements[1]!.kind, 'direct');
});

test('a quotation set off by dashes before its own speaker and cue (`… - “A,” she said - and …`) is a statement apart', t => {
	const text = 'Ruiz suggested that the levy was unserious - “Again, we need to see the numbers,” she said twice - and charged that it would sink the budget.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Ruiz | suggested | that the levy was unserious', 'she | said | “Again, we need to see the numbers,”',
		'Ruiz | charged | that it would sink the budget']);
	// Not when the speaker goes on with a clause of her own.
	t.deepEqual(summary(analyzeAttribution('As Lee claimed that “the port got off easy,” one former judge said the cases were different.')),
		['Lee | claimed | that “the port got off easy,”', 'one former judge | said | the cases were different']);
});

test('words quoted in the writer’s clause after a quotation with its speaker are skipped by the next quotation', t => {
	const text = '“Is Lee running against the party?” asked Mr. Ortiz, referring to the attack on what he calls the “rigged” process. “The answer is he is not.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Mr. Ortiz | asked | “Is Lee running against the party?” | “The answer is he is not.”', 'he | calls | the “rigged” process']);
});

test('a lone quantifier after an inverted cue is the speaker (“…,” tweeted another.)', t => {
	t.deepEqual(summary(analyzeAttribution('“Better watch out for the county clerk,” tweeted another.')),
		['another | tweeted | “Better watch out for the county clerk,”']);
});

test('`As X put it, “…”` and `X put it bluntly: “…”`: put it is the cue', t => {
	t.deepEqual(summary(analyzeAttribution('As the mayor put it, “The pier is ours again.”')), ['the mayor | put it | “The pier is ours again.”']);
	t.deepEqual(summary(analyzeAttribution('She put it bluntly: “We lost.”')), ['She | put it bluntly: | “We lost.”']);
});

test('`“A,” she said, before adding: “B.”`: a short lead-in, then the rest of the quotation in the same statement', t => {
	t.deepEqual(summary(analyzeAttribution('“It is over,” she said, before adding: “We lost the vote.”')),
		['she | said | “It is over,” | “We lost the vote.”']);
});

test('a bare quotation takes the speaker of a statement up to two paragraphs back', t => {
	// (Longer than the short quotations `prune` drops when they only borrow a source.)
	const text = '“The pier is safe,” said Ana Ruiz.\nThe harbor board met on Monday.\n“We checked every beam twice, and the divers checked the pilings too.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	const ruiz = result.sources.find(s => s.name === 'Ana Ruiz')!;
	t.deepEqual(ruiz.statementIds, ['s1', 's2']);
});

test('quoted words after a verb outside the lexicon take the phrase right before the verb, past a long opening', t => {
	const text = 'Speaking at a diner in Millbrook on Friday, where the owner had set out extra chairs, Ortiz ridiculed the proposal as “a gift to landlords and nobody else.”';
	// (The content is the clause after the verb: see quoted-clause.test.ts.)
	t.deepEqual(summary(run(t, text)), ['Ortiz | ridiculed | the proposal as “a gift to landlords and nobody else.”']);
});

test('a paragraph of a dash and a name signs the quotation in the paragraph before it', t => {
	const text = 'The council voted on the ferry budget.\n\n“Nobody should wait two hours for a boat to the mainland.”\n\n- Marta Lindqvist, harbor commissioner.\n\nThe figure is disputed.';
	const result = run(t, text);
	t.deepEqual(summary(result), ['Marta Lindqvist | - | “Nobody should wait two hours for a boat to the mainland.”']);
	t.is(result.sources[0]!.name, 'Marta Lindqvist');
	// The horizontal bar of epigraphs signs as well.
	t.deepEqual(summary(analyzeAttribution(text.replace('- Marta', '\u2015 Marta')))[0], 'Marta Lindqvist | \u2015 | “Nobody should wait two hours for a boat to the mainland.”');
});

test('a cue-less sentence whose subject is a person introduces the bare quotation after it in the paragraph', t => {
	const text = '“The budget is settled,” the treasurer said.\n\nThe harbor master then turned to the council. “Who pays for the dredging?”';
	const result = run(t, text);
	t.deepEqual(summary(result), ['the treasurer | said | “The budget is settled,”', 'The harbor master | turned | “Who pays for the dredging?”']);
});

test('a comma inside a nested quotation still closes the quoted content before `X said`', t => {
	const text = 'The dispute is about “boat owners telling the board, \'this is our harbor,\'” Ortiz said.';
	t.deepEqual(summary(run(t, text)), ['Ortiz | said | The dispute is about “boat owners telling the board, \'this is our harbor,\'”']);
	const bare = '“Boat owners keep telling the board, ‘this is our harbor,’” Ortiz said.';
	t.deepEqual(summary(run(t, bare)), ['Ortiz | said | “Boat owners keep telling the board, ‘this is our harbor,’”']);
});

test('`Headline words - Name: “…”`: the name between a dash and the colon signs the quotation', t => {
	const text = 'Ferry polls missed the late swing - Ana Ruiz: “Most riders decided in the last week.”';
	t.deepEqual(summary(run(t, text)), ['Ana Ruiz | : | “Most riders decided in the last week.”']);
});

test('a name, lower-case modifiers, a title and a name are one speaker phrase before a colon quotation', t => {
	const text = 'Former Ohio state senator Ann Lee put it this way to the Harbor Gazette: “The ferry is a lifeline.”';
	t.deepEqual(summary(run(t, text)), ['Former Ohio state senator Ann Lee | put it this way to the Harbor Gazette: | “The ferry is a lifeline.”']);
});

test('quoted words in a sentence whose opening names no speaker take the nearest pronoun before a verb', t => {
	const text = 'Nothing changed at the hearing, even if he reserved his most eloquent and heartfelt passion for the island-saving cause of “comprehensive ferry reform.”';
	t.is(summary(run(t, text))[0]!.split(' | ')[0], 'he');
});

test('`X heralded the deal with Y as a “breakthrough”`: a verb, its object and `as` make a short quotation content', t => {
	const text = 'The mayor heralded the harbor agreement with the fishermen as a “breakthrough.”';
	t.deepEqual(summary(run(t, text)), ['The mayor | heralded | the harbor agreement with the fishermen as a “breakthrough.”']);
});

test('`“…,” Harbor Gazette co-editor Ann Lee said`: title words the speaker phrase leaves out do not hide the quotation', t => {
	const text = '“The pier is safe,” Harbor Gazette co-editor Ann Lee said.';
	t.deepEqual(summary(run(t, text)), ['Ann Lee | said | “The pier is safe,”']);
});

test('a capitalised word right after a closing quotation is a name even when it is a common word (`“…,” Will wrote`)', t => {
	const text = '“The pier is safe,” From said. “It will stay open,” Will wrote.';
	t.deepEqual(summary(run(t, text)), ['From | said | “The pier is safe,”', 'Will | wrote | “It will stay open,”']);
});

test('a quotation followed only by a byline and a link is a reading-list excerpt, not a statement', t => {
	const text = 'Reading list.\n\n"Harbour museum hires a new director," by the Gazette\'s Ann Lee: https://example.com/a1.\n\n'
		+ '"The pier will reopen in June," the director said.';
	t.deepEqual(summary(analyzeAttribution(text)), ['the director | said | "The pier will reopen in June,"']);
});

test('a quotation signed `Topic - Name: “…”` belongs to the name even when the topic has a cue-like verb', t => {
	t.deepEqual(summary(analyzeAttribution('Roundup.\n\nPollsters agree - Ann Lee: “The late deciders broke for the mayor.”')),
		['Ann Lee | : | “The late deciders broke for the mayor.”']);
});

test('a relative clause statement that ends in a quotation keeps the quotation’s closing `,”`', t => {
	t.deepEqual(summary(analyzeAttribution('Ortiz, who says that the repairs cost “far too much,” described the bridge as a disgrace.')),
		['who | says | that the repairs cost “far too much,”', 'Ortiz | described | the bridge as a disgrace']);
});

test('a short quotation inside the writer’s sentence that only borrows the previous statement’s source is dropped; a short quoted paragraph is kept', t => {
	const before = 'Mayor Ortiz told the council that the pier would be rebuilt by June.\n\n';
	t.deepEqual(summary(analyzeAttribution(before + 'The crews are what is called “a union shop.”')),
		['Mayor Ortiz | told | that the pier would be rebuilt by June']);
	// A quoted paragraph of its own, however short, is the same speaker going on.
	const result = analyzeAttribution(before + '“Not negotiable.”');
	t.deepEqual(summary(result), ['Mayor Ortiz | told | that the pier would be rebuilt by June', '- | told | “Not negotiable.”']);
	t.deepEqual(result.sources.map(s => s.statementIds), [['s1', 's2']]);
	// A form of `say` right before it introduces words that were said.
	t.deepEqual(summary(analyzeAttribution(before + 'The room went quiet, as if to say, “Not negotiable.”')),
		['Mayor Ortiz | told | that the pier would be rebuilt by June', '- | say | “Not negotiable.”']);
});

test('partly quoted words found without a cue that open with a preposition (by “…”, with a “…” theme) are no statement', t => {
	t.deepEqual(summary(analyzeAttribution('They are doing this, she says, by “clinging to the old ways.”')),
		['she | says | They are doing this']);
	t.deepEqual(summary(analyzeAttribution('In Salem, Ann Lee, a first-time candidate, had been trying to unseat Bob Hart, whose record Lee mocked, with a "clean the harbor" theme like hers.')),
		[]);
});

test('a capitalised exclamation opening the sentence, with a speaker and a verb after it, is said (not a title)', t => {
	t.deepEqual(summary(analyzeAttribution('The band played on.\n\n“Salem!” the crowd roared back.')),
		['the crowd | roared | “Salem!”']);
	// A title that opens a sentence still is none: `“Harbor Lights,” the new play, opened on Friday.`
	t.deepEqual(summary(analyzeAttribution('“Harbor Lights,” the new play, opened on Friday.')), []);
});

test('a city and state after a preposition inside an appositive does not hide the speaker (`“…,” Mr. Dale, now retired in Salem, Ore., said`)', t => {
	t.deepEqual(summary(analyzeAttribution('“I would have been sitting in jail for years,” Mr. Dale, now 81 and retired in Salem, Ore., said by telephone.')),
		['Mr. Dale | said | “I would have been sitting in jail for years,”']);
});

test('a name after a dash that ends the line signs the quotation before it (epigraphs, vox-pop lists)', t => {
	const text = 'We asked readers about the new bridge.\n\n“It took ten years. It was worth every day.” ― Rosa Medina\n'
		+ '“Nobody asked the fishermen.”— Tom Berg, 61, of Port Alder.\n“Too expensive,” -- Dr. Ines Kahn';
	const result = run(t, text);
	t.deepEqual(summary(result).slice(1), ['Rosa Medina | ― | “It took ten years. It was worth every day.”',
		'Tom Berg | — | “Nobody asked the fishermen.”', 'Dr. Ines Kahn | - | “Too expensive,”']);
	t.deepEqual(result.sources.map(s => s.name).slice(1), ['Rosa Medina', 'Tom Berg', 'Ines Kahn']);
	// A dash that goes on into a sentence is the writer's aside, not a signature.
	t.deepEqual(summary(analyzeAttribution('“Bridges are forever” — Rosa Medina repeated the slogan at every stop, said the mayor.')),
		['the mayor | said | “Bridges are forever” — Rosa Medina repeated the slogan at every stop']);
});

test('a quoted sentence that goes on after `“…,” she said,` (`that …`, `would …`, `to …`) is one statement with both parts', t => {
	const result = analyzeAttribution('“It was our bad luck,” he said, that both stores were on the same street.');
	assertInvariants(t, '“It was our bad luck,” he said, that both stores were on the same street.', result);
	t.deepEqual(summary(result), ['he | said | “It was our bad luck,” | that both stores were on the same street']);
	// A short adjunct after the attribution is no part of it.
	t.deepEqual(summary(analyzeAttribution('“We are ready,” she said, to applause.')), ['she | said | “We are ready,”']);
});

test('a title or name given right before its quotation (`titled “…”`, `known as “…”`) is content, with no borrowed source', t => {
	// The thing named goes with its name.
	t.deepEqual(summary(analyzeAttribution('The ferry, known as the “Iron Duke,” sank in 1990.')), ['- | known as | The ferry | “Iron Duke,”']);
	t.deepEqual(summary(analyzeAttribution('Rob Kim, 44, known online as “Skipper,” ran the ferry.')),
		['- | known online as | Rob Kim | “Skipper,”']);
	t.deepEqual(summary(analyzeAttribution('Rob Kim, who goes by “Bobby,” ran the ferry.')), ['- | goes by | Rob Kim | “Bobby,”']);
	// Who gave the title, when a verb comes between; a run of titles is one content.
	t.deepEqual(summary(analyzeAttribution('Ann Lee, the mayor, released two memos titled “Facts on the Bridge” and “Why Now” on Monday.')),
		['Ann Lee | titled | two memos | “Facts on the Bridge” | “Why Now”']);
	const result = analyzeAttribution('Mayor Ann Lee spoke on Monday about the port.\n\nThe ad, titled “Second Chances,” ran that night.');
	t.deepEqual(summary(result).slice(-1), ['- | titled | The ad | “Second Chances,”']);
	t.is(result.statements.at(-1)!.sourceId, null);
});

test('a quotation after a noun of what a crowd calls out (`chants of “…”`) is content of its own, with no borrowed source', t => {
	t.deepEqual(summary(analyzeAttribution('The dock workers greeted her with chants of “Lee! Lee!” until she left.')),
		['The dock workers | chants of | “Lee! Lee!”']);
	const result = analyzeAttribution('Mayor Ann Lee spoke about the port.\n\nShe walked in to chants of “Four more years!” from the crowd.');
	t.deepEqual(summary(result).slice(-1), ['- | chants of | “Four more years!”']);
	t.is(result.statements.at(-1)!.sourceId, null);
});

test('a title-like quotation after a naming verb and `as` is the name someone gives (`refers to the governor as “Chris”`)', t => {
	t.deepEqual(summary(analyzeAttribution('Ms. Okafor refers to the old governor as “Chief.”')),
		['Ms. Okafor | refers | to the old governor as “Chief.”']);
	t.deepEqual(summary(analyzeAttribution('The mayor branded the council as the “Old Guard.”')),
		['The mayor | branded | the council as the “Old Guard.”']);
});

test('a passive naming verb before a title-like quotation gives a name (`was officially named “…”`); an active one needs more', t => {
	t.deepEqual(summary(analyzeAttribution('By July, the show was officially named “The Harbor Hour,” with Lee as host.')),
		['- | named | the show | “The Harbor Hour,”']);
	t.deepEqual(summary(analyzeAttribution('Voters lost what had been called the “Golden Week,” a stretch of early voting.')),
		['- | called | the “Golden Week,”']);
	t.deepEqual(summary(analyzeAttribution('The man named “Bob” in the lawsuit declined to talk.')), []);
});

test('a name given by a naming verb ends the content when a finite verb of the writer’s clause follows it', t => {
	t.deepEqual(summary(analyzeAttribution('The fight over what critics have called a “giveaway” dragged on for months.')),
		['critics | called | a “giveaway”']);
	// A plural noun before `of` is no such verb.
	t.deepEqual(summary(analyzeAttribution('The group builds what it calls “harbor-friendly” models of boats.')),
		['it | calls | “harbor-friendly” models of boats']);
});

test('a quoted title in the subject’s appositive (`Ann Lee, host of “Harbor Talk,” said …`) is no quotation before an inverted cue', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee, host of "Harbor Talk," said the pier was safe.')), ['Ann Lee | said | the pier was safe']);
	t.deepEqual(summary(analyzeAttribution('Ann Lee, the author of "Salt Roads," a history of the port, said the days when the town had "one ferry" are gone.')),
		['Ann Lee | said | the days when the town had "one ferry" are gone']);
	// A quotation that opens the sentence is still what the speaker after the cue said.
	t.deepEqual(summary(analyzeAttribution('"Yes," said Ann Lee who chairs the board.')), ['Ann Lee | said | "Yes,"']);
});

test('`“…,” Kim said, after Lee said …`: the later speaker and cue after the attribution’s turn word are a statement too', t => {
	t.deepEqual(summary(analyzeAttribution('"I never said that," Kim said, after the host Ann Lee said the mayor had been "plain wrong."')),
		['Kim | said | "I never said that,"', 'the host Ann Lee | said | the mayor had been "plain wrong."']);
});

test('a quotation right before a noun of what a crowd calls out (`“Lee! Lee!” chants`) is that chant', t => {
	t.deepEqual(summary(analyzeAttribution('The speech drew loud jeers and “Lee! Lee!” chants from the back.')), ['- | chants | “Lee! Lee!”']);
});

test('`A, said Ann Lee, an expert on ports, would B`: past the speaker’s appositive the interrupted clause goes on', t => {
	t.deepEqual(summary(analyzeAttribution('Any “fair” reading of the plan, said Ann Lee, an expert on ports at the harbor institute, would show that it fails.')),
		['Ann Lee | said | Any “fair” reading of the plan | would show that it fails']);
});

test('a quotation after an opening parenthesis, then `wrote X`, is the content without the writer’s words before it', t => {
	t.deepEqual(summary(analyzeAttribution('The plan drew blowback from dock workers ("We want our dues back," wrote Rob Kim, a welder in Salem).')),
		['Rob Kim | wrote | "We want our dues back,"']);
});

test('`yelled “You lie!” at …`: a cry or question quoted whole right after the cue ends before the preposition after it', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee, the councilwoman, yelled “You lie!” at the mayor during his annual address to the council.')),
		['Ann Lee | yelled | “You lie!”']);
	t.deepEqual(summary(analyzeAttribution('Ann Lee asked “Who pays?” in a letter to the board.')), ['Ann Lee | asked | “Who pays?”']);
	// A name quoted in the clause still goes on: `said the plan would be “a disaster” in remarks …`.
	t.deepEqual(summary(analyzeAttribution('Ann Lee said the plan would be “a disaster” in remarks on Monday.')),
		['Ann Lee | said | the plan would be “a disaster” in remarks on Monday']);
});

test('`“…,” Ann Lee said of the vote`: what the quoted words are about is a content span after the quotation', t => {
	t.deepEqual(summary(analyzeAttribution('“It is settled,” councilwoman Ann Lee said of the vote to end the harbor contracts.')),
		['councilwoman Ann Lee | said | “It is settled,” | the vote to end the harbor contracts']);
	// The speaker's hometown after an inverted cue is no topic.
	t.deepEqual(summary(analyzeAttribution('“It is settled,” said Ann Lee of Salem.')), ['Ann Lee of Salem | said | “It is settled,”']);
	// Nor is what follows the object of `told`; a number’s comma ends no topic.
	t.deepEqual(summary(analyzeAttribution('“We will not back down,” Kim told a crowd of 2,000 in Dayton.')), ['Kim | told | “We will not back down,”']);
	t.deepEqual(summary(analyzeAttribution('“It is settled,” Lee said of the 2,000 jobs, which were cut.')),
		['Lee | said | “It is settled,” | the 2,000 jobs']);
});

test('a quoted exclamation, then a speaker with an appositive set off by commas and a cue, is one sentence', t => {
	t.deepEqual(summary(analyzeAttribution('The week was long. "Endless motion!" Rep. Ann Lee, D-Ohio, said of the swirl of harbor events.')),
		['Rep. Ann Lee | said | "Endless motion!" | the swirl of harbor events']);
});

test('`responded warmly: “…”`: a manner adverb before the colon is no content, and a one-word quotation after it is enough', t => {
	t.deepEqual(summary(analyzeAttribution('“Tell everyone to go to the pier,” Ann Lee says to Bo Kim on camera, who responds enthusiastically: “Okay!”')),
		['Ann Lee | says | “Tell everyone to go to the pier,”', 'who | responds | “Okay!”']);
	t.deepEqual(summary(analyzeAttribution('Ann Lee said flatly: “I do not think it matters.”')), ['Ann Lee | said | “I do not think it matters.”']);
});

test('`…, telling a host on Monday, “…,” she said`: a quoted sentence after the writer’s comma, right before the cue, is the content', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee weighed in as well, telling a radio host in an interview on Monday, “But they are both qualified,” she said.')),
		['she | said | “But they are both qualified,”']);
	// The writer's words after the quotation keep the lead-in out of it.
	t.deepEqual(summary(analyzeAttribution('Lee came close to an admission, saying, “We never said nobody was there,” but she denied that they were soldiers.')),
		['Lee | saying | “We never said nobody was there,”', 'she | denied | that they were soldiers']);
});

test('`posted a message reading “…” moments after …`: the quoted words of the message are the content', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee posted a message on Twitter reading “Thank you Ohio” moments after polls closed.')),
		['Ann Lee | posted | “Thank you Ohio”']);
	// Not after a clause of its own: what was said is the clause.
	t.deepEqual(summary(analyzeAttribution('Ann Lee said the men were wearing shirts that read “Settle for Kim.”')),
		['Ann Lee | said | the men were wearing shirts that read “Settle for Kim.”']);
});

test('`called over her shoulder, “…”`: a past-tense verb, a particle and a few words of manner, then the quotation, which is the content', t => {
	t.deepEqual(summary(analyzeAttribution('Dashing into a lunch, Senator Ann Lee, Republican of Ohio, called over her shoulder, “Her comments are not helping.”')),
		['Senator Ann Lee | called | “Her comments are not helping.”']);
	t.deepEqual(summary(analyzeAttribution('And with that Bo Kim broke off with a dismissive, “oh, please.”')), ['Bo Kim | broke | “oh, please.”']);
});

test('an aside between spaced dashes in the content before `…, said X` is the writer’s: the content is the clause around it', t => {
	t.deepEqual(summary(analyzeAttribution('In particular, Bill Lee — often the easiest person to provoke on the subject — has been “very worked up about it,” said a source close to the campaign.')),
		['a source | said | In particular, Bill Lee | has been “very worked up about it,”']);
});

test('a long sentence before `…, X said` that ends in a quotation inside a `that` clause: the clause is the content', t => {
	t.deepEqual(summary(analyzeAttribution('The race between the two mayors has taken a more negative turn in recent weeks and that will take time to "cool off," Lee said in an interview.')),
		['Lee | said | that will take time to "cool off,"']);
	// A determiner `that` opens no clause.
	t.deepEqual(summary(analyzeAttribution('His first segment as a reporter on the local channel involved "a painful haircut," well before Bo Kim made that gag famous in "The Barber," Lee said.')),
		['Lee | said | His first segment as a reporter on the local channel involved "a painful haircut," well before Bo Kim made that gag famous in "The Barber,"']);
});

test('`call this the “waiting game” — holding back …`: a dash after the quoted name ends what the naming verb says', t => {
	t.deepEqual(summary(analyzeAttribution('Insiders call this the “waiting game” — holding back support until the “Big Day” comes.')),
		['Insiders | call | this the “waiting game”']);
});

test('a title-like quotation is what the subject holds after a verb of liking, backing or attacking, up to a contrast', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ortega enjoys “Harbor Nights,” while his deputy loves “Dock Talk.”')),
		['Mayor Ortega | enjoys | “Harbor Nights,”', 'his deputy | loves | “Dock Talk.”']);
	t.deepEqual(summary(analyzeAttribution('Senator Kim denounced the “Bridge Forward” plan at a town hall.')),
		['Senator Kim | denounced | the “Bridge Forward” plan at a town hall']);
	// Any other verb leaves a title alone.
	t.deepEqual(summary(analyzeAttribution('The band played “Harbor Nights” at the fair.')), []);
});

test('`saying “on his worst day” he would be …`: a quoted preposition opening the content is the speaker’s, not the writer’s adjunct', t => {
	t.deepEqual(summary(analyzeAttribution('Sen. Ann Lee (D-Ohio) visited the studio to discuss her remarks about her rival, saying “on his worst day” he would be “a far better mayor” than any of the other hopefuls.')),
		['Sen. Ann Lee | saying | “on his worst day” he would be “a far better mayor” than any of the other hopefuls']);
});

test('`As Kim spoke, the crowd chanted, “…” as they had …`: the opening clause is no part of a quotation after the cue', t => {
	t.deepEqual(summary(analyzeAttribution('Headline\nAs Kim attacked Lee, the crowd chanted, "Lock her up!" as they had for previous speakers.')),
		['the crowd | chanted | "Lock her up!"']);
});

test('a quotation right after `say:` is said even when short and without a speaker; `went so far as to say` has its subject', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Ruiz went so far as to say: “The ferry is over.”')),
		['Ann Ruiz | say: | “The ferry is over.”']);
	t.deepEqual(summary(analyzeAttribution('Kim said the ferry was late again.\n\nWhy not just say: “The ferry is broken”?')),
		['Kim | said | the ferry was late again', '- | say: | “The ferry is broken”']);
});

test('an irregular past before `as` gives a short quotation as a name (`brought up as “…”`), but not one spelled as its present', t => {
	t.deepEqual(summary(analyzeAttribution('It was a deal Ortega brought up as “very fishy” at the meeting.')),
		['Ortega | brought | up as “very fishy”']);
	t.deepEqual(summary(analyzeAttribution('The crew put the boat on the list as “lost.”')), []);
});

test('a title-like quotation the subject uses (`used the slogan “…”`) is what the subject holds', t => {
	t.deepEqual(summary(analyzeAttribution('Harbor workers used the slogan “Save Pier Nine” to rally support.')),
		['Harbor workers | used the slogan | “Save Pier Nine” to rally support']);
});

test('a list of three quotations or more after the content’s comma-closed quotation is one content (`repeat “A,” “B” and “C”`)', t => {
	t.deepEqual(summary(analyzeAttribution('Ruiz said the council must repeat “Fix the Pier,” “Save the Ferry” and “Vote.”')),
		['Ruiz | said | the council must repeat “Fix the Pier,” “Save the Ferry” and “Vote.”']);
});

test('so is a list whose quoted items each follow an article (`a “loser,” a “liar” and a “whiner”`)', t => {
	t.deepEqual(summary(analyzeAttribution('Mayor Ann Kim tweeted that Ortiz is a “loser,” a “liar” and a “whiner.”')),
		['Mayor Ann Kim | tweeted | that Ortiz is a “loser,” a “liar” and a “whiner.”']);
});

test('a quotation closed with its comma goes on into the last quotation of a list after `and`/`or` (`“A,” or even “B”`)', t => {
	t.deepEqual(summary(analyzeAttribution('Ruiz called the plan “reckless,” or even “a disaster.”')),
		['Ruiz | called | the plan “reckless,” or even “a disaster.”']);
	t.deepEqual(summary(analyzeAttribution('Ruiz said the council must repeat “Fix the Pier,” and, yes, “Vote.”')),
		['Ruiz | said | the council must repeat “Fix the Pier,” and, yes, “Vote.”']);
});

test('a phrase after a loose quotation that modifies its noun (`the “…” from the harbor board …`) goes on with the content', t => {
	t.deepEqual(summary(analyzeAttribution('We have seen this sort of “hiding in plain sight” from the harbor board working with the press before.')),
		['We | have | seen this sort of “hiding in plain sight” from the harbor board working with the press before']);
});

test('a relative clause after a loose quotation (`the “…” that the board has used`) goes on with the content', t => {
	t.deepEqual(summary(analyzeAttribution('We have seen this sort of “hiding in plain sight” that the harbor board has used before.')),
		['We | have | seen this sort of “hiding in plain sight” that the harbor board has used before']);
});

test('a phrase modifying a noun after a quotation closed with its comma (`“…,” among those invited`) goes on with the content', t => {
	t.deepEqual(summary(analyzeAttribution('Kim said the list showed Ruiz, one of the harbor’s “most trusted captains,” among those invited to the gala.')),
		['Kim | said | the list showed Ruiz, one of the harbor’s “most trusted captains,” among those invited to the gala']);
});

test('a loose quotation between a determiner and its noun (`the “…” man who …`) is a modifier: the noun and what describes it go on', t => {
	t.deepEqual(summary(analyzeAttribution('To Ruiz, Kim is the “kind-hearted and caring” man who saved the harbor in 1986.')),
		['Kim | is | the “kind-hearted and caring” man who saved the harbor in 1986']);
});

test('a quoted name after `called` right after an indefinite noun names that thing, as `titled` does (`a class called “…”`)', t => {
	t.deepEqual(summary(analyzeAttribution('Later on Sunday, Kim shared a syllabus for a 2002 harbor class called “Tides” on his Facebook page.')),
		['Kim | called | a 2002 harbor class | “Tides”']);
});

test('a loose quotation between a possessive and its noun is a modifier too, and a phrase after the noun goes on (`Lee’s “…” buzz saw in 1988`)', t => {
	t.deepEqual(summary(analyzeAttribution('It was Ortiz stepping into Rob Lee’s “You are no captain” buzz saw in 1988.')),
		['It | was | Ortiz stepping into Rob Lee’s “You are no captain” buzz saw in 1988']);
});

test('a quotation after `“A,” X said, then <act>.` or `, and her husband cut in.` is a statement of its own', t => {
	const cases: Array<[string, string[]]> = [
		['“We have a lot of work to do,” Ann Lee told a cheering crowd, then mocked the mayor’s slogan. “But that work is not to build a wall.”',
			['Ann Lee | told | “We have a lot of work to do,”', '- | told | “But that work is not to build a wall.”']],
		['“Send her my best,” Dana Ruiz said, and her husband cut in. “Do not forget to bring the ferry tickets for all of us.”',
			['Dana Ruiz | said | “Send her my best,”', '- | said | “Do not forget to bring the ferry tickets for all of us.”']],
	];
	for (const [text, expected] of cases) {
		const result = analyzeAttribution(text);
		assertInvariants(t, text, result);
		t.deepEqual(summary(result), expected, text);
	}
});

test('a double attribution (`Lee said “A,” she said`) is the quotation without the writer’s lead-in', t => {
	const text = 'Asked on Monday about the ferry, Ann Lee said “I know nothing about the ferry and its budget,” she said.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.true(summary(result).includes('she | said | “I know nothing about the ferry and its budget,”'), summary(result).join('\n'));
});

test('a sentence that opens with `Adding, “…”` is the last speaker’s next statement, not the rest of the one before', t => {
	const text = 'Later on the show, Kim stated of the ferry deal that the audit was “not good.” Adding, “Now, like with all of these deals, what they do is never that bad.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Kim | stated | that the audit was “not good.”',
		'- | Adding | “Now, like with all of these deals, what they do is never that bad.”']);
});

test('a second cue participle joined by `and` after `by calling X “…”` is a statement of its own', t => {
	const text = 'Ruiz answered that post by calling Ortega “dopey” and accusing him of wanting to buy the harbor board “with his father’s money.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['Ruiz | answered | that post by calling Ortega “dopey”',
		'Ruiz | accusing | him of wanting to buy the harbor board “with his father’s money.”']);
});

test('a present verb of saying after `and` right after a quotation is the subject’s next statement (`rails against “…” and pledges to …`)', t => {
	const text = 'He rails against its “Great Wall of Tariffs” and pledges to stand firm against its “cheating” and “blackmail.”';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['He | rails | against its “Great Wall of Tariffs”',
		'He | pledges | to stand firm against its “cheating” and “blackmail.”']);
});

test('a one-sentence paragraph in Title Case is a heading, whose capitalised verbs are cues as in the headline', t => {
	const text = 'Harbor Voices Of The Year\n\nAnn Kim Explained Why She Felt “Lost” At The Pier\n\nLee Ortiz Says The Ferry Will Run Again\n\nThe mayor spoke at length.';
	t.deepEqual(summary(run(t, text)), ['Ann Kim | Explained | Why She Felt “Lost” At The Pier', 'Lee Ortiz | Says | The Ferry Will Run Again']);
});

test('a verb of using a wording with `the term`, `the phrase`, `the words` … before a quotation is the cue (`used the term “…”`), not one of liking it', t => {
	t.deepEqual(summary(run(t, 'Captain Ann Ruiz coined the term “harbor folk.”')),
		['Captain Ann Ruiz | coined the term | “harbor folk.”']);
	t.deepEqual(summary(run(t, 'Harbor Council members have all used the phrase “kitchen sink.”')),
		['Harbor Council members | used the phrase | “kitchen sink.”']);
	t.deepEqual(summary(run(t, 'Also, a lot of residents did not like the phrase “Pier Tax.”')), ['a lot of residents | like | the phrase “Pier Tax.”']);
	// Not a participle that describes a thing: `a flag using the words “…”`.
	t.deepEqual(summary(run(t, 'Mayor Kim tweeted an image of a flag using the words “pier first!”')),
		['Mayor Kim | tweeted | an image of a flag using the words “pier first!”']);
});

test('a preposition and `which` after a lowercase quoted term closed with its comma gloss the term in the writer’s words; after a title they go on', t => {
	const text = 'Harbor captains slammed the fee known as a “berth toll,” in which a boat owner pays twice for one mooring.';
	t.deepEqual(summary(run(t, text)), ['Harbor captains | slammed | the fee known as a “berth toll,”']);
	t.deepEqual(summary(run(t, 'Kim said she first heard of the plan on “Harbor Morning,” in which the host read out the budget.')),
		['Kim | said | she first heard of the plan on “Harbor Morning,” in which the host read out the budget']);
});

test('after a participle cue, `and` with another participle right after the quotation is the subject’s next act, not the content', t => {
	t.deepEqual(summary(run(t, 'Ann Kim has built her name around the docks, writing a book called “Harbor Days” and leading the pier campaign.')),
		['Ann Kim | writing | a book called “Harbor Days”']);
});

test('`often labeled as a “…” by X` after a naming participle: X gave the name, which is the content from its article', t => {
	t.deepEqual(summary(run(t, 'Kim faced criticism for the long inquiry into the ferry fire — often labeled as a “witch hunt” by Harbor Party members.')),
		['Harbor Party members | labeled as | a “witch hunt”']);
});

test('`was called “…” by X`, `dubbed the “…” by X`: the agent after `by` gave the name, not the subject before the verb', t => {
	t.deepEqual(summary(run(t, 'This part of the harbor plan has been called "strategic confusion" by Ann Lee, a professor at Dover College, and it makes it hard to follow.')),
		['Ann Lee | called | "strategic confusion"']);
	t.deepEqual(summary(run(t, 'The pier tax, dubbed the “dock grab” by critics, passed on Monday.')), ['critics | dubbed | the “dock grab”']);
});

test('`…, and said …` after the content of a loose quotation is the subject’s next statement, not more of the content', t => {
	t.deepEqual(summary(run(t, 'Ruiz’s spokeswoman challenged the claim that Ruiz had ever "attacked" Kim, and said he "thinks she will be a fine mayor."')),
		['Ruiz’s spokeswoman | challenged | that Ruiz had ever "attacked" Kim', 'Ruiz’s spokeswoman | said | "thinks she will be a fine mayor."']);
	t.deepEqual(summary(run(t, 'Kim blamed the “harbor fog” for the delay of the ferries, and added that the pier was safe.')),
		['Kim | blamed | the “harbor fog” for the delay of the ferries', 'Kim | added | that the pier was safe']);
});

test('a participle after a closing quotation and `and` (`… “…” and calling X a liar`) is the subject’s next act of saying', t => {
	t.deepEqual(summary(run(t, 'Kim spent the week on the pier, repeatedly dismissing them as part of the “harbor cartel” and calling Mayor Lee a liar.')),
		['Kim | dismissing | them as part of the “harbor cartel”', 'Kim | calling | Mayor Lee a liar']);
});

test('a naming participle after a comma or dash (`…, called the “…” by …,`) opens an aside: the name is no part of the content around it, and the agent gave it', t => {
	t.deepEqual(summary(run(t, 'Harbor officials say the terminal will open in May — known locally as “the Glass Box” after its walls — despite the delays.')),
		['Harbor officials | say | the terminal will open in May', '- | known locally as | “the Glass Box”']);
	t.deepEqual(summary(run(t, 'Mayor Ann Kim said the old pier, called the “Iron Mile” by fishermen, would close in June.')),
		['Mayor Ann Kim | said | the old pier | would close in June', 'fishermen | called | the old pier | “Iron Mile”']);
});

test('the words after `— which read` (a non-restrictive clause of a sign or shirt) are what it bore, not the object of the verb before', t => {
	t.deepEqual(summary(run(t, 'Kim held up the sign — which read “Harbor Kids 4 Kim” — and waved it around, mouthing “thank you” toward the crowd.')),
		['which | read | “Harbor Kids 4 Kim”', 'Kim | mouthing | “thank you” toward the crowd']);
});

test('a double attribution past a relative clause (`Lee, who …, described … as “…,” she said`): the content follows the inner cue, and the clause is a statement of its own', t => {
	t.deepEqual(summary(run(t, 'Harbor Master Ann Lee, who estimates that the repairs cost "in the millions," described the year as "awful. . . . It really hurt the town," she said.')),
		['who | estimates | that the repairs cost "in the millions,"', 'she | said | the year as "awful. . . . It really hurt the town,"']);
});

test('a participle that names by `as` (`referring to the pier as the “…”`) gives the quotation and its object, whatever clause holds it', t => {
	t.deepEqual(summary(run(t, 'We sat through an hour of Councilor Ortega relentlessly referring to the pier as the “Money Pit.”')),
		['Councilor Ortega | referring | the pier as the “Money Pit.”']);
});

test('a cue word right after a possessive determiner (`his repeated …`, `Their proposed …`) is a noun phrase, not a verb with the possessive as its subject', t => {
	t.deepEqual(summary(run(t, 'His repeated mispronunciations of “Dover” only angered the council members who came to hear him.')),
		['His | mispronunciations of | “Dover”']);
	t.deepEqual(summary(run(t, 'Mayor Ann Kim said the ferry fees were "too high." Their proposed cutoff of $500 was lowered in June.')),
		['Mayor Ann Kim | said | the ferry fees were "too high."']);
});

test('a closing-shaped mark that starts the paragraph before an ellipsis opens the quotation', t => {
	t.deepEqual(summary(run(t, '” … if the ferry can run in a storm, then surely the pier can stay open,” the Harbor Gazette’s editorial read.')),
		['the Harbor Gazette’s editorial | read | ” … if the ferry can run in a storm, then surely the pier can stay open,”']);
});

test('a wording used in the passive (`The phrase “…” was uttered once, by X`) is what its agent said', t => {
	t.deepEqual(summary(run(t, 'At the Harbor Council debate, the phrase “ferry fees” was uttered once, by Mayor Ann Kim.')),
		['Mayor Ann Kim | uttered | “ferry fees”']);
});

test('a capitalised verb of saying after an exclamation and an appositive still continues the sentence', t => {
	t.deepEqual(summary(run(t, '“We will win the pier!” Ann Kim, the head of Harbor Watch, Tweeted on Friday with a photo of the ferry.')),
		['Ann Kim | Tweeted | “We will win the pier!”']);
});

test('`“…,” came the reply from X` / `came shouts from X`: who the words came from said them', t => {
	t.deepEqual(summary(run(t, '“Not this year,” came the reply from Harbor Master Eli Park.')),
		['Harbor Master Eli Park | came the reply from | “Not this year,”']);
	t.deepEqual(summary(run(t, '“Open the pier,” came shouts from the fishermen, as the council booed.')),
		['the fishermen | came shouts from | “Open the pier,”']);
});

test('a heading `Name On How …` gives the person’s view, `On` its cue', t => {
	t.deepEqual(summary(run(t, 'Harbor voices of the year\n2 / Ann Kim On How The Pier Makes Fishermen Feel “Forgotten.”\nA photo of the pier.')),
		['Ann Kim | On | How The Pier Makes Fishermen Feel “Forgotten.”']);
});

test('`a hat reading, “…”`, `a shirt that read “…”`: the words the thing bore, said by it', t => {
	t.deepEqual(summary(run(t, 'Harbor Master Eli Park wore a ferry captain hat reading, “Save The Pier Again” at the rally.')),
		['a ferry captain hat | reading | “Save The Pier Again”']);
	t.deepEqual(summary(run(t, 'One fisherman wore a shirt that read “Fees Sink Boats.”')),
		['a shirt | read | “Fees Sink Boats.”']);
});

test('after a quotation, `and` with a sequence adverb before the next past-tense act (`and also cast doubt`) ends the content', t => {
	for (const adverb of ['', 'also ', 'later ', 'quickly ']) {
		const text = `Kim pledged to be “a fighter for the pier” and ${adverb}cast doubt on the levy.`;
		t.deepEqual(summary(run(t, text)), ['Kim | pledged | to be “a fighter for the pier”'], adverb);
	}
});
