import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {assertInvariants, summary} from './invariants.js';

function statements(t: import('ava').ExecutionContext, text: string): string[] {
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	return summary(result);
}

test('X said that …: `that` is inside the content', t => {
	t.deepEqual(statements(t, 'The council said that the library would reopen in March.'),
		['The council | said | that the library would reopen in March']);
});

test('X said … without that', t => {
	t.deepEqual(statements(t, 'Coach Mara Lindqvist said the team needed more time to rest.'),
		['Coach Mara Lindqvist | said | the team needed more time to rest']);
});

test('…, X said. (content first; the final period is outside)', t => {
	t.deepEqual(statements(t, 'The ferry will run twice a day from June, the operator said.'),
		['the operator | said | The ferry will run twice a day from June']);
});

test('…, X said on Thursday, followed by an aside', t => {
	t.deepEqual(statements(t, 'Bus fares will rise by ten cents, city officials said on Thursday, the first increase in years.'),
		['city officials | said | Bus fares will rise by ten cents']);
});

test('X told reporters (that) …', t => {
	t.deepEqual(statements(t, 'Governor Ana Ruiz told reporters in Salem on Monday that the budget was balanced.'),
		['Governor Ana Ruiz | told | that the budget was balanced']);
});

test('according to X, … and …, according to X', t => {
	t.deepEqual(statements(t, 'According to the weather service, the storm will reach the coast by noon.'),
		['the weather service | According to | the storm will reach the coast by noon']);
	t.deepEqual(statements(t, 'The storm will reach the coast by noon, according to the weather service.'),
		['the weather service | according to | The storm will reach the coast by noon']);
});

test('other cue verbs: added, noted, warned, confirmed, denied', t => {
	for (const verb of ['added', 'noted', 'warned', 'confirmed', 'denied']) {
		t.deepEqual(statements(t, `The mayor ${verb} that the plan would cost less than expected.`),
			[`The mayor | ${verb} | that the plan would cost less than expected`], verb);
	}

	t.deepEqual(statements(t, 'Prices will keep falling, the bank warned.'), ['the bank | warned | Prices will keep falling']);
});

test('auxiliaries and adverbs between speaker and cue', t => {
	t.deepEqual(statements(t, 'The company has denied that any data was lost.'),
		['The company | denied | that any data was lost']);
	t.deepEqual(statements(t, 'Ms. Varga also said the vote would be delayed.'),
		['Ms. Varga | said | the vote would be delayed']);
	t.deepEqual(statements(t, 'Ortega indirectly confirmed the merger talks during a radio interview.'),
		['Ortega | confirmed | the merger talks']);
});

test('X reported that …', t => {
	t.deepEqual(statements(t, 'The Daily Ledger reported that the plant would close in the autumn.'),
		['The Daily Ledger | reported | that the plant would close in the autumn']);
});

test('X declined to comment', t => {
	t.deepEqual(statements(t, 'A spokeswoman for the airline declined to comment.'),
		['A spokeswoman for the airline | declined | to comment']);
});

test('two cues joined by and / but are two statements', t => {
	t.deepEqual(statements(t, 'Lopez said the road was safe but added that repairs would start soon.'),
		['Lopez | said | the road was safe', 'Lopez | added | that repairs would start soon']);
});

test('a participle after a comma is a statement of the subject', t => {
	t.deepEqual(statements(t, '“We will appeal,” Chen said, adding that the ruling ignored the evidence.'),
		['Chen | said | “We will appeal,”', 'Chen | adding | that the ruling ignored the evidence']);
});

test('a sentence without speech is no statement', t => {
	t.deepEqual(statements(t, 'The bridge was built in 1932 and repainted last year.'), []);
	t.deepEqual(statements(t, 'The United States and Canada share a long border.'), []);
});

test('headlines: `Name: statement` and Title Case verbs', t => {
	t.deepEqual(statements(t, 'Lindqvist: Harbour Tunnel Will Open on Time\n\nThe tunnel is late.'),
		['Lindqvist | : | Harbour Tunnel Will Open on Time']);
	t.deepEqual(statements(t, 'Mayor Ortiz Says Buses Will Run All Night\n\nThe city is quiet.'),
		['Mayor Ortiz | Says | Buses Will Run All Night']);
});

test('adjuncts between the cue and the content', t => {
	t.deepEqual(statements(t, 'Mr. Varga said Thursday he would leave the board.'),
		['Mr. Varga | said | he would leave the board']);
	t.deepEqual(statements(t, 'The governor said for weeks she was the only candidate who could win.'),
		['The governor | said | she was the only candidate who could win']);
	t.deepEqual(statements(t, 'Ana Ruiz told NBC News on Monday that the deal was dead.'),
		['Ana Ruiz | told | that the deal was dead']);
});

test('speakers: percentages, infinitive chains and to-verbs', t => {
	t.deepEqual(statements(t, 'In the survey, 47% say the tax is unfair.'), ['47% | say | the tax is unfair']);
	t.deepEqual(statements(t, 'The letter goes on to say that the school will close.'),
		['The letter | say | that the school will close']);
	t.deepEqual(statements(t, 'She vowed to fight the ruling in every court.'),
		['She | vowed | to fight the ruling in every court']);
});

test('a relative clause with its own cue is a statement bounded by the clause', t => {
	t.deepEqual(statements(t, 'Ruiz, who said she rides the bus daily, said the new route was slower.'),
		['who | said | she rides the bus daily', 'Ruiz | said | the new route was slower']);
});

test('a described speaker before a weak cue (`Farm groups claim …`), but not a verb form used as an adjective', t => {
	t.deepEqual(statements(t, 'Farm groups claim the new tariff will hurt small growers.'),
		['Farm groups | claim | the new tariff will hurt small growers']);
	t.deepEqual(statements(t, 'The harbor authority announced a ban on night fishing.'),
		['The harbor authority | announced | a ban on night fishing']);
	t.deepEqual(statements(t, 'She leads her rival by roughly 40 pledged delegates in the count.'), []);
});

test('the content ends where the writer adds a clause with a new subject', t => {
	t.deepEqual(statements(t, 'Ana Ruiz said the budget was balanced, and she left the meeting before the vote.'),
		['Ana Ruiz | said | the budget was balanced']);
});

test('to-verbs and asked after a described or appositive speaker, with a time adjunct before the content', t => {
	t.deepEqual(statements(t, 'Ana Ruiz, the port director, has vowed to reopen the pier.'),
		['Ana Ruiz | vowed | to reopen the pier']);
	t.deepEqual(statements(t, 'A reporter asked the mayor whether the pier would reopen.'),
		['A reporter | asked | whether the pier would reopen']);
	t.deepEqual(statements(t, 'Councilor Ivo Marek promised Monday to publish the audit.'),
		['Councilor Ivo Marek | promised | to publish the audit']);
	t.deepEqual(statements(t, 'Marek urged the board last week not to sell the ferry.'),
		['Marek | urged | not to sell the ferry']);
});

test('the sentence subject speaks when no phrase stands right before the cue', t => {
	t.deepEqual(statements(t, 'Supporters of the new ferry schedule here say the change will help commuters.'),
		['Supporters | say | the change will help commuters']);
	t.deepEqual(statements(t, 'It is too soon to say whether the schedule will work.'), []);
});

test('a description ending in an object pronoun, a morning adjunct and a participle aside before the cue', t => {
	t.deepEqual(statements(t, 'A person close to him said the mayor would not run again.'),
		['A person close to him | said | the mayor would not run again']);
	t.deepEqual(statements(t, 'Ana Ruiz Tuesday morning said the pier would reopen.'),
		['Ana Ruiz | said | the pier would reopen']);
	t.deepEqual(statements(t, 'Ana Ruiz, citing the audit, said the pier would reopen.'),
		['Ana Ruiz | said | the pier would reopen']);
});

test('…, as X noted: the content is what comes before `, as`', t => {
	t.deepEqual(statements(t, 'The pier has been closed for a decade, as Ana Ruiz noted in a column.'),
		['Ana Ruiz | noted | The pier has been closed for a decade']);
});

test('an attribution inside the clause (`A, according to X, B`, `A, aides say, to …`): both halves are the content', t => {
	t.deepEqual(statements(t, 'Among the bridges at risk, according to the state auditor, are four built before 1950.'),
		['the state auditor | according to | Among the bridges at risk | are four built before 1950']);
	t.deepEqual(statements(t, 'The council has no plans, aides say, to raise the parking fees this year.'),
		['aides | say | The council has no plans | to raise the parking fees this year']);
	t.deepEqual(statements(t, 'The mill will close in May, said Rosa Ibarra, director of the union local.'),
		['Rosa Ibarra | said | The mill will close in May']);
});

test('an attribution with an adjunct or object inside the clause (`A, X said on Monday, B`): both halves are the content', t => {
	t.deepEqual(statements(t, 'The new ferry schedule, the mayor said on Monday, will start in May.'),
		['the mayor | said | The new ferry schedule | will start in May']);
	t.deepEqual(statements(t, 'The new ferry schedule, Kim said in a statement, will start in May.'),
		['Kim | said | The new ferry schedule | will start in May']);
	// (The comma inside `20,000` ends no adjunct.)
	t.deepEqual(statements(t, 'The new ferry schedule, Kim said in a letter to 20,000 residents, will start in May.'),
		['Kim | said | The new ferry schedule | will start in May']);
});

test('after a naming verb the content ends with the quoted name when the writer goes on', t => {
	t.deepEqual(statements(t, 'The mayor called the stadium plan a “money pit” on his weekly radio show.'),
		['The mayor | called | the stadium plan a “money pit”']);
	t.deepEqual(statements(t, 'The union called for “a fair deal” for drivers.'),
		['The union | called | “a fair deal” for drivers']);
	// A reason or a setting after the name stays in the content.
	t.deepEqual(statements(t, 'The mayor calls the ferry plan “a mistake” because the harbor is too shallow.'),
		['The mayor | calls | the ferry plan “a mistake” because the harbor is too shallow']);
	t.deepEqual(statements(t, 'The mayor calls the old pier “the jewel” on the Lake Erie shore.'),
		['The mayor | calls | the old pier “the jewel” on the Lake Erie shore']);
});

test('a quantified group after an inverted cue speaks (`…, say some residents, who …`)', t => {
	t.deepEqual(statements(t, 'The new stadium is a mistake, say some residents, who fear the traffic it will bring.'),
		['some residents | say | The new stadium is a mistake']);
});

test('a place inside a participle aside is not the speaker (`Ruiz, speaking at a rally in Salem, Ore., warned …`)', t => {
	t.deepEqual(statements(t, 'Ana Ruiz, speaking at a rally in Salem, Ore., warned that the tax would hurt farmers.'),
		['Ana Ruiz | warned | that the tax would hurt farmers']);
});

test('an age or a relative clause with commas inside does not hide the speaker before it', t => {
	t.deepEqual(statements(t, 'Tom Berg, 58, who lives outside Duluth, says he did not know much about the race.'),
		['Tom Berg | says | he did not know much about the race']);
	t.deepEqual(statements(t, 'Sandy Ortiz, who lost her home in Aurora, Colorado, in July, said that the senator was rude.'),
		['Sandy Ortiz | said | that the senator was rude']);
});

test('reported content ends at the writer’s contrast (`…, compared with …`, `…, while …`, `…, after …`)', t => {
	t.deepEqual(statements(t, 'Ana Ruiz said the pier would reopen in May, while the harbor board expects a later date.'),
		['Ana Ruiz | said | the pier would reopen in May']);
	t.deepEqual(statements(t, 'Lee said that, while the tax may lower premiums, workers will not see the savings.'),
		['Lee | said | that, while the tax may lower premiums, workers will not see the savings']);
	t.deepEqual(statements(t, 'In the poll, 46 percent of voters said yes, compared with 23 percent a year ago.'),
		['46 percent of voters | said | yes']);
});

test('reported content ends at `, but` + a new subject, not at `, but that …`', t => {
	t.deepEqual(statements(t, 'Lee said the plan was sound, but the council voted against it the next day.'),
		['Lee | said | the plan was sound']);
	t.deepEqual(statements(t, 'Lee said that wages would fall over time, but that overtime would offset the loss.'),
		['Lee | said | that wages would fall over time, but that overtime would offset the loss']);
});

test('reported content ends at before/after/while + a participle (the writer’s sequel)', t => {
	t.deepEqual(statements(t, 'Ana Ruiz said the pier was safe on local radio before heading to the harbor.'),
		['Ana Ruiz | said | the pier was safe on local radio']);
});

test('a quoted title that is the subject of a `that` clause (or a list of them) does not end the content at its comma', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim said that "Harbor Nights," which ran for a decade, was her favorite show.'),
		['Mayor Ann Kim | said | that "Harbor Nights," which ran for a decade, was her favorite show']);
	t.deepEqual(statements(t, 'A survey by the Harbor Council found that "The Tide," a show that began in 1990, and "Dock Talk," which began in 2001, were the most watched programs.'),
		['A survey by the Harbor Council | found | that "The Tide," a show that began in 1990, and "Dock Talk," which began in 2001, were the most watched programs']);
	// (A quoted clause of the speaker's own still ends there.)
	t.deepEqual(statements(t, 'Mayor Ann Kim said that "we will win," a claim few on the council believed.'),
		['Mayor Ann Kim | said | that "we will win,"']);
});

test('an appositive `the notion that …` after a comma-closed quotation spells the quoted term out and stays in the content', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim has long pushed "harborism," the notion that the old pier was never built at all.'),
		['Mayor Ann Kim | pushed | "harborism," the notion that the old pier was never built at all']);
	// (A relative `that` with its own verb is the writer's gloss.)
	t.deepEqual(statements(t, 'Mayor Ann Kim said he backs "harborism," a notion that was popular in Dover.'),
		['Mayor Ann Kim | said | he backs "harborism,"']);
});

test('a sentence-initial first name ending in -ly (Carly, Kelly) opens the subject', t => {
	t.deepEqual(statements(t, 'Carly Fiorina backed the mayor on Wednesday, saying it is time for a change at city hall.'),
		['Carly Fiorina | saying | it is time for a change at city hall']);
});

test('an attribution closing the sentence with a late/early adjunct is the outer one', t => {
	t.deepEqual(statements(t, 'The mayor told investigators in July she was advised by her deputy, the Daily Ledger reported late Thursday.'),
		['the Daily Ledger | reported | The mayor told investigators in July she was advised by her deputy']);
});

test('the question in `… said when asked whether …` / `X, asked about …,` is a statement with the cue asked', t => {
	t.deepEqual(statements(t, '“You bet I would,” Ana Ruiz said when asked whether she would close the pier.'),
		['Ana Ruiz | said | “You bet I would,”', '- | asked | whether she would close the pier']);
	t.deepEqual(statements(t, 'Mr. Lee, asked about the audit, said that the numbers were sound.'),
		['- | asked about | the audit', 'Mr. Lee | said | that the numbers were sound']);
});

test('a cue with its own speaker in the writer’s clause that ended the content is a statement too', t => {
	t.deepEqual(statements(t, 'Seventy percent of voters say they like the mayor, compared with 64 percent who say the same of her rival.'),
		['Seventy percent of voters | say | they like the mayor', 'who | say | the same of her rival']);
});

test('`X are more likely to say …`: the group before the infinitive chain speaks', t => {
	t.deepEqual(statements(t, 'Older voters are slightly more likely to say that the mayor represents their views.'),
		['Older voters | say | that the mayor represents their views']);
});

test('a sentence adverb phrase before the speaker (`Shortly after the vote, X announced …`) is no content', t => {
	t.deepEqual(statements(t, 'Shortly after the vote, Mayor Ana Ruiz announced her resignation.'),
		['Mayor Ana Ruiz | announced | her resignation']);
});

test('`As X reported on Monday, …`: the clause after the comma is the content', t => {
	t.deepEqual(statements(t, 'As the Ledger reported on Monday, the inspector general issued subpoenas to the port.'),
		['the Ledger | reported | the inspector general issued subpoenas to the port']);
});

test('continued / maintained before a plain object report nothing; after a quotation they are cues', t => {
	t.deepEqual(statements(t, 'The county sheriff continued the search for the devices in the lake.'), []);
	t.deepEqual(statements(t, 'Ms. Varga maintained an energetic pace into old age.'), []);
	t.deepEqual(statements(t, '“The port is safe,” Ana Ruiz continued.'), ['Ana Ruiz | continued | “The port is safe,”']);
});

test('`report` after a determiner is the noun; `the Ledger reports` is the verb', t => {
	t.deepEqual(statements(t, 'The October jobs report exceeded the forecasts of most economists.'), []);
	t.deepEqual(statements(t, 'On the same day, the Daily Ledger reports that the port will close.'),
		['the Daily Ledger | reports | that the port will close']);
});

test('a weak cue in the passive (`was called for`) has no speaker in its subject; `was asked` still reports', t => {
	t.deepEqual(statements(t, 'Ohio was called for the senator minutes after the polls closed.'), []);
	t.deepEqual(statements(t, 'Ana Ruiz was asked whether the pier would reopen.'), ['Ana Ruiz | asked | whether the pier would reopen']);
});

test('`a group called X` names the group (no cue) unless the name is quoted; `The mayor called …` still reports', t => {
	t.deepEqual(statements(t, 'Barden now helps lead a program called Harbor Promise.'), []);
	t.deepEqual(statements(t, 'The mayor called the stadium plan a disaster.'), ['The mayor | called | the stadium plan a disaster']);
});

test('the subject after a longer introduction (…, N.H., on Tuesday, / Hours later, / Amid …,) speaks a participle cue', t => {
	t.deepEqual(statements(t, 'At a rally in Portsmouth, N.H., on Tuesday, Senator Ann Lee of Maine endorsed the mayor, saying that she would make a fine governor.'),
		['Senator Ann Lee of Maine | saying | that she would make a fine governor']);
	t.deepEqual(statements(t, 'Hours later, Ana Ruiz returned the compliment, telling reporters that they were old friends.'),
		['Ana Ruiz | telling | that they were old friends']);
});

test('reported content ends at a participle of consequence (…, forcing / prompting / leaving …)', t => {
	t.deepEqual(statements(t, 'The council declared that the pier was closed, forcing ferries to take a longer route.'),
		['The council | declared | that the pier was closed']);
});

test('`…, which she has said was a mistake, …`: the relative pronoun and the clause up to its comma are the content', t => {
	t.deepEqual(statements(t, 'Her vote on the harbor, which she has repeatedly said was a mistake, cost her the race.'),
		['she | said | which | was a mistake']);
});

test('`In a poll, 38 percent of voters said …`: the poll is the source and the respondents’ answer its content', t => {
	t.deepEqual(statements(t, 'In a September county poll, just 28 percent of voters said they trusted the council.'),
		['a September county poll | In | just 28 percent of voters said they trusted the council']);
});

test('`31% of voters` is one speaker phrase, as `31 percent of voters` is, so a poll before it reports their answer', t => {
	t.deepEqual(statements(t, 'In a harbor poll released Monday, 31% of residents said they were “very happy” with the ferry.'),
		['a harbor poll released Monday | In | 31% of residents said they were “very happy” with the ferry']);
	t.deepEqual(statements(t, 'Only 31% of residents said they were happy with the ferry.'),
		['Only 31% of residents | said | they were happy with the ferry']);
});

test('`According to X, Lee said …`: the clause after the source, its own cue included, is what X reports', t => {
	t.deepEqual(statements(t, "According to the school's Facebook post, Ali Haddad said he was traveling with his wife."),
		["the school's Facebook post | According to | Ali Haddad said he was traveling with his wife"]);
});

test('a noun-like cue word after a determiner (the long term, a tweet) is the noun unless a quotation follows', t => {
	t.deepEqual(statements(t, 'Over the long term, the new pier will pay for itself.'), []);
	// (The writer's `drew criticism` after the quoted name is no part of it.)
	t.deepEqual(statements(t, 'His call for “a total ban” drew criticism.'), ['His | call | “a total ban”']);
});

test('a participle cue after by/before/after (`ended her list by saying …`) takes the sentence subject', t => {
	t.deepEqual(statements(t, 'Mayor Ana Ruiz ended the hearing by saying that the pier would reopen.'),
		['Mayor Ana Ruiz | saying | that the pier would reopen']);
});

test('`this`/`last` open an adjunct only before a time word (told reporters this was the only chance)', t => {
	t.deepEqual(statements(t, 'Senator Ana Ruiz told reporters this was the only chance to pass the bill.'),
		['Senator Ana Ruiz | told | this was the only chance to pass the bill']);
	t.deepEqual(statements(t, 'Lee said this week that the pier was safe.'), ['Lee | said | that the pier was safe']);
});

test('an adjunct with a place’s commas may stand between the cue and `that`', t => {
	t.deepEqual(statements(t, 'Ana Ruiz said Thursday during a town hall meeting in Salem, Oregon, that the pier would reopen.'),
		['Ana Ruiz | said | that the pier would reopen']);
});

test('a stray comma after the party and state (`Sen. Ann Lee (D-Ore.), said`) does not hide the speaker', t => {
	t.deepEqual(statements(t, 'Sen. Ann Lee (D-Ore.), said after a lunch on Tuesday that she had not read the plan.'),
		['Sen. Ann Lee (D-Ore.) | said | that she had not read the plan']);
});

test('a sentence may end with an abbreviation (`U.S.`) when a pronoun or article opens the next one', t => {
	t.deepEqual(statements(t, 'Ortiz says the plant will not close in the U.S. She says the workers deserve “a straight answer, not a rumor.”'),
		['Ortiz | says | the plant will not close in the U.S', 'She | says | the workers deserve “a straight answer, not a rumor.”']);
	t.deepEqual(statements(t, 'Lee met J. The Great at the fair, the organizers said.'),
		['the organizers | said | Lee met J. The Great at the fair']);
});

test('`X issued a statement saying …`: the participle after a verb’s object reports what the subject said', t => {
	t.deepEqual(statements(t, 'The harbor board issued a statement saying that the pier would reopen in June.'),
		['The harbor board | saying | that the pier would reopen in June']);
	t.deepEqual(statements(t, 'Councilwoman Ada Brandt sent a letter on Monday saying that the streetlights would be fixed by May.'),
		['Councilwoman Ada Brandt | saying | that the streetlights would be fixed by May']);
	// A phrasal verb's particle between the verb and the object (`put out a statement`).
	t.deepEqual(statements(t, 'Her office put out a statement saying that the mayor was “deeply saddened.”'),
		['Her office | saying | that the mayor was “deeply saddened.”']);
});

test('a participle after a dash reports what the sentence subject said', t => {
	t.deepEqual(statements(t, 'The harbor master stayed vague about the timetable - only saying that the dredging would “take a while.”'),
		['The harbor master | saying | that the dredging would “take a while.”']);
});

test('an article, lower-case modifiers and a head noun before an auxiliary make the subject that a participle borrows', t => {
	t.deepEqual(statements(t, 'The retired ferryman has kept quiet about the strike, saying only that the crews “deserve better.”'),
		['The retired ferryman | saying | that the crews “deserve better.”']);
});

test('`spoke about X` / `spoke to Y about X` / `speaks of X`: the topic is the content; no topic, no statement', t => {
	t.deepEqual(statements(t, 'The harbor master spoke to the council on Monday about the cost of dredging the channel.'),
		['The harbor master | spoke to the council on Monday about | the cost of dredging the channel']);
	t.deepEqual(statements(t, 'Ortiz rarely speaks of her years on the ferry crews.'),
		['Ortiz | speaks of | her years on the ferry crews']);
	t.deepEqual(statements(t, 'The mayor spoke for about ten minutes at the pier.'), []);
	t.deepEqual(statements(t, 'An aide spoke on condition of anonymity at the pier.'), []);
});

test('`the council called for …` / `the mayor has called on …`: a described subject before call for/on', t => {
	t.deepEqual(statements(t, 'The ferry council called for a ban on night crossings.'),
		['The ferry council | called | a ban on night crossings']);
	t.deepEqual(statements(t, 'The harbor board has repeatedly called on the port to publish its accounts.'),
		['The harbor board | called | the port to publish its accounts']);
});

test('`X joked about Y`: a cue verb with `about` and a speaker before it reports a topic', t => {
	t.deepEqual(statements(t, 'The ferry captain joked about retiring to a lighthouse.'),
		['The ferry captain | joked about | retiring to a lighthouse']);
	t.deepEqual(statements(t, 'The Harbor Gazette wrote about the missing buoys twice.'),
		['The Harbor Gazette | wrote about | the missing buoys twice']);
});

test('`X did not mention Y`: mention in every form is a cue', t => {
	t.deepEqual(statements(t, 'Ortiz did not mention the ferry strike.'), ['Ortiz | mention | the ferry strike']);
});

test('`…, X said, adding that …`: the closing attribution is the main one even when a participle follows it', t => {
	t.deepEqual(statements(t, 'Ortiz did not complain when the tide rose, a harbor official said, adding that the damage was small.'),
		['a harbor official | said | Ortiz did not complain when the tide rose', 'a harbor official | adding | that the damage was small']);
});

test('`X was prompted to say …`: a participle before `to` leads to the cue, and the subject before it speaks', t => {
	t.deepEqual(statements(t, 'The harbor master was prompted to say that the pier was safe.'),
		['The harbor master | say | that the pier was safe']);
});

test('openers like `Back in 2010,` are introductions, not the subject a participle borrows', t => {
	t.deepEqual(statements(t, 'Back in 2010, Ortiz stood by the ferry plan, telling the Harbor Gazette that it would “save the island.”'),
		['Ortiz | telling | that it would “save the island.”']);
});

test('`X has not commented on Y`: comment on a topic is a statement about it', t => {
	t.deepEqual(statements(t, 'The harbor board has not commented on the dredging contract.'),
		['The harbor board | commented on | the dredging contract']);
});

test('`X are quick to point out that …`: point out in every form', t => {
	t.deepEqual(statements(t, 'Ferry captains are quick to point out that the crossing has never been safer.'),
		['Ferry captains | point out | that the crossing has never been safer']);
});

test('`That’s according to X.`: the demonstrative is the content', t => {
	t.deepEqual(statements(t, 'The ferry lost money for a third year. That’s according to the harbor board.'),
		['the harbor board | according to | That']);
});

test('`Asked whether …, the voters were split.`: the question is reported even when no cue follows', t => {
	t.deepEqual(statements(t, 'Asked whether the ferry should run at night, the islanders were evenly split.'),
		['- | Asked | whether the ferry should run at night']);
});

test('`X less than two weeks ago said …`: a span of time ending in ago sits between the speaker and the cue', t => {
	t.deepEqual(statements(t, 'The Harbor Board less than two weeks ago said the pier would close.'),
		['The Harbor Board | said | the pier would close']);
});

test('`X sent an email to supporters saying …`: the participle after whom something went to reports the subject', t => {
	t.deepEqual(statements(t, 'The ferry council sent an email to members saying that the strike would end on Friday.'),
		['The ferry council | saying | that the strike would end on Friday']);
});

test('`The candidate claims he …`: a noun-like cue right before a subject pronoun is the verb', t => {
	t.deepEqual(statements(t, 'The candidate claims his ferry plan will pay for itself.'),
		['The candidate | claims | his ferry plan will pay for itself']);
});

test('an editor’s note paragraph reports nobody; the article around it still does', t => {
	const text = 'Harbour fees will rise in May, the port authority said.\n\n'
		+ 'Editor’s note: Councillor Bram Oakes, who has often said the harbour should be sold, owns shares in the ferry line.';
	t.deepEqual(statements(t, text), ['the port authority | said | Harbour fees will rise in May']);
});

test('As reported by X, … and …, as reported by X: the reporter is the source, like according to', t => {
	t.deepEqual(statements(t, 'As reported by the Ledger, the mill closed in May after a long strike.'),
		['the Ledger | As reported by | the mill closed in May after a long strike']);
	t.deepEqual(statements(t, 'The mill closed in May, as reported by the Ledger.'),
		['the Ledger | as reported by | The mill closed in May']);
});

test('a cue in an opening subordinate clause: the content ends where the main clause begins', t => {
	t.deepEqual(statements(t, 'Although Ortiz said the bridge was safe, the council closed it for a week.'),
		['Ortiz | said | the bridge was safe']);
	t.deepEqual(statements(t, 'After the mayor announced the new budget, Lee stormed out of the room.'),
		['the mayor | announced | the new budget']);
});

test('a teaser word before a headline colon (BOOM:, Revealed:) is no speaker', t => {
	t.deepEqual(statements(t, 'BOOM: Mayor Ortiz Just Torched The Harbor Plan\n\nThe mayor spoke on Friday.'), []);
	t.deepEqual(statements(t, 'Revealed: The Pier Was Sold Twice\n\nThe mayor spoke on Friday.'), []);
	t.deepEqual(statements(t, 'Ortiz: The Harbor Plan Is A Disgrace\n\nThe mayor spoke on Friday.'),
		['Ortiz | : | The Harbor Plan Is A Disgrace']);
});

test('a headline `Name: … ?` asks about the person; it is no statement of theirs', t => {
	t.deepEqual(statements(t, 'Ortiz: Reformer Or Insider?\n\nThe mayor spoke on Friday.'), []);
});

test('And when asked …, / But asked …,: a joining word before the question does not hide it', t => {
	t.deepEqual(statements(t, 'And when asked which park she liked best, the mayor smiled.'),
		['- | asked | which park she liked best']);
});

test('a party label in parentheses between the name and a weak cue still makes a named subject (Sen. Ann Lee (D-Ore.) called …)', t => {
	t.deepEqual(statements(t, 'In a fiery speech, Sen. Ann Lee (D-Ore.) called him divisive.'),
		['Sen. Ann Lee (D-Ore.) | called | him divisive']);
});

test('called upon X to …: like called on, the content follows the particle', t => {
	t.deepEqual(statements(t, 'Hart called upon Mayor Lee to restart the ferry service.'),
		['Hart | called | Mayor Lee to restart the ferry service']);
});

test('with + a name + a weak participle (…, with Gov. Ann Lee calling Hart a fraud): the name speaks', t => {
	t.deepEqual(statements(t, 'Candidates went further, with former Gov. Ann Lee calling Hart a fraud.'),
		['former Gov. Ann Lee | calling | Hart a fraud']);
});

test('a short opening adverbial before an inserted attribution (But the next day, according to Lee, …) takes the clause after it', t => {
	t.deepEqual(statements(t, 'But the next day, according to Lee, the mayor changed her mind.'),
		['Lee | according to | But the next day | the mayor changed her mind']);
});

test('Now, she says, …: a short opening adverbial, an inserted attribution, then the clause it introduces', t => {
	t.deepEqual(statements(t, 'Now, she says, at least nine of the twelve members have signed on.'),
		['she | says | Now | at least nine of the twelve members have signed on']);
});

test('a participle of consequence after reported content (…, meaning …, …, reversing …) is the writer’s', t => {
	t.deepEqual(statements(t, 'The council said it would not vote on the levy this year, meaning the pool will stay closed.'),
		['The council | said | it would not vote on the levy this year']);
	t.deepEqual(statements(t, 'The council declared war on the levy, leading to a four-year fight over the harbor.'),
		['The council | declared | war on the levy']);
});

test('a chained statement’s content ends where the writer’s own clause begins (… and added that …, prompting …)', t => {
	t.deepEqual(statements(t, 'Lee said the plan was sound and added that the pool needed repairs, prompting cheers from the crowd.'),
		['Lee | said | the plan was sound', 'Lee | added | that the pool needed repairs']);
});

test('an aside set off right after the cue (said, without evidence, that … / wrote — in a letter, as it turns out — that …) is the writer’s', t => {
	t.deepEqual(statements(t, 'The treasurer said, without evidence, that the fund had lost two grants.'),
		['The treasurer | said | that the fund had lost two grants']);
	t.deepEqual(statements(t, 'Coach Ben Ortiz wrote — in a letter to parents, as it turns out — that the season would start late.'),
		['Coach Ben Ortiz | wrote | that the season would start late']);
	t.deepEqual(statements(t, 'The clerk said, twice, that the count was final.'), ['The clerk | said | that the count was final']);
});

test('a party and state set off by commas (Sen. Ann Lee, D-Ore., said …): its period is no sentence end', t => {
	t.deepEqual(statements(t, 'Sen. Nora Vance, D-Ore., said the levy would not cover the repairs.'),
		['Sen. Nora Vance | said | the levy would not cover the repairs']);
	t.deepEqual(statements(t, 'Rep. Hal Brandt, R-Fla., speaking on the radio after the vote, said the bridge would be rebuilt.'),
		['Rep. Hal Brandt | said | the bridge would be rebuilt']);
});

test('a share of a group named by an object pronoun (most of them said, a few of us told) is the speaker', t => {
	t.deepEqual(statements(t, 'Most of them said they would vote for the levy.'), ['Most of them | said | they would vote for the levy']);
	t.deepEqual(statements(t, 'After the match, a few of us told the coach the pitch was too wet.'),
		['a few of us | told | the pitch was too wet']);
});

test('asked by X …: the one after by put the question, which starts at its question word', t => {
	t.deepEqual(statements(t, 'Asked by Tom Reyes on Monday about raising the fares, the mayor said: “We have no choice.”'),
		['Tom Reyes | Asked | about raising the fares', 'the mayor | said: | “We have no choice.”']);
	t.deepEqual(statements(t, '“Not this year,” Lee said when asked by a caller whether he would run again.'),
		['Lee | said | “Not this year,”', 'a caller | asked | whether he would run again']);
});

test('the subject after two introductions (`The day before, at a rally in Beaumont, Tex.,` / `In Salem, where …,`) speaks a participle cue', t => {
	t.deepEqual(statements(t, 'The day before, at a rally in Beaumont, Tex., Bob Hart was just as blunt, claiming that the plan had failed.'),
		['Bob Hart | claiming | that the plan had failed']);
	t.deepEqual(statements(t, 'In West Salem, where Mr. Hart began his career, he showed his wit at a rally by joking that he would bring a grill to the capital.'),
		['he | joking | that he would bring a grill to the capital']);
});

test('a state written out in full continues an introduction (`At an event in Ames, Iowa, on Sunday, …`)', t => {
	t.deepEqual(statements(t, 'At a campaign event in Ames, Iowa, on Sunday, Ann Lee expanded on her remarks, saying that the state should lead.'),
		['Ann Lee | saying | that the state should lead']);
});

test('a participle after a comma is said by the subject pronoun of the clause it follows (`…, but he talked …, saying …`)', t => {
	t.deepEqual(statements(t, 'Lee was challenged over his temper, but he talked more about roads, saying that he would fix the bridge.'),
		['he | saying | that he would fix the bridge']);
	// After `after` or `before` the pronoun is often someone else: the sentence subject still speaks.
	t.deepEqual(statements(t, 'Ruiz apologized for the columns after they came out, saying that they were old.'),
		['Ruiz | saying | that they were old']);
});

test('a participle after a `when`/`as` clause is said by that clause’s subject pronoun (`…, when he named …, calling …`)', t => {
	t.deepEqual(statements(t, 'Lee changed his slogan on Friday when he named his running mate, calling the pick a “bold choice.”'),
		['he | calling | the pick a “bold choice.”']);
	t.deepEqual(statements(t, 'The mayor softened her tone even as she stood by the budget, saying that cuts were unavoidable.'),
		['she | saying | that cuts were unavoidable']);
});

test('reported content ends at a spaced dash after its quotation (the writer’s comment), not at a dash pair around an aside', t => {
	t.deepEqual(statements(t, 'Ruiz said he was “encouraged” by the plan — a modest boost for the mayor after a hard month.'),
		['Ruiz | said | he was “encouraged” by the plan']);
	t.deepEqual(statements(t, 'Ruiz said that “every member of the board” - including Lee - backed the plan.'),
		['Ruiz | said | that “every member of the board” - including Lee - backed the plan']);
});

test('a passive asking cue (`was asked by host Dan Ortiz, “…”`) is said by its agent, and the content follows the agent', t => {
	t.deepEqual(statements(t, 'On Sunday, Lee was asked by host Dan Ortiz, “Will you run again?”'),
		['host Dan Ortiz | asked | “Will you run again?”']);
});

test('`X cited Y, which he said …`: a speaker of its own after `, which` starts a statement of its own', t => {
	t.deepEqual(statements(t, 'Mayor Ruiz criticized the new tariff, which she said would hurt local farmers.'),
		['Mayor Ruiz | criticized | the new tariff', 'she | said | which | would hurt local farmers']);
	t.deepEqual(statements(t, 'The union cited the new rota, which the hospital board has said is unsafe.'),
		['The union | cited | the new rota', 'the hospital board | said | which | is unsafe']);
});

test('`…, whom she called “…”`: a speaker of its own after `, whom` starts a statement of its own, as after `, which`', t => {
	t.deepEqual(statements(t, 'Harbor Master Eli Park said ferries ran all night for the marchers, whom Mayor Ann Kim called "very peaceful people."'),
		['Harbor Master Eli Park | said | ferries ran all night for the marchers', 'Mayor Ann Kim | called | whom | "very peaceful people."']);
});

test('a time adjunct between the auxiliary and the cue (`has in the past said`) is not the speaker', t => {
	t.deepEqual(statements(t, 'The harbor master has in the past said the pier was unsafe.'),
		['The harbor master | said | the pier was unsafe']);
	t.deepEqual(statements(t, 'Local farmers had at times warned that the dam would fail.'),
		['Local farmers | warned | that the dam would fail']);
});

test('an expletive opener (It’s, There’s, That’s) is no subject: the subject of the clause after it speaks', t => {
	t.deepEqual(statements(t, 'It’s a long shot, but Mayor Ruiz was in Salem on Tuesday, urging voters to back the levy.'),
		['Mayor Ruiz | urging | voters to back the levy']);
	t.deepEqual(statements(t, 'It’s become such a fixture that Ann Lee on Sunday thanked its members and called the group “a lifeline.”'),
		['Ann Lee | thanked | its members', 'Ann Lee | called | the group “a lifeline.”']);
});

test('`A poll showed that 61 percent of residents said …`: the poll reports the respondents’ answer', t => {
	t.deepEqual(statements(t, 'A county poll in May showed that 61 percent of residents said the ferry fares were too high.'),
		['A county poll in May | showed | that 61 percent of residents said the ferry fares were too high']);
	t.deepEqual(statements(t, 'Surveys show as many as 40 percent of commuters say they would pay more for a faster bus.'),
		['Surveys | show | as many as 40 percent of commuters say they would pay more for a faster bus']);
});

test('reported content ends shortly after a quotation at `, which` + a past tense that is no verb of saying (what the words caused)', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim later said she was being “playful” in her remarks, which angered several council members.'),
		['Mayor Ann Kim | said | she was being “playful” in her remarks']);
	t.deepEqual(statements(t, 'Mayor Ann Kim said the ferry, which sailed at dawn, was late.'),
		['Mayor Ann Kim | said | the ferry, which sailed at dawn, was late']);
});

test('`in` + a gerund after a quotation that ends a prepositional object (`for its “…”`) is the writer’s; after a reported clause it goes on', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim blasted the ferry line for its “outrageous fees” in charging students full price.'),
		['Mayor Ann Kim | blasted | the ferry line for its “outrageous fees”']);
	t.deepEqual(statements(t, 'Mayor Ann Kim said she “took the long view” in addressing the Harbor Council.'),
		['Mayor Ann Kim | said | she “took the long view” in addressing the Harbor Council']);
});

test('reported content ends at a quotation followed by `and` + a past tense (the subject’s next action)', t => {
	t.deepEqual(statements(t, 'Mayor Ruiz vowed to be “the most honest mayor this harbor town has seen” and cut the ribbon on the new pier.'),
		['Mayor Ruiz | vowed | to be “the most honest mayor this harbor town has seen”']);
	t.deepEqual(statements(t, 'Ruiz says she is “thrilled with the turnout” as she heads into the final week of the race.'),
		['Ruiz | says | she is “thrilled with the turnout”']);
	// A clause after `that` keeps its own second predicate.
	t.deepEqual(statements(t, 'Ruiz said that the levy had “worked” and reduced flooding in the lower wards.'),
		['Ruiz | said | that the levy had “worked” and reduced flooding in the lower wards']);
});

test('reported content ends before `and` + a verb of saying even when another quotation follows (that verb’s own)', t => {
	t.deepEqual(statements(t, 'Mayor Ana Ruiz condemned “such a reckless plan” and declared a resolve to “keep the harbor open.”'),
		['Mayor Ana Ruiz | condemned | “such a reckless plan”', 'Mayor Ana Ruiz | declared | a resolve to “keep the harbor open.”']);
});

test('reported words end at a quoted exclamation or question followed by the writer’s words (`yelled “You lie!” at …`)', t => {
	t.deepEqual(statements(t, 'Kim, who gained fame in 2009 when he yelled “You lie!” at the mayor during the budget address, backed Lee.'),
		['he | yelled | “You lie!”']);
});

test('reported words end at their quotation when a time adjunct follows (`… “a decent man” Tuesday, hours after …`)', t => {
	t.deepEqual(statements(t, 'Mayor Lee defended her deputy as “a decent man” Tuesday, hours after he was charged with fraud.'),
		['Mayor Lee | defended | her deputy as “a decent man”']);
	t.deepEqual(statements(t, 'Ruiz wrote that the count was “over” moments after the polls closed.'), ['Ruiz | wrote | that the count was “over”']);
});

test('reported content ends at `, when` + a named subject whose own quotation follows (`…, when Ms. Kim … called for “…”`)', t => {
	const found = statements(t, 'Some residents said they feared a repeat of Ana Kim’s fiery speech in 1992, when Ms. Kim, who had lost the primary, called for a “culture war” against “the elites.”');
	t.is(found[0], 'Some residents | said | they feared a repeat of Ana Kim’s fiery speech in 1992');
	t.true(found.some(s => s.startsWith('Ms. Kim | called |')));
});

test('reported content ends at `but` + auxiliaries + a verb of saying (the subject’s next act of speech)', t => {
	t.deepEqual(statements(t, 'Lee said he would offer “a prayer” for the eventual nominee but did not suggest it would be Kim.'),
		['Lee | said | he would offer “a prayer” for the eventual nominee']);
	// After a modal it is still what was said.
	t.deepEqual(statements(t, 'Ana Ruiz said she had lost a week of wages in the dispute but would not blame the drivers.'),
		['Ana Ruiz | said | she had lost a week of wages in the dispute but would not blame the drivers']);
});

test('reported content ends at `, and has` + a past participle (the subject’s record, in the writer’s words)', t => {
	t.deepEqual(statements(t, 'Kim insists the party must be a party of ideas, and has championed a plan that cuts taxes.'),
		['Kim | insists | the party must be a party of ideas']);
});

test('reported content ends at a comma before the next share of respondents (`…, 32% call themselves …`)', t => {
	t.deepEqual(statements(t, 'In the survey, 42% say they are liberal, 32% call themselves conservative on taxes.'),
		['42% | say | they are liberal']);
	t.deepEqual(statements(t, 'Most voters said the roads were poor, 27 percent of them were undecided on the levy.'),
		['Most voters | said | the roads were poor']);
});

test('reported content ends at `, with` + a name + a participle (an absolute clause of someone’s act)', t => {
	t.is(statements(t, 'The campaign has denied it happened, with Rob Kim taking to the radio to call the claim absurd.')[0],
		'The campaign | denied | it happened');
});

test('a participle after an inverted speaker (`“…,” said X, noting that …`) is that speaker’s next statement', t => {
	t.deepEqual(statements(t, '“The ferry is late again,” said Ann Lee, the harbor master, explaining that the engines had failed twice this week.'),
		['Ann Lee | said | “The ferry is late again,”', 'Ann Lee | explaining | that the engines had failed twice this week']);
});

test('a participle after `…, he said,` is the writer’s scene, not the content, when the clause before it is', t => {
	t.deepEqual(statements(t, 'Sales were strong, he said, wiping rain off his coat.'),
		['he | said | Sales were strong']);
});

test('`issued a statement saying …`: `saying` after a document noun is the cue, the sentence subject the speaker', t => {
	t.deepEqual(statements(t, 'The harbor league issued a statement saying the pier was safe.'),
		['The harbor league | saying | the pier was safe']);
});

test('reported, vowed, urged and a few more are cues before a plain object or infinitive, whoever the subject', t => {
	t.deepEqual(statements(t, 'The online retail giant reported a profit of $2.10 per share, well above the estimate.'),
		['The online retail giant | reported | a profit of $2.10 per share, well above the estimate']);
	t.deepEqual(statements(t, 'Even as they all vowed to carry their campaigns onward, the governors trailed.'),
		['they | vowed | to carry their campaigns onward']);
});

test('`announced` after any subject is a cue (`the board announced cuts …`)', t => {
	t.deepEqual(statements(t, 'The vote came after the county board announced cuts to the ferry budget.'),
		['the county board | announced | cuts to the ferry budget']);
});

test('`According to X, …` content ends where the writer’s sequel begins (`…,” sparking …`)', t => {
	t.deepEqual(statements(t, 'According to some fans online, Ruiz was “exhausted,” sparking talk of her retirement.'),
		['some fans online | According to | Ruiz was “exhausted,”']);
});

test('reported content ends at `, and it …` (the writer’s own clause), as at `, and he …`', t => {
	t.deepEqual(statements(t, 'Lee said the harbor vote was close, and it is clear that the count will take days.'),
		['Lee | said | the harbor vote was close']);
});

test('the content does not skip a reported clause to reach a later `that` (a determiner, or the nested clause’s own)', t => {
	t.deepEqual(statements(t, 'Lee said hydrologists disputed that claim.'), ['Lee | said | hydrologists disputed that claim']);
	t.deepEqual(statements(t, 'Lee said the engineers warned on Monday that the dam was unsafe.'),
		['Lee | said | the engineers warned on Monday that the dam was unsafe']);
	// Adjuncts before `that` are still skipped.
	t.deepEqual(statements(t, 'Lee told reporters in Salem on Monday that the dam was unsafe.'), ['Lee | told | that the dam was unsafe']);
});

test('`added` with a plain object reports nothing; before a clause or after a quotation it is a cue', t => {
	t.deepEqual(statements(t, 'New estates on the edge of town have added thousands of homes to a network that was built for a village.'), []);
	t.deepEqual(statements(t, 'Lee added that the network was built for a village.'), ['Lee | added | that the network was built for a village']);
	t.deepEqual(statements(t, '“Really,” she added when the host looked surprised.'), ['she | added | “Really,”']);
});

test('a cue-verb participle between an article and its noun is an adjective (`in a written statement`, `an estimated 300`)', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee said in a written statement on Monday that the pier was safe.')),
		['Ann Lee | said | that the pier was safe']);
	t.deepEqual(summary(analyzeAttribution('An estimated 300 volunteers were assigned to the harbor cleanup.')), []);
});

test('`…, with Sen. Ann Lee calling it …`: a speaker and a participle cue after `, with` start a statement of their own', t => {
	t.deepEqual(summary(analyzeAttribution('The mayor said the pier should close, with Sen. Ann Lee calling it a “money pit.”')),
		['The mayor | said | the pier should close', 'Sen. Ann Lee | calling | it a “money pit.”']);
});

test('a speaker of its own after `as` that follows the cue, a comma or `even` starts a statement apart', t => {
	t.deepEqual(statements(t, '“Apparently a young man is having some trouble,” Kim said as the heckler yelled: “Go home!”'),
		['Kim | said | “Apparently a young man is having some trouble,”', 'the heckler | yelled: | “Go home!”']);
	// Not `as` after any other word (`voting as independents`).
	t.deepEqual(statements(t, 'Ruiz said that residents who were voting as independents complained about the ballot.'),
		['Ruiz | said | that residents who were voting as independents complained about the ballot']);
});

test('`…, to which Ortiz interjected: “…”`: a speaker of its own after a preposition and `which` starts a statement apart', t => {
	t.deepEqual(statements(t, 'Lee said that experts had judged her plans sound, to which Ortiz interjected: “That is just not true.”'),
		['Lee | said | that experts had judged her plans sound', 'Ortiz | interjected: | “That is just not true.”']);
});

test('`… — which she added “…”`: a speaker of its own in a `which` clause after a dash is a statement apart, as after a comma', t => {
	t.deepEqual(summary(analyzeAttribution('Ann Lee said that the town is breaking the rules — which she added “is deeply regrettable.”')),
		['Ann Lee | said | that the town is breaking the rules', 'she | added | which | “is deeply regrettable.”']);
});

test('`said that A “…,” and that B`: a second `that` clause after a quotation closed with a comma goes on with the content', t => {
	t.deepEqual(statements(t, 'Ann Lee said that her father “could be stern,” and that her brother had struggled with his constant criticism.'),
		['Ann Lee | said | that her father “could be stern,” and that her brother had struggled with his constant criticism']);
});

test('`… “classy” and has invited …`: after a closing quotation, `and` with a perfect tense is the subject’s next action', t => {
	t.deepEqual(statements(t, 'Ann Lee has assured me she is going to keep it “classy” and has invited two guests: Bo Kim and his friend Rob Dale.'),
		['Ann Lee | assured | she is going to keep it “classy”']);
});

test('`… “a disaster”— a word …`: a dash touching the closing mark opens the writer’s comment as a spaced one does', t => {
	t.deepEqual(statements(t, 'The mayor said the plan was “a disaster”— a word she has used before about every plan.'),
		['The mayor | said | the plan was “a disaster”']);
});

test('an -ing form before a noun it makes a compound with (`calling card`, `speaking tour`) is no cue', t => {
	t.deepEqual(statements(t, 'Kim comes with the right calling card: he protected the delegates in 1976, in what Ann Lee, treasurer for the campaign, called "hand-to-hand combat."'),
		['Ann Lee | called | "hand-to-hand combat."']);
});

test('`…, before insisting …`: a cue participle after `, before` is the subject’s next statement', t => {
	t.deepEqual(statements(t, '“There is great danger at the harbor,” Lee told reporters, before insisting she had a “great relationship” with the dock workers.'),
		['Lee | told | “There is great danger at the harbor,”', 'Lee | insisting | she had a “great relationship” with the dock workers']);
});

test('`…, calling him a “stiff” and accusing him of …`: a second participle after a quotation and `and` is a statement of the same subject', t => {
	t.deepEqual(statements(t, 'Then she cut into Kim, calling him a "stiff" and accusing him of acting like a "spoiled child."'),
		['she | calling | him a "stiff"', 'she | accusing | him of acting like a "spoiled child."']);
});

test('`…, whom he described as “peaceful,” for …`: the content is `whom` and the words up to the quotation that names them', t => {
	t.deepEqual(statements(t, 'Groups of observers were sent with the marchers, whom he described as "peaceful," for the length of the route.'),
		['he | described | whom | as "peaceful,"']);
});

test('`He suggested …, called her “third-rate” and boycotted …`: a cue in the middle of a list of the subject’s actions is a statement of its own', t => {
	t.deepEqual(statements(t, 'He later suggested her mood was behind her aggressive tone, called her “third-rate” and boycotted one of the debates.'),
		['He | suggested | her mood was behind her aggressive tone', 'He | called | her “third-rate”']);
});

test('`… “the presumptive nominee” even as she loses …`: `even as` and a pronoun after the quotation start the writer’s clause', t => {
	t.deepEqual(statements(t, 'Lee said she could be celebrating being dubbed the “presumptive nominee” even as she loses the largest state in the region.'),
		['Lee | said | she could be celebrating being dubbed the “presumptive nominee”']);
});

test('`A “…,” she told friends, in which …`: a preposition and `which` after the attribution go on with the content’s relative clause', t => {
	t.deepEqual(statements(t, 'Headline\nShe thought of her speeches as “little talks,” she told friends, in which she could tell stories and share ideas in a plain manner.'),
		['she | told | She thought of her speeches as “little talks,” | in which she could tell stories and share ideas in a plain manner']);
});

test('`as described by X` names a source as `as reported by X` does', t => {
	t.deepEqual(summary(analyzeAttribution('The ferry was run with “stunning neglect” – as described by Harbor Master Ann Ruiz – for years.')),
		['Harbor Master Ann Ruiz | as described by | The ferry was run with “stunning neglect”']);
});

test('a participle after `and` that goes on from a participle after a comma is a statement of its own (`…, calling … and accusing …`)', t => {
	t.deepEqual(statements(t, 'Ruiz spoke for an hour, vowing to “fix every pier” and suggesting the council would pay.'),
		['Ruiz | vowing | to “fix every pier”', 'Ruiz | suggesting | the council would pay']);
});

test('`A survey by X found …`: the document and its author after `by` are the speaker', t => {
	t.deepEqual(statements(t, 'A recent survey by the harbor council found that dockworkers were “deeply unhappy.”'),
		['A recent survey by the harbor council | found | that dockworkers were “deeply unhappy.”']);
});

test('`have long complained`: `long` after a perfect auxiliary sits between the speaker and the cue', t => {
	t.deepEqual(statements(t, 'The dockworkers have long complained that the piers are “a mess.”'),
		['The dockworkers | complained | that the piers are “a mess.”']);
});

test('`Harbor unions have campaigned …`: a plural of a word for a body is a head noun and can hold words', t => {
	t.deepEqual(statements(t, 'Harbor unions have campaigned against “private crews” on the docks.'),
		['Harbor unions | campaigned | against “private crews” on the docks']);
});

test('`Federal harbor organizations last year decried …`: lower-case modifiers between a capitalised adjective and a head noun stay in the subject', t => {
	t.deepEqual(statements(t, 'Federal harbor organizations last year decried the “private crews” on the docks.'),
		['Federal harbor organizations | decried | the “private crews” on the docks']);
});

test('`Lee and Kim both stressed …`: a floating quantifier sits between a subject of several and the cue', t => {
	t.deepEqual(statements(t, 'Ruiz and Ortega both stressed that the ferry was not all bad news.'),
		['Ruiz and Ortega | stressed | that the ferry was not all bad news']);
});

test('`Democratic front-runner Ann Lee …`: an adjective of party or nation, a role word and a name are one subject', t => {
	t.deepEqual(statements(t, 'Democratic front-runner Ann Lee quit giving speeches, announcing that she was “done.”'),
		['Democratic front-runner Ann Lee | announcing | that she was “done.”']);
});

test('`…, Calif., the council …`: `Calif.` is an abbreviation, so the introduction with its state is no subject', t => {
	t.deepEqual(statements(t, 'Within hours of the vote in Fresno, Calif., the harbor council celebrated the result online: “We have arrived.”'),
		['the harbor council | celebrated the result online: | “We have arrived.”']);
});

test('`…, carrying signs saying “…”`: the verb before the signs is no part of the speaker; who carries them speaks', t => {
	t.deepEqual(statements(t, 'The dockworkers gathered at the pier, carrying signs saying, “Pay us now.”'),
		['The dockworkers | saying | “Pay us now.”']);
});

test('a passive `said` before `to` reports what is said of its subject: the infinitive is the content, not an adjunct', t => {
	t.deepEqual(statements(t, 'Harbor Master Ann Ruiz was said to be “livid” with the council for the delay.'),
		['Harbor Master Ann Ruiz | said | to be “livid” with the council for the delay']);
});

test('`…, stating that the city should declare …`: a cue inside the participle’s `that` clause is part of its content', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim laid out her plan, stating that the Harbor Council should declare war on the gang that has taken the “old pier” for itself.'),
		['Mayor Ann Kim | stating | that the Harbor Council should declare war on the gang that has taken the “old pier” for itself']);
});

test('a capitalised -ing word right before `said` opens the sentence as a name (`Whiting said …`), so a later `but said` has a subject', t => {
	t.deepEqual(statements(t, 'Whiting said the ferry will still run on weekends, but said, “It is time we change how we pay for it.”'),
		['Whiting | said | the ferry will still run on weekends', 'Whiting | said | “It is time we change how we pay for it.”']);
});

test('`after`, `before` or `while` and a cue participle before `that` report what the subject said next, without a comma too', t => {
	t.deepEqual(statements(t, '“We will win by the number of wards,” Kim answered before adding that she needs the west side.'),
		['Kim | answered | “We will win by the number of wards,”', 'Kim | adding | that she needs the west side']);
	t.deepEqual(statements(t, 'Harbor Council members have vowed to win back trust, while acknowledging that this will be hard.'),
		['Harbor Council members | vowed | to win back trust', 'Harbor Council members | acknowledging | that this will be hard']);
});

test('`hinted that …` reports what was hinted; `hinted at …` and the pronoun `that` do not', t => {
	t.deepEqual(statements(t, '“Nothing is off the table,” Kim told the Ledger on Monday after hinting that “staff changes” could come.'),
		['Kim | told | “Nothing is off the table,”', 'Kim | hinting | that “staff changes” could come']);
	t.deepEqual(statements(t, 'Mayor Ann Kim hinted that the ferry would stop in May.'), ['Mayor Ann Kim | hinted | that the ferry would stop in May']);
	t.deepEqual(statements(t, 'Mayor Ann Kim hinted at that in a speech on Monday.'), []);
});

test('`spoke … about` takes a topic that opens with a quotation (`spoke instead about “fixing the pier”`)', t => {
	t.deepEqual(statements(t, 'This Kim double spoke instead about "fixing the pier" and making sure it is "safe."'),
		['Kim double | spoke instead about | "fixing the pier" and making sure it is "safe."']);
});

test('`spoke out for`, `against`, `in favor of`: what the speaker backs or opposes is the content', t => {
	t.deepEqual(statements(t, 'In 2011 she spoke out for \'\'quick weddings\'\' as the answer to debt.'),
		['she | spoke out for | \'\'quick weddings\'\' as the answer to debt']);
	t.deepEqual(statements(t, 'Mayor Ann Kim has spoken out in favor of the ferry and the pier.'),
		['Mayor Ann Kim | spoken out in favor of | the ferry and the pier']);
});

test('a progressive cue before `about` or `on` takes its topic as a simple tense does (`was commenting on how …`)', t => {
	t.deepEqual(statements(t, 'Host Lee Noah was commenting on how the ferry could hurt the harbor.'),
		['Host Lee Noah | commenting on | how the ferry could hurt the harbor']);
});

test('`X was first reported by Y.`: the source after `by` reported the subject, which is the content', t => {
	const text = 'Harbor sale\n\nNews of the pier sale was first reported by the Bayview Ledger.';
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.deepEqual(summary(result), ['the Bayview Ledger | was first reported | News of the pier sale']);
});

test('`that` before a name or a plural and a comma is the complementizer, even after an adjunct (`said on Monday that trials, with …, were key`)', t => {
	t.deepEqual(statements(t, 'Lee Ruiz said on Monday that trials, with long records, were key.'),
		['Lee Ruiz | said | that trials, with long records, were key']);
	t.deepEqual(statements(t, 'Kim disputed that claim, saying it was false.'), ['Kim | saying | it was false']);
});

test('`on the condition of anonymity` after the content is the writer’s report of the terms of speaking', t => {
	t.deepEqual(statements(t, 'A harbor official confirmed the ferry deal on the condition of anonymity because she was not allowed to discuss it.'),
		['A harbor official | confirmed | the ferry deal']);
	t.deepEqual(statements(t, 'Two dock workers spoke about the night shifts only on condition of anonymity.'),
		['Two dock workers | spoke about | the night shifts']);
});

test('`…, as has X` / `…, as was the case with …` after the content is the writer’s comparison, not what was said', t => {
	t.deepEqual(statements(t, 'Two council members have said they will not back the pier plan, as has Ann Lee, the harbor master of Dover.'),
		['Two council members | said | they will not back the pier plan']);
	t.deepEqual(statements(t, 'Kim said she does not hold her meetings in public, as was the case with the ferry talks on Tuesday.'),
		['Kim | said | she does not hold her meetings in public']);
});

test('after an object with no verb of its own, the time or venue of the saying (`on Sunday`, `in an appearance on …`) is the writer’s', t => {
	t.deepEqual(statements(t, 'Mayor Kim stressed those worries on Sunday at a forum in Dover.'), ['Mayor Kim | stressed | those worries']);
	t.deepEqual(statements(t, 'Ann Lee explained her reasoning in an appearance on Harbor Radio.'), ['Ann Lee | explained | her reasoning']);
	// A clause keeps its adjuncts: they may be part of what was said.
	t.deepEqual(statements(t, 'Ann Lee said the ferry will stop on Sunday.'), ['Ann Lee | said | the ferry will stop on Sunday']);
});

test('a participle of saying after a dash, or after `by`, `after`, `before` (an adverb between), is the subject’s statement', t => {
	t.deepEqual(statements(t, 'Mayor Kim changed her mind on the spot – saying she was now rooting for the ferry.'),
		['Mayor Kim | saying | she was now rooting for the ferry']);
	t.deepEqual(statements(t, 'Lee Ortiz won the crowd over by saying he is ready to go to work for the harbor.'),
		['Lee Ortiz | saying | he is ready to go to work for the harbor']);
	t.deepEqual(statements(t, 'Lee Ortiz gave in after initially saying he would not run ads.'),
		['Lee Ortiz | saying | he would not run ads']);
});

test('X’s claim is that …: a noun of saying with its copula is the cue, the possessor the speaker', t => {
	t.deepEqual(statements(t, 'But Mayor Ann Kim’s most serious claim is that the Harbor Council kept the ferry audit “under lock and key.”'),
		['Mayor Ann Kim’s | claim is | that the Harbor Council kept the ferry audit “under lock and key.”']);
	t.deepEqual(statements(t, 'Her answer was that the pier would reopen in May.'),
		['Her | answer was | that the pier would reopen in May']);
});

test('an editor’s note that corrects an article reports what was said; boilerplate notes still report nobody', t => {
	t.deepEqual(statements(t, 'Harbor news\nEditor’s Note: An earlier version of this article misstated the fee. On Friday, however, the harbor master, Eli Park, said that the ferry fee was \'\'ten dollars.\'\''),
		['the harbor master | said | that the ferry fee was \'\'ten dollars.\'\'']);
	t.deepEqual(statements(t, 'Harbor news\nEditor’s note: Mayor Ann Kim said the pier is safe, a claim the Gazette has disputed.'), []);
});

test('reporting verbs beyond said: remarked, confessed, speculated, swore, surmised, grumbled', t => {
	t.deepEqual(statements(t, 'Harbor master Ann Lee remarked that the tide tables were wrong.'),
		['Harbor master Ann Lee | remarked | that the tide tables were wrong']);
	t.deepEqual(statements(t, 'The treasurer confessed he had never read the audit.'),
		['The treasurer | confessed | he had never read the audit']);
	t.deepEqual(statements(t, 'Several councillors speculated that the ferry would be sold.'),
		['Several councillors | speculated | that the ferry would be sold']);
	t.deepEqual(statements(t, '“Not again,” the skipper grumbled.'), ['the skipper | grumbled | “Not again,”']);
	// The nouns stay nouns: `his remarks loomed large` reports nothing.
	t.deepEqual(statements(t, 'His remarks about the ferry loomed large at the meeting.'), []);
});

test('remarked upon / commented on: the topic after the verb is the content', t => {
	t.deepEqual(statements(t, 'At the rally, Kim remarked upon a column in which the editors doubted the budget.'),
		['Kim | remarked upon | a column in which the editors doubted the budget']);
});

test('a weak cue after a name, a party label and a time adjunct (Sen. Ann Lee (D-Ore.) last week admitted …)', t => {
	t.deepEqual(statements(t, 'Sen. Ann Lee (D-Ore.) last week admitted the harbor fund was “nearly empty.”'),
		['Sen. Ann Lee (D-Ore.) | admitted | the harbor fund was “nearly empty.”']);
});

test('surnames with lower-case particles are names: `al-Amin`, `de Souza`, `Van Tassel`, `von der Heide`', t => {
	t.deepEqual(statements(t, '“The pier stays open,” al-Amin told reporters.'), ['al-Amin | told | “The pier stays open,”']);
	t.deepEqual(statements(t, 'Later, al-Amin acknowledged the pier would close.'), ['al-Amin | acknowledged | the pier would close']);
	t.deepEqual(statements(t, 'Mayor Rosa de Souza spoke first. Later, de Souza said the city would sue.'),
		['de Souza | said | the city would sue']);
	t.deepEqual(statements(t, 'Van Tassel added that the vote was late.'), ['Van Tassel | added | that the vote was late']);
	t.deepEqual(statements(t, '“It is late,” von der Heide said.'), ['von der Heide | said | “It is late,”']);
	// A particle before a lower-case word is no name: `the son of Ann Lee` keeps its head.
	t.deepEqual(statements(t, 'The son of Ann Lee said it was late.'), ['The son of Ann Lee | said | it was late']);
});

test('`When asked if …, X said, “…”`: the question is the asker’s statement, not part of the answer', t => {
	t.deepEqual(statements(t, 'When asked by a host if the floods were a failure, which many believed, Ann Roe said, “I have not heard that concern” from engineers.'),
		['a host | asked | if the floods were a failure', 'Ann Roe | said | “I have not heard that concern” from engineers']);
});

test('a day between the cue and the content: `said Tuesday Lee has …`, `said on Tuesday the plan …`, `said Tuesday “…”`', t => {
	t.deepEqual(statements(t, 'The harbor master said Tuesday Ann Lee has “several ways” to fund the pier.'),
		['The harbor master | said | Ann Lee has “several ways” to fund the pier']);
	t.deepEqual(statements(t, 'The mayor said on Tuesday the ferry would run until May.'), ['The mayor | said | the ferry would run until May']);
	t.deepEqual(statements(t, 'Kim said on Friday Lee would resign.'), ['Kim | said | Lee would resign']);
	t.deepEqual(statements(t, 'The coach said Tuesday “it makes me proud” every time the team wins.'),
		['The coach | said | “it makes me proud” every time the team wins']);
	// A determiner after a preposition is still the adjunct.
	t.deepEqual(statements(t, 'The mayor said this week at an event that the ferry would run.'), ['The mayor | said | that the ferry would run']);
});

test('`In both cases, Lee said Tuesday, B`: past the day, the clause goes on after a short opening', t => {
	t.deepEqual(statements(t, 'In both cases, the treasurer said Tuesday, the donations paid for new benches.'),
		['the treasurer | said | In both cases | the donations paid for new benches']);
});

test('past a told-type object and its adjuncts (`told voters this weekend`, `told reporters after the meeting`) the clause starts', t => {
	t.deepEqual(statements(t, 'Lee told voters this weekend she would fight the levy.'), ['Lee | told | she would fight the levy']);
	t.deepEqual(statements(t, 'Lee told reporters after the meeting she would fight the levy.'), ['Lee | told | she would fight the levy']);
	t.deepEqual(statements(t, 'Lee told The Harbour Gazette in an interview the levy was unfair.'), ['Lee | told | the levy was unfair']);
	t.deepEqual(statements(t, 'Lee told reporters in the hall the levy was unfair.'), ['Lee | told | the levy was unfair']);
});

test('`X was quoted (by Reuters) as saying …`: who was quoted said it', t => {
	t.deepEqual(statements(t, 'Kim was quoted as saying the levy was dead.'), ['Kim | quoted as saying | the levy was dead']);
	t.deepEqual(statements(t, 'The harbor master was quoted by the Gazette as saying, “The levy is dead.”'),
		['The harbor master | quoted by the Gazette as saying | “The levy is dead.”']);
});

test('`The plan, Kim said, was dead`: a short subject before the attribution is part of the content; a lone adverb is not', t => {
	t.deepEqual(statements(t, 'The levy, Kim insisted, was dead.'), ['Kim | insisted | The levy | was dead']);
	t.deepEqual(statements(t, 'Rather, Kim said, the levy will be repealed next year.'), ['Kim | said | the levy will be repealed next year']);
});

test('a bare plural agent noun after an inverted cue is the speaker (`The hull, said engineers, is rotten`)', t => {
	t.deepEqual(statements(t, 'The hull, said engineers, is rotten.'), ['engineers | said | The hull | is rotten']);
	t.deepEqual(statements(t, '“The hull is rotten,” said surveyors at the yard.'), ['surveyors | said | “The hull is rotten,”']);
});

test('`A, Lee told reporters, B`: a told-type verb and its object inside the sentence leave both halves as the content; not a participle’s', t => {
	t.deepEqual(statements(t, 'Many of the ferries, he told reporters, have run late.'),
		['he | told | Many of the ferries | have run late']);
	t.deepEqual(statements(t, 'Sailing alone in a storm, they told the Salem Herald, can be deadly.'),
		['they | told | Sailing alone in a storm | can be deadly']);
	t.deepEqual(statements(t, 'After the storm, Lee emailed her friends, adding that the pier held.'),
		['Lee | adding | that the pier held']);
});

test('two hyphens between spaces read as a dash (`said -- on Twitter -- that …`)', t => {
	t.deepEqual(statements(t, 'Lee said -- on Twitter, as it happens -- that the pier raised $4 million.'),
		['Lee | said | that the pier raised $4 million']);
	t.deepEqual(statements(t, 'The council said the levy failed -- which Lee added "is deeply regrettable."'),
		['The council | said | the levy failed', 'Lee | added | which | "is deeply regrettable."']);
});

test('after a described subject, a progressive cue (`The candidate is touting …`) and a noun-like cue before a contracted subject or a pronoun object (`claims he’s`, `calls himself`) are verbs', t => {
	t.deepEqual(statements(t, 'The candidate is touting his recent wins in the caucuses.'), ['The candidate | touting | his recent wins in the caucuses']);
	t.deepEqual(statements(t, 'The candidate claims he’s worth $10 billion.'), ['The candidate | claims | he’s worth $10 billion']);
	t.deepEqual(statements(t, 'The senator calls himself a democratic socialist.'), ['The senator | calls | himself a democratic socialist']);
	// Still a noun: `the council’s claims about …`.
	t.deepEqual(statements(t, 'The new claims about the pier were false.'), []);
	// After a person's noun, a present-tense cue is the verb; after a clause opener too (`after the candidate has …`).
	t.deepEqual(statements(t, 'The candidate calls for a new pier.'), ['The candidate | calls | a new pier']);
	t.deepEqual(statements(t, 'The new report calls for a new pier.'), []);
	t.deepEqual(statements(t, 'Kim stayed after the mayor had promised to fund the pier.'), ['the mayor | promised | to fund the pier']);
});

test('a lone semicolon and a new subject end the reported clause; a list of what was said keeps going', t => {
	t.deepEqual(statements(t, 'Lee said the levy was “a disgrace”; Kim disagreed.'), ['Lee | said | the levy was “a disgrace”']);
	t.deepEqual(statements(t, 'Lee said the levy was late; the council, however, voted for it.'), ['Lee | said | the levy was late']);
	t.deepEqual(statements(t, 'Lee said the levy was late; the pier was closed; the ferry was sold.'),
		['Lee | said | the levy was late; the pier was closed; the ferry was sold']);
	t.deepEqual(statements(t, 'Lee said three things: the levy was late; the pier was closed.'),
		['Lee | said | three things: the levy was late; the pier was closed']);
});

test('a weak cue after a quotation, a name and its appositive between commas has its subject, as after the name alone', t => {
	t.deepEqual(statements(t, 'Levies are “the ultimate burden,” Ann Lee, the former mayor of Dover, proclaimed to a cheering crowd.'),
		['Ann Lee | proclaimed | Levies are “the ultimate burden,”']);
	t.deepEqual(statements(t, 'Levies are “the ultimate burden,” Ann Lee proclaimed to a cheering crowd.'),
		['Ann Lee | proclaimed | Levies are “the ultimate burden,”']);
});

test('an opening `Alongside …` / `Amid …` is no part of a speaker', t => {
	const result = analyzeAttribution('Alongside ACLU calls for action, even a top strategist said Lee will have to choose, saying, “She has to decide.”');
	t.is(result.statements[0]!.speaker?.text, 'ACLU');
	t.false(result.statements.some(st => /^(?:Alongside|Amid)/.test(st.speaker?.text ?? '')));
});

test('a day before a noun subject (`said Tuesday supporters have …`); a short subject with a day before its predicate (`The levy, Kim said on Monday, was dead`)', t => {
	t.deepEqual(statements(t, 'Hogue said Tuesday supporters have been “galvanized” by the vote.'),
		['Hogue | said | supporters have been “galvanized” by the vote']);
	t.deepEqual(statements(t, 'The mayor said Tuesday night that the pier would close.'), ['The mayor | said | that the pier would close']);
	// Any word that does not go on with the adjunct opens the clause; a time of the day or a place goes with the day.
	t.deepEqual(statements(t, 'Kim said Tuesday if elected she would fund the pier.'), ['Kim | said | if elected she would fund the pier']);
	t.deepEqual(statements(t, 'Aides said Tuesday more than 1,000 donors gave.'), ['Aides | said | more than 1,000 donors gave']);
	t.deepEqual(statements(t, 'The mayor said Tuesday night the pier would close.'), ['The mayor | said | the pier would close']);
	t.deepEqual(statements(t, 'The mayor said Tuesday in Salem the pier would close.'), ['The mayor | said | the pier would close']);
	t.deepEqual(statements(t, 'The mayor said earlier this week the pier would close.'), ['The mayor | said | the pier would close']);
	t.deepEqual(statements(t, 'The levy, Kim said on Monday, was dead.'), ['Kim | said | The levy | was dead']);
	t.deepEqual(statements(t, 'The two towns, the mayor said Tuesday, now share a “golden opportunity.”'),
		['the mayor | said | The two towns | now share a “golden opportunity.”']);
});

test('past `in a statement` after the cue, a quotation or a name opens the content; a name given to the medium does not', t => {
	t.deepEqual(statements(t, 'The coach said in a statement “it makes me proud” every time the team wins.'),
		['The coach | said | “it makes me proud” every time the team wins']);
	t.deepEqual(statements(t, 'The harbor master said in a statement Ann Lee has “several ways” to fund the pier.'),
		['The harbor master | said | Ann Lee has “several ways” to fund the pier']);
	t.deepEqual(statements(t, '“We will fund the pier,” Lee says in the ad titled “Harbor,” warning against delay.'),
		['Lee | says | “We will fund the pier,”', '- | titled | the ad | “Harbor,”']);
});

test('past `in a statement` after the cue, a pronoun, a plain noun or a comma and a quotation open the content; a participle, a time or a title does not', t => {
	t.deepEqual(statements(t, 'Lee said in a statement she’s heading to Ohio.'), ['Lee | said | she’s heading to Ohio']);
	t.deepEqual(statements(t, 'The port said in a statement divers were searching the harbor.'),
		['The port | said | divers were searching the harbor']);
	t.deepEqual(statements(t, 'Lee said in a statement none of the ferries were insured.'), ['Lee | said | none of the ferries were insured']);
	t.deepEqual(statements(t, 'Lee said in a statement released Tuesday that the levy was dead.'), ['Lee | said | that the levy was dead']);
	t.deepEqual(statements(t, 'Lee said in a video message ferries will run.'), ['Lee | said | ferries will run']);
	t.deepEqual(statements(t, 'Asked whether she would resign, Lee said in a statement, “Probably not.”'),
		['- | Asked | whether she would resign', 'Lee | said | “Probably not.”']);
	t.deepEqual(statements(t, 'Lee took “the long road home,” she wrote in her memoir, “Harbor Days.”'),
		['she | wrote | Lee took “the long road home,”']);
	t.deepEqual(statements(t, 'Recently, Lee said in an interview, the ferries have run late.'),
		['Lee | said | Recently | the ferries have run late']);
});

test('after a trailing cue, an adverb of manner and an adjunct are no content (`…, he said bluntly after the meeting.`); a topic after the adverb is', t => {
	t.deepEqual(statements(t, 'The levy is dead, Lee said bluntly after meeting Kim on Thursday.'), ['Lee | said | The levy is dead']);
	t.deepEqual(statements(t, 'The port changed, she says, especially in winter when the ferries stop.'),
		['she | says | The port changed | especially in winter when the ferries stop']);
});

test('an adverb of manner after the cue is no content (`said bluntly the levy …`), and a short adjunct may come before `, that …` that resumes a quotation', t => {
	t.deepEqual(statements(t, 'Lee said bluntly the levy was dead.'), ['Lee | said | the levy was dead']);
	// An adverb before what it modifies stays: `claims democratically governed Taiwan …`.
	t.deepEqual(statements(t, 'Kestria claims democratically governed Ostland as its own territory.'),
		['Kestria | claims | democratically governed Ostland as its own territory']);
	t.deepEqual(statements(t, 'Kim said bluntly “it makes me angry” every time.'), ['Kim | said | “it makes me angry” every time']);
	t.deepEqual(statements(t, '“It is our bad luck,” he said in an interview, that both ferries broke down.'),
		['he | said | “It is our bad luck,” | that both ferries broke down']);
});

test('`…, she told reporters in a video message.`: a told-type object and a place or time ending the sentence leave the content before', t => {
	t.deepEqual(statements(t, 'The levy had “cracked the harbor open,” she told reporters in a video message.'),
		['she | told | The levy had “cracked the harbor open,”']);
	t.deepEqual(statements(t, 'Lee told voters at a crowded Dover diner that “the pier is next.”'), ['Lee | told | that “the pier is next.”']);
});

test('`according to`: a relative clause describing the source is no content; a short subject keeps a short predicate', t => {
	t.deepEqual(statements(t, 'According to the memo, which was dated March 3, the hull is “beyond repair.”'),
		['the memo | According to | the hull is “beyond repair.”']);
	t.deepEqual(statements(t, 'The hull, according to engineers, is rotten.'), ['engineers | according to | The hull | is rotten']);
});

test('a told-type participle with any short object before `that` is a cue (`… and telling viewers that …`)', t => {
	t.deepEqual(statements(t, 'Ortega stood by the pier, pointing to the hull and telling viewers that the ferry is “a wreck.”'),
		['Ortega | telling | that the ferry is “a wreck.”']);
});
