import type {Attribution, Source, SourceKind, Span, Statement, StatementKind} from '../../src/analysis/types.js';
import type {Article, Block} from '../../src/article/types.js';

/** A made-up story (our own sentences) with hand-made attribution, shared by the highlight and sidebar tests. */
export const storyText = [
	'GLENHAVEN (Tidewire) – The harbour board will close the old ferry pier next month, two city engineers said on Monday.',
	'“The pilings are rotten through, and we cannot keep patching them,” said Mara Okonkwo, the board’s chief engineer.',
	'Okonkwo added that a temporary landing would open by spring.',
	'The mayor’s office said it had not been consulted. “Nobody asked us,” a spokeswoman said.',
	'A report by the port authority warned that repairs would cost more than a new pier.',
	'“東京の港はいつも混雑しています,” said Kenji Sato, a visiting harbour pilot.',
	'Ferries will keep running from the east quay in the meantime.',
].join('\n\n');

/** The span of the `occurrence`-th (0-based) `needle` in the story. */
export function span(needle: string, occurrence = 0, text = storyText): Span {
	let start = -1;
	for (let seen = 0; seen <= occurrence; seen++) {
		start = text.indexOf(needle, start + 1);
		if (start === -1) {
			throw new Error(`fixture: ${needle} #${occurrence} not found`);
		}
	}

	return {start, end: start + needle.length, text: needle};
}

function statement(id: string, kind: StatementKind, content: Span[], cue: Span | null, speaker: Span | null, sourceId: string | null): Statement {
	return {id, kind, content, cue, speaker, sourceId};
}

function source(id: string, name: string, kind: SourceKind, role: string | null, anonymous: boolean, mentions: Span[], statementIds: string[]): Source {
	return {id, name, kind, role, anonymous, mentions, statementIds};
}

export const storyStatements: Statement[] = [
	statement('s1', 'indirect', [span('The harbour board will close the old ferry pier next month')], span('said'), span('two city engineers'), 'src1'),
	statement('s2', 'direct', [span('“The pilings are rotten through, and we cannot keep patching them,”')], span('said', 1), span('Mara Okonkwo'), 'src2'),
	statement('s3', 'indirect', [span('a temporary landing would open by spring')], span('added'), span('Okonkwo', 1), 'src2'),
	statement('s4', 'indirect', [span('it had not been consulted')], span('said', 2), span('The mayor’s office'), 'src3'),
	statement('s5', 'direct', [span('“Nobody asked us,”')], span('said', 3), span('a spokeswoman'), 'src4'),
	statement('s6', 'indirect', [span('repairs would cost more than a new pier')], span('warned'), span('A report by the port authority'), 'src5'),
	statement('s7', 'direct', [span('“東京の港はいつも混雑しています,”')], span('said', 4), span('Kenji Sato'), 'src6'),
];

export const storySources: Source[] = [
	source('src1', 'two city engineers', 'unnamed', 'city engineers', true, [span('two city engineers')], ['s1']),
	source('src2', 'Mara Okonkwo', 'person', 'chief engineer of the harbour board', false, [span('Mara Okonkwo'), span('Okonkwo', 1)], ['s2', 's3']),
	source('src3', 'the mayor’s office', 'organization', null, false, [span('The mayor’s office')], ['s4']),
	source('src4', 'a spokeswoman', 'unnamed', 'spokeswoman for the mayor’s office', true, [span('a spokeswoman')], ['s5']),
	source('src5', 'a report by the port authority', 'document', null, false, [span('A report by the port authority')], ['s6']),
	source('src6', 'Kenji Sato', 'person', 'visiting harbour pilot', false, [span('Kenji Sato')], ['s7']),
];

export const storyAttribution: Attribution = {statements: storyStatements, sources: storySources};

/** The story as an Article: one block per paragraph. */
export function storyArticle(overrides: Partial<Article> = {}): Article {
	const blocks: Block[] = [];
	for (const match of storyText.matchAll(/[^\n]+/g)) {
		blocks.push({kind: 'paragraph', start: match.index, end: match.index + match[0].length});
	}

	return {
		source: 'glenhaven.txt',
		format: 'text',
		text: storyText,
		verbatim: true,
		encoding: 'utf-8',
		title: 'Glenhaven to close old ferry pier',
		titleRange: null,
		dateline: {...span('GLENHAVEN (Tidewire) –'), place: 'GLENHAVEN', agency: 'Tidewire'},
		byline: null,
		credits: null,
		site: null,
		published: '2026-03-02',
		blocks,
		notes: [],
		...overrides,
	};
}
