/**
 * Word lists the name and speaker finders lean on. Kept apart so the rules
 * in nameWords.ts, people.ts and speakers.ts read as rules.
 */
import { FOREIGN_ROLE_NOUNS, MORE_CONNECTIVES, MORE_FOREIGN_SPEECH_VERBS, ROMANCE_PORTFOLIO_WORDS } from './foreignSpeech.ts';
import { HONORIFIC_WORDS } from './honorifics.ts';

/**
 * The same in the other languages wire copy comes in (Spanish, German,
 * French, Italian, Portuguese): `…”, ha señalado Rajoy`, `„…“, sagte
 * Friedrich`. Compound tenses whole, so `ha` alone is no verb.
 */
export const FOREIGN_SPEECH_VERBS = [
  'ha señalado', 'ha dicho', 'ha afirmado', 'ha asegurado', 'ha añadido', 'ha explicado', 'ha indicado', 'ha subrayado',
  'ha destacado', 'ha apuntado', 'ha declarado', 'ha reconocido', 'ha advertido', 'ha insistido', 'ha manifestado',
  'dijo', 'afirmó', 'señaló', 'añadió', 'agregó', 'explicó', 'aseguró', 'indicó', 'subrayó', 'destacó', 'apuntó',
  'concluyó', 'manifestó', 'declaró', 'sostuvo', 'advirtió', 'precisó', 'recalcó', 'insistió', 'reconoció', 'comentó', 'expresó',
  'ha reiterado', 'ha defendido', 'ha valorado', 'ha criticado', 'ha respondido', 'ha recordado', 'ha lamentado', 'ha reclamado',
  'respondió', 'reclamó', 'criticó', 'celebró', 'matizó', 'constató', 'calificó', 'reiteró', 'defendió', 'recordó', 'lamentó',
  'aseveró', 'opinó', 'valoró', 'avisó', 'alertó', 'denunció', 'replicó', 'puntualizó', 'enfatizó', 'sentenció', 'zanjó',
  'sagte', 'sagten', 'erklärte', 'betonte', 'warnte', 'kritisierte', 'meinte', 'fügte hinzu', 'teilte mit',
  'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a souligné', 'a expliqué', 'a indiqué', 'a estimé', 'a assuré', 'a précisé',
  'a soutenu', 'a rappelé', 'a insisté', 'a martelé', 'a lancé', 'a répondu', 'a réagi', 'a poursuivi', 'a conclu', 'a averti',
  'a reconnu', 'a jugé', 'a confié', 'a dénoncé', 'a noté', 'a relevé', 'a observé', 'a plaidé', 'a tranché', 'a prévenu',
  'déclare', 'affirme', 'ajoute', 'souligne', 'explique', 'estime', 'précise', 'poursuit', 'conclut',
  'ha detto', 'ha dichiarato', 'ha aggiunto', 'ha spiegato', 'ha sottolineato', 'ha affermato', 'ha precisato', 'ha ribadito',
  'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'ressaltou', 'garantiu',
  // Serbian and the languages of its neighbours, Albanian, and more French, Iberian, Italian, German: foreignSpeech.ts.
  MORE_FOREIGN_SPEECH_VERBS,
].join('|');

/** Words that join a clause to the sentence before without naming a subject, in the languages of wire copy. */
export const CONNECTIVES =
  `(?:and|but|also|then|so|yet|while|y|e|pero|aunque|asimismo|así|además|también|luego|finalmente|por último|por otra parte|sin embargo|no obstante|und|aber|auch|et|mais|aussi|ma|anche|inoltre|mas|porém|${MORE_CONNECTIVES})`;

/** Where a speech verb ends: `\b` fails after an accented letter (`señaló`). */
export const VERB_END = '(?![A-Za-z0-9_\u00C0-\u024F\u0370-\u04FF])';

/**
 * The English reporting verbs of news style guides' lists beyond the common
 * ones: how a speaker's words are reported (`he clarified`, `she retorted`,
 * `the minister went on`). Past tense, and the present where copy uses it.
 * Verbs that as often report no words (`expressed`, `charged`, `cried`,
 * `related`) are left out.
 */
const REPORTING_VERBS = [
  'clarified', 'clarifies', 'elaborated', 'alleged', 'alleges', 'contended', 'contends', 'countered', 'counters', 'retorted',
  'recounted', 'recounts', 'revealed', 'reveals', 'disclosed', 'reported', 'informed', 'opined', 'reasoned', 'reckoned',
  'reckons', 'recommended', 'reminded', 'proclaimed', 'protested', 'queried', 'questioned', 'requested', 'demanded',
  'exclaimed', 'shouted', 'whispered', 'testified', 'swore', 'hinted', 'signalled', 'signaled', 'speculated', 'surmised',
  'mused', 'boasted', 'confessed', 'confided', 'agreed', 'agrees', 'objected', 'pleaded', 'proposed', 'advised',
  'instructed', 'thundered', 'fumed', 'scoffed', 'snapped', 'wondered', 'estimated', 'forecast', 'guaranteed', 'outlined',
  'specified', 'articulated', 'summari[sz]ed', 'concurred', 'rejoined', 'echoed', 'reassured', 'appealed', 'advocated',
  'indicated', 'indicates', 'went on', 'goes on', 'recalls', 'concedes', 'admits', 'acknowledges', 'explains', 'warns',
  'predicts', 'suggests', 'believes that', 'believed that', 'felt that', 'feels that', 'thinks that', 'thought that',
  // The present tense features and profiles use (`Teammate Mauricio Dubon proclaims: '…'`), and a document's `reads`.
  // Those that are as often plural nouns (`remarks`, `comments`, `replies`, `vows`, `tweets`) are left out.
  'proclaims', 'declares', 'announces', 'observes', 'responds', 'concludes', 'confirms', 'denies', 'laments',
  'complains', 'quips', 'cautions', 'underlines', 'asserts', 'affirms', 'maintains', 'reiterates', 'boasts',
  'points out', 'sums up', 'reads',
].join('|');

/**
 * `"…". Lo afferma Paolo Romani, …`, `"…". Así lo afirmó Rajoy`: the
 * sentence after a quote says whose it is, with the verb before the name
 * (Italian's present tense among them).
 */
export const SAID_SO =
  `(?:Lo|Così|Cosi|Così lo|Así lo|Asi lo|Eso|Esto|Assim|Foi o que)\\s+(?:ha\\s+|han\\s+|hanno\\s+|è\\s+)?(?:afferma|dice|dichiara|spiega|sottolinea|sostiene|commenta|aggiunge|scrive|ribadisce|precisa|detto|dichiarato|affermato|spiegato|sottolineato|dicho|afirmado|señalado|afirma|señala|asegura|explica|declara|indica|${FOREIGN_SPEECH_VERBS})`;

/** Verbs that introduce or close a direct quote. Lower case: `States` is not `states`. */
export const SPEECH_VERB =
  `(?:said|says|say|saying|telling|adding|stating|explaining|stressing|insisting|warning|arguing|declaring|asserting|urging|charged|added|adds|told|tells|noted|notes|stated|explained|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|remarked|mentioned|continued|insisted|insists|argued|argues|claimed|claims|asserted|declared|announced|warned|urged|urges|wrote|writes|tweeted|posted|recalled|observed|pointed out|commented|replied|responded|answered|asked|ask|asks|acknowledged|admitted|conceded|confirmed|denied|suggested|reiterated|highlighted|affirmed|maintained|vowed|pledged|promised|predicted|cautioned|concluded|lamented|complained|quipped|joked|summed up|quoted|described|called|assured|considered|${REPORTING_VERBS}|${FOREIGN_SPEECH_VERBS})`;

/** Words that name an office or a trade: `spokesman`, `Minister`, `diplomat`. */
export const ROLE_NOUNS = new Set([
  'president', 'vice-president', 'premier', 'minister', 'secretary', 'secretary-general', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokespeople', 'ambassador', 'envoy', 'diplomat', 'official', 'officer', 'predecessor', 'successor', 'predecessor', 'successor',
  'chief', 'head', 'leader', 'director', 'director-general', 'chairman', 'chairwoman', 'chair', 'ceo',
  'executive', 'founder', 'analyst', 'expert', 'economist', 'professor', 'researcher', 'scholar',
  'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'representative', 'mp', 'deputy',
  'general', 'commander', 'colonel', 'admiral', 'governor', 'mayor', 'chancellor', 'adviser', 'advisor',
  'counsellor', 'counselor', 'commissioner', 'judge', 'lawyer', 'attorney', 'prosecutor', 'coach',
  'manager', 'captain', 'player', 'striker', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir',
  'pope', 'cardinal', 'bishop', 'imam', 'doctor', 'scientist', 'physician', 'virologist', 'candidate',
  'activist', 'campaigner', 'negotiator', 'mediator', 'consul', 'attaché', 'inspector', 'superintendent',
  'speaker', 'whip', 'aide', 'strategist', 'editor', 'correspondent', 'fellow', 'specialist', 'ruler',
  'mufti', 'cleric', 'preacher', 'monarch', 'militant', 'rebel', 'witness', 'resident', 'owner', 'investor', 'trader',
  'economist', 'banker', 'partner', 'author', 'writer', 'historian', 'politician', 'councillor', 'counterpart',
  // Kenya's cabinet secretaries (`Environment CS Keriako Tobiko`, `the Devolution CS said`).
  'cs', 'pm', 'cm', 'ps', 'dg', 'igp', 'mla', 'assemblyman', 'assemblywoman', 'organiser', 'organizer', 'teacher', 'driver', 'spectator', 'treasurer',
  // Trades that introduce the ordinary people of a story: `Farmer Joseph Mwangi`, `the shopkeeper said`.
  'farmer', 'fisherman', 'shopkeeper', 'vendor', 'villager', 'student', 'worker', 'nurse', 'engineer', 'businessman',
  'businesswoman', 'entrepreneur', 'journalist', 'lecturer', 'principal', 'pastor', 'priest', 'surgeon', 'pilot',
  'soldier', 'policeman', 'policewoman', 'survivor', 'volunteer', 'farmworker', 'miner', 'tailor', 'mechanic',
  // The people around a story's subject: `Teammate Mauricio Dubon proclaims`.
  'teammate', 'colleague', 'classmate', 'neighbour', 'neighbor', 'agent', 'trainer',
  // `Chairperson Adhikari said`, `the district coordinator`: offices of agencies and local government.
  'chairperson', 'coordinator', 'administrator', 'technician',
  // `underlined the top responsible`: Spanish `el máximo responsable` in agencies' English, the head of an office.
  'responsible',
  // `the Texas Republican said`: a party's member, a descriptor of the lawmaker the copy named.
  'republican', 'democrat', 'tory',
  // The same offices in the Romance languages of wire copy: `Le président français, François Hollande,`, `el ministro`.
  'président', 'présidente', 'presidente', 'ministre', 'ministro', 'ministra', 'porte-parole', 'portavoz', 'porta-voz',
  'secrétaire', 'secretario', 'secretaria', 'secretário', 'directeur', 'directrice', 'directora', 'gouverneur',
  'gobernador', 'gobernadora', 'governador', 'maire', 'alcalde', 'alcaldesa', 'prefeito', 'sindaco', 'ambassadeur', 'embajador',
  'chef', 'jefe', 'jefa', 'chefe', 'capo', ...FOREIGN_ROLE_NOUNS,
]);

/** Capitalised words that precede a name as part of a title: `Foreign`, `Prime`, `Mr`. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'gen',
  'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'st', 'foreign', 'prime', 'state', 'deputy', 'vice', 'first',
  'acting', 'former', 'interim', 'special', 'senior', 'chief', 'federal', 'provincial', 'defence',
  'defense', 'interior', 'finance', 'health', 'information', 'trade', 'energy', 'education', 'economy',
  'justice', 'home', 'press', 'opposition', 'kremlin', 'ministry', 'army', 'police', 'presidential',
  'secretary', 'general', 'supreme', 'crown', 'grand', 'executive', 'attorney', 'national', 'security',
  'the', 'us', 'u.s.', 'uk', 'u.k.', 'un', 'u.n.', 'eu', 'nato',
  // Ranks of armed forces and police, as the press sets them before a name (`Commodore Voreqe Bainimarama`,
  // `Cdre Bainimarama`, `Insp Sokomuri`); `Major` and `Marshal` are surnames too, and stay out.
  'commodore', 'cdre', 'brigadier', 'brig', 'lieutenant', 'sergeant', 'corporal', 'cpl', 'insp', 'supt', 'cdr', 'sec',
  // Malaysian and other honorifics, kept out of the name (`Datuk Seri S. Samy Vellu` → `S. Samy Vellu`).
  'shiekh', 'shaikh', 'sheik', 'datuk', 'dato', "dato'", 'datin', 'seri', 'tun', 'toh', 'puan', 'haji', 'hajjah', 'pehin', 'dr.', 'mr.', 'mrs.', 'ms.',
  // `U.S. Secretary of State …` as one word of initials (its last dot stripped, as `isNameWord` compares).
  'u.s', 'u.k', 'u.n', 'e.u',
  // The address systems of many countries (`H.E.`, `Lyonpo`, `Alhaji`, `Shri`, `Frau`): honorifics.ts.
  ...HONORIFIC_WORDS,
]);

/** Words that make a capitalised sequence an organisation, a place or a thing, not a person. */
export const NOT_PERSON_WORDS = new Set([
  'ministry', 'group', 'organization', 'organisation', 'council', 'party', 'union', 'bank', 'university',
  'department', 'office', 'news', 'agency', 'republic', 'nations', 'states', 'senate', 'assembly', 'court',
  'corp', 'inc', 'ltd', 'army', 'forces', 'force', 'committee', 'commission', 'parliament', 'government',
  'association', 'institute', 'foundation', 'company', 'airport', 'street', 'road', 'province', 'region',
  'district', 'city', 'county', 'kingdom', 'emirates', 'federation', 'house', 'hall', 'square', 'station',
  'club', 'league', 'cup', 'games', 'olympics', 'exchange', 'market', 'index', 'authority', 'service',
  'services', 'police', 'guard', 'navy', 'corps', 'hospital', 'school', 'college', 'center', 'centre',
  'museum', 'times', 'post', 'journal', 'daily', 'network', 'media', 'television', 'radio', 'airlines',
  'airways', 'holdings', 'motors', 'fund', 'treaty', 'agreement', 'accord', 'act', 'bill', 'summit',
  'conference', 'forum', 'war', 'sea', 'ocean', 'river', 'island', 'islands', 'gulf', 'strait', 'valley',
  'peninsula', 'lake', 'northern', 'southern', 'eastern', 'western', 'central', 'covid', 'coronavirus',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'general', 'minsk', 'pakistan', 'india', 'china', 'russia', 'france', 'britain', 'america', 'europe',
  'asia', 'africa', 'ukraine', 'turkey', 'iran', 'afghanistan', 'armenia', 'azerbaijan', 'news', 'point',
  'press', 'reuters', 'sputnik', 'xinhua', 'tass', 'project', 'program', 'programme', 'plan', 'initiative',
  'report', 'world', 'global', 'international', 'national', 'federal', 'security', 'chamber',
  // Names of God, in a sermon's reported words (`as the Almighty Allah promises`), are nobody the copy quotes.
  'allah', 'almighty', 'al-mighty', 'god',
  'festival', 'award', 'prize', 'championship', 'series', 'stadium', 'bridge', 'tower', 'palace',
  'mosque', 'church', 'temple', 'base', 'port', 'zone', 'corridor', 'pipeline', 'system', 'day',
  // Streets and roads, named in a lead (`no sign of workers at Slingsby Drive`): a place, never the speaker
  // (`Lane`, `Park`, `Close`, `Way` are surnames too, and stay out).
  'drive', 'avenue', 'boulevard', 'crescent', 'terrace', 'highway', 'motorway', 'expressway', 'plaza', 'roundabout',
]);

/** Sentence openers and connectives that are capitalised without being names. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'when', 'while', 'after', 'before',
  'since', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'according', 'meanwhile', 'earlier',
  'later', 'also', 'however', 'moreover', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they',
  'we', 'i', 'his', 'her', 'their', 'our', 'its', 'there', 'here', 'speaking', 'addressing', 'under',
  'during', 'last', 'next', 'on', 'addition', 'following', 'despite', 'among', 'both', 'all', 'some',
  'many', 'several', 'other', 'another', 'such', 'what', 'who', 'why', 'how', 'where', 'asked', 'said',
  'talking', 'responding', 'referring', 'commenting', 'yet', 'still', 'now', 'then', 'thus', 'so',
]);

/** Words of ministerial portfolios and offices that sit between a title and a name. */
export const PORTFOLIO_WORDS = new Set([
  'planning', 'development', 'initiatives', 'environment', 'protection', 'energy', 'power', 'petroleum',
  'commerce', 'industry', 'industries', 'affairs', 'relations', 'communications', 'railways', 'water',
  'aviation', 'tourism', 'agriculture', 'labour', 'labor', 'culture', 'sports', 'science', 'technology',
  'housing', 'works', 'transport', 'transportation', 'climate', 'change', 'human', 'rights', 'minorities',
  'religious', 'overseas', 'parliamentary', 'narcotics', 'control', 'food', 'maritime', 'law', 'majority',
  'minority', 'emergencies', 'alleviation', 'poverty', 'revenue', 'privatisation', 'privatization',
  'commission', 'board', 'bureau', 'council', 'cabinet', 'party', 'senate', 'house', 'ministry', 'executive',
  'officer', 'operating', 'financial', 'public', 'social', 'welfare', 'youth', 'women', 'trade',
  // The other portfolios of the world's cabinets, so `Minister of Tourism and Lands Harin Fernando` ends the role at the name.
  'lands', 'mines', 'mining', 'minerals', 'fisheries', 'forestry', 'forests', 'livestock', 'irrigation', 'health', 'education',
  'finance', 'treasury', 'defence', 'defense', 'justice', 'interior', 'information', 'broadcasting', 'telecommunications',
  'posts', 'highways', 'roads', 'ports', 'shipping', 'wildlife', 'heritage', 'arts', 'lands', 'infrastructure', 'investment',
  'employment', 'sanitation', 'resources', 'cooperatives', 'tourism', 'urban', 'rural', 'local', 'government', 'devolution',
  ...ROMANCE_PORTFOLIO_WORDS,
]);
