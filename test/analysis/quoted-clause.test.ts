import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {assertInvariants, summary} from './invariants.js';

function statements(t: import('ava').ExecutionContext, text: string): string[] {
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	return summary(result);
}

test('a quotation in the clause after a speaker’s verb (no verb of speech): the clause is the content', t => {
	t.deepEqual(statements(t, 'Ortega portrayed the new stadium as a “giveaway” to wealthy team owners.'),
		['Ortega | portrayed | the new stadium as a “giveaway” to wealthy team owners']);
	t.deepEqual(statements(t, 'The mayor bemoaned a budget process in which council members “simply talk past each other” every spring.'),
		['The mayor | bemoaned | a budget process in which council members “simply talk past each other” every spring']);
});

test('a participle between the verb and the quotation is the cue (`issued a statement, offering “…”`)', t => {
	t.deepEqual(statements(t, 'Mayor Ortega issued a statement on Friday, offering “sincere regret” to the fans in Toledo.'),
		['Mayor Ortega | offering | “sincere regret” to the fans in Toledo']);
});

test('a verb joined by `and` right before the quotation is the cue (`finished its review and deemed him “…”`)', t => {
	t.deepEqual(statements(t, 'The bar group finished its long review of Judge Okafor’s record and deemed him “well qualified.”'),
		['The bar group | deemed | him “well qualified.”']);
});

test('no clause statement when the subject holds no words or the quotation is in single marks', t => {
	t.deepEqual(statements(t, 'The old bridge carried a “temporary” sign for a decade.'), []);
	t.deepEqual(statements(t, 'Council weighs \'temporary\' fix for the ferry'), []);
});

test('without a speaker-like sentence subject, the nearest speaker and finite verb that open a clause before the quotation', t => {
	t.deepEqual(statements(t, 'The permit process stalled after Ortega accused the council of “dragging its feet” on housing.'),
		['Ortega | accused | the council of “dragging its feet” on housing']);
});

test('a nearer subject and verb after the sentence’s verb hold the quotation in their own clause (`…, while Kim refers to …`)', t => {
	t.deepEqual(summary(analyzeAttribution('Lee refers to the mayor, who is his old friend, as “Chief,” while Kim refers to the governor as “Boss.”')),
		['Lee | refers | to the mayor, who is his old friend, as “Chief,”', 'Kim | refers | to the governor as “Boss.”']);
});

test('a progressive is the subject’s verb (`are mulling a “…”`), unless a clause of its own comes before the quotation', t => {
	t.deepEqual(statements(t, 'Harbor officials are mulling a “congestion fee” for cruise ships.'),
		['Harbor officials | mulling | a “congestion fee” for cruise ships']);
	t.deepEqual(statements(t, 'Ortega was running late when the council approved a “temporary” levy.'),
		['the council | approved | a “temporary” levy']);
});

test('an appositive or relative clause between the subject and its verb is skipped (`Ann Lee, a nurse, found …`)', t => {
	t.deepEqual(statements(t, 'Dana Ruiz, a nurse from Akron, found the new clinic “far too small” for the town.'),
		['Dana Ruiz | found | the new clinic “far too small” for the town']);
	t.deepEqual(statements(t, 'The ferry captain (who has sailed the route for years) thinks the new schedule is “pure fantasy” and will not last.'),
		['The ferry captain | thinks | the new schedule is “pure fantasy” and will not last']);
});

test('a quotation in the `that` clause of a possessed noun of saying (`the mayor’s claim that …`) is the possessor’s', t => {
	t.deepEqual(statements(t, 'Residents were stunned by the mayor’s repeated claim that the harbor was “sinking fast” after the storm.'),
		['the mayor’s | claim | that the harbor was “sinking fast” after the storm']);
	t.deepEqual(statements(t, 'They were hard on Ortega over his remarks that the ferry would be “free forever” for pensioners.'),
		['his | remarks | that the ferry would be “free forever” for pensioners']);
});

test('a short adjunct of time or place may stand between the noun of saying and its `that` (`Lee’s suggestion at a debate that …`)', t => {
	t.deepEqual(statements(t, 'Kim lost the harbor race partly because of Mr. Lee’s smug suggestion at a similarly timed forum that she was “nice enough.”'),
		['Mr. Lee’s | suggestion | that she was “nice enough.”']);
	t.deepEqual(statements(t, 'Fishermen were stunned by the mayor’s claim on Harbor Radio that the pier was “safe as a bank” until the storm.'),
		['the mayor’s | claim | that the pier was “safe as a bank” until the storm']);
});

test('a time adjunct between the subject and its verb is skipped (`Ortega last week invited …`)', t => {
	t.deepEqual(statements(t, 'The harbor board on Tuesday approved a “temporary” levy on ferries.'),
		['The harbor board | approved | a “temporary” levy on ferries']);
	t.deepEqual(statements(t, 'Ortega last week invited rivals to study the “missing” ferry logs.'),
		['Ortega | invited | rivals to study the “missing” ferry logs']);
});

test('a quotation between a possessive and a noun of saying (`the senator’s “…” remark`) is the possessor’s words', t => {
	t.deepEqual(statements(t, 'Few voters have forgotten the senator’s “ferry to nowhere” remark from last spring.'),
		['the senator’s | remark | “ferry to nowhere”']);
});

test('past participles with phrases of their own after the subject describe it; the verb after them is the cue', t => {
	t.deepEqual(statements(t, 'A port survey commissioned by the council and published in March found that the docks “cannot take more ships.”'),
		['A port survey | found | that the docks “cannot take more ships.”']);
	t.deepEqual(statements(t, 'A memo written by aides in May warned that the budget was “a mess.”'),
		['A memo | warned | that the budget was “a mess.”']);
});

test('a quotation in a participle clause that opens the sentence is what the subject after its comma did with it', t => {
	t.deepEqual(statements(t, 'While denouncing the “land grab” on the waterfront, the mayor offered no plan of her own.'),
		['the mayor | denouncing | the “land grab” on the waterfront']);
	t.deepEqual(statements(t, 'Remarking upon Lee’s “steady hand,” Kim smiled.'),
		['Kim | Remarking | upon Lee’s “steady hand,”']);
});

test('a quotation in the object of a possessed noun of taking a stand (`her broadside against “…”`) is what the possessor holds', t => {
	t.deepEqual(statements(t, 'The mayor’s broadside against “ferry socialism” drew jeers from the council.'),
		['The mayor’s | broadside against | “ferry socialism”']);
	t.deepEqual(statements(t, 'Her long embrace of “harbor first” politics surprised nobody.'),
		['Her | embrace of | “harbor first” politics']);
});

test('a possessed noun of uttering (`her references to “…”`, `his mispronunciations of “…”`) holds its quotation as a noun of taking a stand does', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim’s frequent references to the “harbor cartel” have worn thin with the council.'),
		['Mayor Ann Kim’s | references to | the “harbor cartel”']);
	t.deepEqual(statements(t, 'His repeated mispronunciations of “Dover” only angered the council members who came to hear him.'),
		['His | mispronunciations of | “Dover”']);
});

test('a plural pronoun’s present verb is the subject’s verb though it has no ending (`they contemplate the “…”`)', t => {
	t.deepEqual(statements(t, 'On the waterfront, they contemplate the “harbor of tomorrow” with some dread.'),
		['they | contemplate | the “harbor of tomorrow” with some dread']);
});

test('a verb after a modal right before its quotation is the verb of the clause that holds it (`Kim would denounce “…”`)', t => {
	t.deepEqual(statements(t, 'It is odd that Mayor Kim would denounce “harbor socialism,” which is much like a free ferry.'),
		['Mayor Kim | denounce | “harbor socialism,”']);
});

test('a title in the object of a possessed noun of taking a stand (`his mangling of “…”`) is what the possessor holds', t => {
	t.deepEqual(statements(t, 'As for the mayor’s mangling of “Harbor Nights,” Kim found it funny.'),
		['the mayor’s | mangling of | “Harbor Nights,”']);
});

test('a title after a verb whose object is a noun of taking a stand (`offered a defense of the “…”`) is what the subject holds', t => {
	t.deepEqual(statements(t, 'Mayor Kim offered a spirited defense of the “Pier Nine” bill.'),
		['Mayor Kim | offered | a spirited defense of the “Pier Nine” bill']);
});

test('a verb after `did not` right before its quotation is the verb of the clause that holds it (`did not like the phrase “…”`)', t => {
	t.deepEqual(statements(t, 'Also, a lot of residents did not like the phrase “Pier Tax.” Why not?'),
		['a lot of residents | like | the phrase “Pier Tax.”']);
});

test('a title after an infinitive of taking a stand (`went on to promote “…”`) is what the subject holds', t => {
	t.deepEqual(statements(t, 'Then Mayor Kim went on to promote “Harbor Nights,” noting that he owns it.'),
		['Mayor Kim | went | on to promote “Harbor Nights,”', 'Mayor Kim | noting | that he owns it']);
});

test('a title inside a `that` clause right after the verb is part of what the subject holds, whatever the verb', t => {
	t.deepEqual(statements(t, 'Harbor workers quickly learned that the “Solid Pier” no longer gave them a lock on the vote.'),
		['Harbor workers | learned | that the “Solid Pier” no longer gave them a lock on the vote']);
	t.deepEqual(statements(t, 'I learned that the hard way: in 1996 I voted for “Rob Kim” on my ballot.'), []);
});

test('the clause that holds a quotation ends before the subject’s next statement joined by `and` (`challenged …, and said …`)', t => {
	t.deepEqual(statements(t, 'Mayor Ann Kim disputed that the council had ever "ignored" the harbor, and said she "expects the vote to pass easily."'),
		['Mayor Ann Kim | disputed | that the council had ever "ignored" the harbor',
			'Mayor Ann Kim | said | she "expects the vote to pass easily."']);
});

test('`who` after a comma, with a speaker-like phrase before it, is the subject of the clause that holds the quotation', t => {
	t.deepEqual(statements(t, 'The speech followed a warm introduction by his sister Ann Lee, who portrayed him as a man who would be "the harbor’s champion."'),
		['who | portrayed | him as a man who would be "the harbor’s champion."']);
});
