/** Word lists used by the rules: cue verbs, titles, speaker descriptions, stop words. Lower case. */

const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt',
	'cmdr', 'adm', 'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'prof', 'rev', 'hon', 'sens', 'lt',
	'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'ft', 'mt', 'dept', 'gov', 'atty']);

/** A word that takes a trailing period as part of it: `Mr.`, `U.S.`, an initial. */
export function abbreviationLike(word: string): boolean {
	return word.includes('.') || (word.length === 1 && word >= 'A' && word <= 'Z') || abbreviations.has(word.toLowerCase());
}

function forms(spec: string): string[] {
	const out: string[] = [];
	for (const group of spec.trim().split(/\s+/)) {
		const parts = group.split('/');
		if (parts.length > 1) {
			out.push(...parts);
			continue;
		}

		const lemma = parts[0]!;
		if (lemma.endsWith('e')) {
			out.push(lemma, lemma + 's', lemma + 'd', lemma.slice(0, -1) + 'ing');
		} else if (/(?:s|sh|ch|x)$/.test(lemma)) {
			out.push(lemma, lemma + 'es', lemma + 'ed', lemma + 'ing');
		} else {
			out.push(lemma, lemma + 's', lemma + 'ed', lemma + 'ing');
		}
	}

	return out;
}

/** Verbs that introduce reported speech or writing, every inflection. */
export const cueVerbs: ReadonlySet<string> = new Set(forms(`
	say/says/said/saying tell/tells/told/telling write/writes/wrote/written/writing
	reply/replies/replied/replying deny/denies/denied/denying testify/testifies/testified/testifying
	admit/admits/admitted/admitting quip/quips/quipped/quipping
	tweet/tweets/tweeted/tweeting add ask announce noted/notes/noting explain insist argue claim report declare respond
	acknowledge warn predict recall confirm suggest urge concede complain repeat joke vow promise pledge
	commented/commenting mention/mentions/mentioned/mentioning observe assert contend maintain stress emphasize reiterate retort
	countered exclaim boast answered allege lament caution advise inform remind reveal disclose assure
	charged continued/continues agree estimated conclude recount write/wrote
	emailed/e-mailed stated/stating
	call/calls/called/calling describe accuse criticize praise blame demand propose recommend
	brag/brags/bragged/bragging blog/blogged texted clarify/clarified tout quote muse opine interject chant
	pronounce echo shout yell scream whisper mutter proclaim posted cite question slam/slammed/slams blast mock dismiss
	defend reject hail laud applaud thank dub/dubbed/dubs label/labeled/labelled brand term hint
	remarked/remarking confess confide speculate swear/swears/swore surmise theorize emphasise
	scoff taunt grumble murmur mumble stammer intone fumed gripe marveled/marvelled
`));

/**
 * Forms that are as often nouns or non-speech verbs: a cue only next to `that`, `:`, a quote or a named subject.
 * (Not `reported`, `urged`, `vowed`, `warn`, `predict`, `recall`, `declare`, `touted`, `blasted`: measured one by one
 * on train, each is a cue more often than not after any subject; together +21 speech matches, P −0.0001. Then
 * `announced`, `tweeting`, `suggests`: +17, P unchanged.)
 */
export const weakCues: ReadonlySet<string> = new Set(['brag', 'brags', 'bragged', 'bragging', 'blog', 'blogged', 'texted', 'clarify', 'clarified', 'tout', 'touts', 'touting', 'quote', 'quotes', 'quoted', 'quoting', 'muse', 'muses', 'mused', 'musing', 'opine', 'opines', 'opined', 'opining', 'interject', 'interjected', 'chant', 'chants', 'chanted', 'chanting', 'pronounce', 'pronounced', 'echo', 'echoes', 'echoed', 'echoing', 'shout', 'shouts', 'shouted', 'shouting', 'yell', 'yells', 'yelled', 'yelling', 'scream', 'screamed', 'whisper', 'whispered', 'mutter', 'muttered', 'proclaim', 'proclaims', 'proclaimed', 'posted', 'cite', 'cites', 'cited', 'citing', 'question', 'questions', 'questioned', 'questioning', 'slam', 'slammed', 'slams', 'slamming', 'blast', 'blasts', 'blasting', 'mock', 'mocks', 'mocked', 'mocking', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'defend', 'defends', 'defended', 'defending', 'reject', 'rejects', 'rejected', 'rejecting', 'hail', 'hails', 'hailed', 'hailing', 'laud', 'lauds', 'lauded', 'lauding', 'applaud', 'applauds', 'applauded', 'applauding', 'thank', 'thanks', 'thanked', 'thanking', 'dub', 'dubbed', 'dubs', 'label', 'labeled', 'labelled', 'labels', 'brand', 'brands', 'branded', 'term', 'terms', 'termed', 'call', 'calls', 'called', 'calling', 'describe', 'describes',
	'described', 'describing', 'accuse', 'accuses', 'accused', 'accusing', 'criticize', 'criticizes', 'criticized',
	'criticizing', 'praise', 'praises', 'praised', 'praising', 'blame', 'blames', 'blamed', 'blaming', 'demand',
	'demands', 'demanded', 'demanding', 'propose', 'proposes', 'proposed', 'proposing', 'recommend', 'recommends',
	'recommended', 'recommending', 'report', 'reports', 'state', 'states', 'note', 'comment',
	'comments', 'claim', 'claims', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'charge', 'charges',
	'charged', 'counter', 'counters', 'answer', 'answers', 'continue', 'continues', 'continued', 'continuing',
	'maintain', 'maintains', 'maintained', 'stress', 'stresses', 'tweet', 'tweets', 'reply', 'replies', 'repeat', 'repeats',
	'repeated', 'add', 'adds', 'joke', 'jokes', 'remark', 'remarks', 'estimate', 'estimates', 'estimated', 'conclude',
	'concludes', 'concluded', 'agree', 'agrees', 'agreed', 'ask', 'asks', 'asked', 'asking', 'warns', 'urge',
	'urges', 'urging', 'caution', 'cautions', 'advise', 'advises', 'advised', 'inform', 'remind', 'reminds',
	'reminded', 'reveal', 'reveals', 'revealed', 'recalls', 'promised', 'pledged',
	'declares',
	'predicts', 'suggest', 'suggested', 'complained', 'complain', 'complains', 'respond', 'responds',
	'confirm', 'confirms', 'announce', 'announces', 'explain', 'argue',
	'mention', 'mentions', 'mentioned', 'observe', 'observes', 'observed', 'saying', 'telling', 'adding', 'noting',
	'writing', 'asking', 'arguing', 'claiming', 'warning', 'explaining', 'insisting', 'declaring', 'stating',
	'reporting', 'suggesting', 'calling', 'acknowledging', 'denying', 'confirming', 'predicting',
	'promising', 'urging', 'stressing', 'comment', 'commented', 'commenting', 'admit', 'admits', 'admitted',
	'written', 'deny', 'denies', 'denied', 'insist', 'concede', 'concedes',
	'acknowledge', 'allege', 'alleges', 'alleged', 'assert', 'asserts',
	'contend', 'contends', 'boast', 'boasts', 'boasted', 'hint', 'hints', 'hinted', 'hinting']);

/** Verbs after which a content clause follows without `that` only when spelled out: `told reporters …`. */
export const objectCues: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked',
	'asking', 'inform', 'informs', 'informed', 'remind', 'reminds', 'reminded', 'assure', 'assures', 'assured', 'warn',
	'warns', 'warned', 'warning', 'advise', 'advised', 'urge', 'urged', 'email', 'emailed', 'e-mailed', 'testified']);

/** Words that may sit between a subject and its cue: `has also said`, `indirectly confirmed`. */
export const auxiliaries: ReadonlySet<string> = new Set(['also', 'has', 'had', 'have', 'would', 'will', 'did', 'does',
	'do', 'later', 'previously', 'then', 'once', 'again', 'further', 'first', 'initially', 'subsequently', 'earlier',
	'never', 'not', 'often', 'always', 'since', 'still', 'just', 'already', 'recently', 'reportedly', 'repeatedly',
	'publicly', 'privately', 'flatly', 'only', 'even', 'frequently', 'simply', 'ultimately', 'finally', 'has', 'may',
	'might', 'could', 'should', 'can', 'is', 'was', 'were', 'are', 'been', 'be', "didn't", "doesn't", "hasn't", "haven't",
	"won't", "wouldn't", 'directly', 'indirectly', 'openly', 'angrily', 'quickly', 'separately', 'jokingly', 'bluntly',
	'tersely', 'quietly', 'loudly', 'proudly', 'sarcastically', 'confidently', 'correctly', 'falsely', 'wrongly',
	'overall', 'alone', 'too', 'himself', 'herself', 'themselves', 'itself']);

/** Personal pronouns that can be speakers. */
export const pronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Subject pronouns that stand for people (not `it`, `you`, `who`). */
export const personPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Past tenses that do not end in -ed: with -ed and -s forms, what marks a finite verb (`Lee made the case for …`, `…
 * “…” and cast doubt on …`).
 */
export const irregularPastTenses: ReadonlySet<string> = new Set(['ate', 'became', 'began', 'bid', 'bore', 'bought', 'broke',
	'brought', 'built', 'cast', 'caught', 'chose', 'came', 'cut', 'dealt', 'drew', 'dug', 'fell', 'felt', 'fled', 'flew',
	'fought', 'forgot', 'found', 'gave', 'got', 'grew', 'heard', 'held', 'hid', 'hit', 'hung', 'kept', 'knew', 'laid', 'led',
	'left', 'lent', 'let', 'lit', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'ran', 'rang', 'read', 'rose', 'said',
	'sang', 'sank', 'sat', 'saw', 'sent', 'set', 'shook', 'shot', 'shut', 'slept', 'slid', 'sold', 'sought', 'spent',
	'spoke', 'spun', 'stole', 'stood', 'strove', 'struck', 'stuck', 'swept', 'swore', 'taught', 'thought', 'threw',
	'told', 'took', 'tore', 'understood', 'went', 'wept', 'withdrew', 'woke', 'won', 'wore', 'wound', 'wrote']);

/** Past participles not in -ed that describe a document (`a report seen by …`, `a statement sent to …`). */
export const documentParticiples: ReadonlySet<string> = new Set(['sent', 'read', 'given', 'written', 'made', 'put', 'shown',
	'broadcast', 'aired', 'seen', 'drawn', 'taken', 'held', 'kept', 'found', 'brought', 'done']);

/** Words that end a speaker phrase when scanning away from the cue. */
export const stopWords: ReadonlySet<string> = new Set(['that', 'which', 'when', 'while', 'and', 'but', 'or', 'because',
	'after', 'before', 'as', 'if', 'than', 'so', 'where', 'although', 'though', 'since', 'until', 'unless', 'whether',
	'whom', 'what', 'how', 'why', 'to', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'also',
	'said', 'says', 'told', 'on', 'by', 'with', 'about', 'into', 'over', 'under', 'during', 'against', 'between',
	'without', 'through', 'per', 'via', 'then', 'now', 'there', 'here', 'yet', 'however', 'instead', 'meanwhile',
	'later', 'earlier', 'today', 'yesterday', 'tonight', 'last', 'next', 'this', 'these', 'those', 'would', 'will',
	'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'even', 'only', 'just', 'still', 'again',
	'well', 'too', 'very', 'more', 'most', 'much', 'such', 'up', 'out', 'off', 'down', 'him', 'her', 'them', 'me', 'us']);

/** Capitalised words that start a sentence but never a speaker. */
export const sentenceAdverbs: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however',
	'instead', 'also', 'then', 'now', 'later', 'earlier', 'today', 'yesterday', 'in', 'on', 'at', 'after', 'before',
	'when', 'while', 'as', 'if', 'since', 'for', 'with', 'by', 'there', 'here', 'indeed', 'moreover', 'separately',
	'last', 'this', 'that', 'or', 'nor', 'because', 'although', 'though', 'asked', 'speaking', 'previously', 'again',
	'finally', 'thus', 'hence', 'otherwise', 'besides', 'further', 'furthermore', 'additionally', 'overall', 'even',
	'once', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tonight', 'from', 'during',
	'under', 'until', 'about', 'like', 'unlike', 'according', 'elsewhere', 'similarly', 'likewise', 'nonetheless',
	'nevertheless', 'of', 'to', 'not', 'why', 'what', 'how', 'where', 'who', 'whether', 'alongside', 'amid', 'amidst', 'despite',
	'throughout']);

/** Words allowed inside a speaker phrase in lower case (determiners, linking prepositions). */
export const phraseGlue: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'from', 'in', 'one',
	'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'other', 'both',
	'all', 'most', 'another', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'few', 'dozens', 'hundreds', 'thousands',
	'de', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'di', 'da', 'du', 'del', 'des', '&', 'and']);

/** Title words: what precedes a name is a role (`Taiwan Defense Minister`). */
export const titles: ReadonlySet<string> = new Set(['president', 'vice', 'minister', 'secretary', 'senator', 'sen.',
	'rep.', 'representative', 'gov.', 'governor', 'mayor', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
	'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'judge', 'justice', 'general', 'gen.', 'adm.',
	'admiral', 'dr.', 'mr.', 'mrs.', 'ms.', 'candidate', 'nominee', 'chief', 'adviser', 'advisor', 'aide', 'professor',
	'prof.', 'analyst', 'attorney', 'lawyer', 'commissioner', 'ambassador', 'envoy', 'official', 'head', 'founder',
	'manager', 'strategist', 'pollster', 'economist', 'author', 'host', 'anchor', 'correspondent', 'reporter', 'editor',
	'columnist', 'writer', 'activist', 'coach', 'sheriff', 'chancellor', 'premier', 'king', 'queen', 'prince', 'pope',
	'lt.', 'col.', 'sgt.', 'capt.', 'maj.', 'colonel', 'captain', 'sergeant', 'lieutenant', 'commander', 'delegate',
	'councilman', 'councilwoman', 'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman', 'assemblyman',
	'assemblywoman', 'assemblymember', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'sen', 'rep', 'gov',
	'former', 'executive', 'deputy', 'assistant', 'press', 'campaign', 'manager', 'treasurer', 'counsel', 'rev.',
	'bishop', 'pastor', 'rabbi', 'imam', 'prosecutor', 'detective', 'officer', 'trooper', 'inspector', 'auditor',
	'comptroller', 'clerk', 'superintendent', 'principal', 'researcher', 'scientist', 'expert', 'fellow', 'scholar',
	'historian', 'economist', 'partner', 'owner', 'president-elect', 'nominee', 'challenger', 'incumbent', 'hopeful',
	'contender', 'rival', 'opponent', 'surrogate', 'supporter', 'critic', 'leader', 'master', 'minister', 'coordinator',
	'member']);

/** Heads of descriptions that name no one: `a Pentagon spokesman`, `two U.S. officials`. */
export const unnamedHeads: ReadonlySet<string> = new Set(['official', 'officials', 'spokesman', 'spokeswoman',
	'spokesperson', 'aide', 'aides', 'source', 'sources', 'people', 'person', 'analyst', 'analysts', 'expert', 'experts',
	'lawmaker', 'lawmakers', 'adviser', 'advisers', 'advisor', 'advisors', 'critic', 'critics', 'supporter',
	'supporters', 'voter', 'voters', 'resident', 'residents', 'member', 'members', 'staffer', 'staffers', 'diplomat',
	'diplomats', 'observer', 'observers', 'witness', 'witnesses', 'democrats', 'republicans', 'leaders', 'leader',
	'executive', 'executives', 'representative', 'representatives', 'investigators', 'prosecutors', 'police',
	'officers', 'authorities', 'organizers', 'activists', 'economists', 'strategists', 'pollsters', 'insiders', 'man',
	'woman', 'men', 'women', 'protesters', 'attendees', 'participants', 'students', 'parents', 'workers', 'employees',
	'scientists', 'researchers', 'historians', 'doctors', 'allies', 'opponents', 'detractors', 'colleagues', 'friends',
	'neighbors', 'fans', 'delegates', 'senators', 'governors', 'mayors', 'candidates', 'americans', 'spokespeople',
	'percent', 'half', 'third', 'quarter', 'majority', 'minority', 'plurality', 'respondents', 'others', 'many', 'most',
	'some', 'few', 'group', 'groups', 'campaign', 'committee', 'organizers', 'aides', 'team', 'administration',
	'government', 'department', 'agency', 'office', 'spokesmen', 'spokeswomen', 'commentators', 'pundits', 'reporters',
	'journalists', 'correspondent', 'officer', 'adviser', 'lawyers', 'lawyer', 'attorneys', 'attorney', 'owner',
	'director', 'chairman', 'president', 'senator', 'governor', 'candidate', 'nominee', 'host', 'author', 'writer',
	'columnist', 'editor', 'economist', 'professor', 'researcher', 'scientist', 'historian', 'strategist', 'pollster',
	'consultant', 'consultants', 'veteran', 'veterans', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
	'brother', 'sister', 'friend', 'colleague', 'neighbor', 'manager', 'ceo', 'founder', 'chief', 'head', 'judge',
	'court', 'panel', 'jury', 'board', 'council', 'polls', 'surveys', 'studies', 'reports', 'statements']);

/** Words that mark a document or study as the source. */
export const documentHeads: ReadonlySet<string> = new Set(['statement', 'report', 'study', 'survey', 'poll', 'polls',
	'letter', 'memo', 'filing', 'document', 'documents', 'complaint', 'lawsuit', 'release', 'post', 'tweet', 'email',
	'e-mail', 'analysis', 'review', 'audit', 'indictment', 'ruling', 'order', 'brief', 'data', 'figures', 'records',
	'transcript', 'video', 'ad', 'advertisement', 'op-ed', 'editorial', 'article', 'book', 'paper', 'website', 'message',
	'announcement', 'findings', 'estimate', 'estimates', 'research', 'investigation', 'resolution', 'bill', 'rules',
	'guidelines', 'platform', 'manifesto', 'testimony', 'affidavit']);

/** Words that make a capitalised name an organisation or government. */
export const organizationWords: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'office', 'council',
	'committee', 'commission', 'party', 'campaign', 'pentagon', 'house', 'senate', 'congress', 'government',
	'administration', 'court', 'board', 'bureau', 'university', 'institute', 'foundation', 'association', 'union',
	'company', 'corp.', 'inc.', 'group', 'coalition', 'center', 'centre', 'fund', 'bank', 'army', 'navy', 'force',
	'forces', 'police', 'fbi', 'cia', 'nsa', 'epa', 'un', 'nato', 'eu', 'gop', 'dnc', 'rnc', 'kremlin', 'state',
	'ministry', 'service', 'authority', 'organization', 'organisation', 'federation', 'league', 'club', 'team', 'network',
	'embassy', 'cabinet', 'parliament', 'legislature', 'assembly', 'caucus', 'pac', 'corporation', 'firm', 'school',
	'hospital', 'church', 'movement', 'alliance', 'coalition', 'secretariat', 'directorate', 'command', 'guard',
	'airlines', 'airways', 'lines', 'railway', 'railways', 'railroad', 'motors', 'industries', 'holdings',
	'beijing', 'washington', 'moscow', 'taipei', 'tokyo', 'london', 'paris', 'tehran', 'pyongyang', 'seoul', 'kyiv',
	...places()]);

/** Countries and capitals that speak as governments (`Portugal says …`, `Beijing warned …`). */
function places(): string[] {
	return ('afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus '
		+ 'belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba '
		+ 'cyprus czechia denmark ecuador egypt eritrea estonia ethiopia finland france georgia germany ghana greece '
		+ 'guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan '
		+ 'kenya kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova mongolia '
		+ 'montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan '
		+ 'palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda senegal serbia singapore '
		+ 'slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey '
		+ 'uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe beijing washington moscow taipei tokyo '
		+ 'london paris tehran pyongyang seoul kyiv kiev berlin brussels ankara cairo riyadh delhi islamabad kabul baghdad '
		+ 'damascus havana caracas ottawa canberra madrid rome warsaw budapest vienna athens lisbon dublin hanoi manila '
		+ 'jakarta bangkok nairobi pretoria').split(' ');
}

/** Words that make a capitalised name a news outlet. */
export const publicationWords: ReadonlySet<string> = new Set(['reuters', 'ap', 'afp', 'bloomberg', 'times', 'post',
	'journal', 'news', 'press', 'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'bbc', 'npr', 'politico', 'axios', 'tribune',
	'herald', 'gazette', 'daily', 'magazine', 'breitbart', 'xinhua', 'tass', 'yonhap', 'kyodo', 'telegraph', 'guardian',
	'economist', 'atlantic', 'newsweek', 'time', 'wire', 'radio', 'television', 'tv', 'broadcasting', 'examiner',
	'observer', 'chronicle', 'globe', 'star', 'sun', 'mirror', 'independent', 'hill', 'vox', 'slate', 'salon', 'buzzfeed',
	'huffpost', 'outlet', 'newspaper', 'broadcaster', 'network', 'channel', 'cna', 'courier', 'sentinel', 'inquirer',
	'dispatch', 'bulletin', 'ledger', 'register', 'enquirer', 'recorder']);

/** Words that open an introductory phrase rather than reported content (`In a statement, …`). */
export const introWords: ReadonlySet<string> = new Set(['in', 'at', 'on', 'as', 'after', 'during', 'making', 'asked', 'speaking', 'before', 'while',
	'when', 'for', 'with', 'from', 'by', 'earlier', 'later', 'last', 'since', 'despite', 'following', 'addressing',
	'responding', 'writing', 'moments', 'surveying', 'pressed', 'appearing', 'reached', 'reacting', 'meanwhile',
	'separately', 'elsewhere', 'then', 'afterward', 'afterwards', 'instead',
	'asked', 'interviewed', 'told', 'questioned', 'like', 'unlike', 'according', 'alongside', 'amid', 'amidst', 'throughout']);

/** Day and time words that sit between a cue and its content (`said Thursday he …`). */
export const dayWords: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
	'tonight', 'yesterday', 'recently', 'repeatedly', 'again', 'later', 'earlier', 'privately', 'publicly', 'often']);

/** Words that open an adjunct rather than reported content (`said on Thursday`, `said in posing …`). */
export const prepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'with', 'from', 'to',
	'for', 'of', 'by', 'as', 'since', 'through', 'via', 'outside', 'inside', 'following', 'upon', 'last',
	'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday',
	'saturday', 'sunday', 'tonight', 'again', 'also', 'repeatedly', 'then', 'once', 'afterward', 'privately', 'publicly']);

/** Words that open a clause's subject: `for weeks he …`, `…, but the plan …`. */
export const subjectStarts: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their',
	'its', 'there', 'this', 'these', 'those', 'no', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'our', 'my']);

/** Words that start a clause of its own after a cue's object: a subject pronoun, a conjunction, an auxiliary. */
export const clauseStarts: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'and', 'but', 'or', 'because', 'if', 'when',
	'while', 'who', 'which', 'there', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had',
	'have', 'can', 'could', 'should', 'may', 'might', 'must', 'not']);

/** Possessive determiners: `his claim that …`, `on their website`. */
export const possessiveWords: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Nouns of what someone said or holds, whose `that` clause is its content: `his claim that …`. */
export const claimNouns: ReadonlySet<string> = new Set(['assertion', 'accusation', 'claim', 'claims', 'suggestion',
	'comment', 'comments', 'statement', 'argument', 'contention', 'admission', 'insistence', 'warning', 'remark', 'remarks',
	'charge', 'allegation', 'belief', 'prediction', 'promise', 'pledge', 'vow', 'boast', 'complaint', 'assurance',
	'declaration', 'suggestions', 'view', 'notion', 'assessment', 'conclusion', 'finding', 'findings', 'report', 'theory',
	'fear', 'fears', 'hope', 'threat', 'announcement', 'reminder', 'observation', 'concession', 'denial', 'retort', 'quip',
	'joke']);
