/**
 * Reporting verbs, pronouns, articles and connectives of the languages wire
 * copy comes in beyond English, one table a language, read in the same slots
 * as the English ones (`…", kazao je Kurti`, `…”, tha ai`, `…», a toutefois
 * précisé le ministre`, `…", ressaltou o chefe da diplomacia`).
 */

/**
 * Serbian, Croatian, Bosnian and Montenegrin (Latin script): the past tense
 * is a participle (masculine `-o`, feminine `-la`) with `je`, before or after
 * it (`kazao je Kurti`, `Kurti je kazao`); the plural takes `-li` and `su`.
 */
const SLAVIC_PARTICIPLES: readonly (readonly [string, string])[] = [
  ['kazao', 'kazala'], ['rekao', 'rekla'], ['istakao', 'istakla'], ['naveo', 'navela'], ['dodao', 'dodala'],
  ['izjavio', 'izjavila'], ['ocijenio', 'ocijenila'], ['ocenio', 'ocenila'], ['poručio', 'poručila'],
  ['naglasio', 'naglasila'], ['objasnio', 'objasnila'], ['precizirao', 'precizirala'], ['upozorio', 'upozorila'],
  ['zaključio', 'zaključila'], ['napisao', 'napisala'], ['saopštio', 'saopštila'], ['saopćio', 'saopćila'],
  ['odgovorio', 'odgovorila'], ['podsjetio', 'podsjetila'], ['podsetio', 'podsetila'], ['pojasnio', 'pojasnila'],
  ['ponovio', 'ponovila'], ['potvrdio', 'potvrdila'], ['napomenuo', 'napomenula'], ['primijetio', 'primijetila'],
  ['primetio', 'primetila'], ['poželio', 'poželjela'], ['tvrdio', 'tvrdila'], ['ustvrdio', 'ustvrdila'],
];
const SLAVIC_PRESENT = ['kaže', 'kažu', 'navodi', 'ističe', 'dodaje', 'poručuje', 'smatra', 'ocjenjuje', 'ocenjuje', 'tvrdi', 'naglašava', 'objašnjava'];

function slavicVerbs(): string[] {
  const singular = SLAVIC_PARTICIPLES.flat();
  const plural = SLAVIC_PARTICIPLES.map(([, feminine]) => feminine.replace(/a$/, 'i'));
  // The compounds first, so that `kazao je Kurti` leaves `Kurti` as the subject, not `je Kurti`.
  return [
    ...singular.flatMap((p) => [`${p} je`, `je ${p}`]),
    ...plural.flatMap((p) => [`${p} su`, `su ${p}`]),
    ...singular, ...plural, ...SLAVIC_PRESENT,
  ];
}

/** Albanian: `tha ai`, `ka thënë Kurti`, `u shpreh ministri`, `theksoi ajo`. */
const ALBANIAN_VERBS = [
  'ka thënë', 'ka deklaruar', 'ka theksuar', 'ka shtuar', 'ka nënvizuar', 'ka shkruar', 'ka pohuar', 'ka sqaruar',
  'ka bërë të ditur', 'bëri të ditur', 'vuri në dukje', 'u shpreh', 'tha', 'thanë', 'shtoi', 'theksoi', 'deklaroi',
  'nënvizoi', 'sqaroi', 'pohoi', 'shkroi', 'thotë', 'deklaron', 'thekson', 'shton', 'nënvizon',
];

/** French compounds may carry an adverb between the auxiliary and the participle: `a toutefois précisé`. */
const FRENCH_ADVERBS = ['toutefois', 'également', 'ensuite', 'encore', 'aussi', 'notamment', 'enfin', 'cependant', 'pourtant', 'ainsi', 'alors', 'déjà', 'néanmoins', 'quant à lui', 'pour sa part', 'de son côté', 'par ailleurs', 'd’ailleurs', "d'ailleurs"];
const FRENCH_PARTICIPLES = [
  'déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'expliqué', 'indiqué', 'estimé', 'assuré', 'précisé', 'soutenu',
  'rappelé', 'insisté', 'martelé', 'lancé', 'répondu', 'réagi', 'poursuivi', 'conclu', 'averti', 'reconnu', 'jugé',
  'confié', 'dénoncé', 'noté', 'relevé', 'observé', 'plaidé', 'tranché', 'prévenu', 'annoncé', 'déploré', 'regretté',
  'commenté', 'confirmé', 'écrit', 'résumé', 'renchéri', 'admis', 'fait savoir', 'fait valoir', 'fait remarquer',
  'ironisé', 'lâché', 'tonné', 'fustigé', 'rétorqué', 'signalé', 'mentionné', 'révélé', 'raconté', 'témoigné', 'avoué',
  'clamé', 'proclamé', 'détaillé', 'nuancé', 'exhorté', 'promis', 'laissé entendre', 'fait observer', 'fait noter',
  'fait constater', 'rassuré', 'interpellé', 'martelé', 'objecté', 'résumé', 'glissé', 'analysé', 'argué', 'argumenté',
];
const FRENCH_PRESENT = [
  'déclare', 'affirme', 'ajoute', 'souligne', 'explique', 'estime', 'précise', 'poursuit', 'conclut', 'dit', 'indique',
  'rappelle', 'insiste', 'martèle', 'répond', 'confie', 'reconnaît', 'écrit', 'regrette', 'déplore',
  'ironise', 'lâche', 'tonne', 'fustige', 'rétorque', 'signale', 'raconte', 'témoigne', 'avoue', 'clame', 'détaille',
  'nuance', 'rassure', 'glisse', 'analyse', 'observe', 'note', 'relève', 'assure', 'soutient', 'affirme', 'prévient',
];
const FRENCH_ADVERB = `(?:\\s+(?:${FRENCH_ADVERBS.join('|')}),?)?`;
/** `a-t-il ajouté`, `ajoute-t-elle`, `dit-il`: the subject pronoun inverted into the verb. */
export const FRENCH_PRONOUN_VERB = new RegExp(
  `^(?:a-t-(?<a>il|elle)${FRENCH_ADVERB}\\s+(?:${FRENCH_PARTICIPLES.join('|')})|(?:${FRENCH_PRESENT.join('|')})-(?:t-)?(?<b>il|elle))(?![\\p{L}])`,
  'u',
);
const FRENCH_VERBS = [
  `a-t-(?:il|elle)${FRENCH_ADVERB}\\s+(?:${FRENCH_PARTICIPLES.join('|')})`,
  `(?:${FRENCH_PRESENT.join('|')})-(?:t-)?(?:il|elle)`,
  `(?:a|ont)${FRENCH_ADVERB}\\s+(?:${FRENCH_PARTICIPLES.join('|')})`,
  ...FRENCH_PRESENT,
];

/** Portuguese and Spanish past tenses and presents the first table lacks (`indicou`, `acotó`, `expresa`). */
const IBERIAN_VERBS = [
  'indicou', 'sublinhou', 'frisou', 'referiu', 'salientou', 'destacou', 'observou', 'considerou', 'defendeu', 'admitiu',
  'reconheceu', 'concluiu', 'alertou', 'avisou', 'lembrou', 'apontou', 'assegurou', 'sustentou', 'precisou', 'realçou',
  'adiantou', 'disseram', 'afirmaram', 'diz', 'afirma', 'acrescenta', 'sublinha', 'salienta',
  'acotó', 'resaltó', 'remarcó', 'mencionó', 'aclaró', 'ratificó', 'puntualiza', 'afirma', 'señala', 'asegura',
  'explica', 'añade', 'agrega', 'sostiene', 'expresa', 'manifiesta', 'indica', 'destaca',
];

/** Italian, German and Indonesian beyond the first table. */
const OTHER_VERBS = [
  'ha commentato', 'ha osservato', 'ha concluso', 'ha ricordato', 'ha avvertito', 'ha scritto', 'ha evidenziato',
  'ha rimarcato', 'ha assicurato', 'afferma', 'spiega', 'aggiunge', 'sottolinea',
  'sagt', 'betont', 'erklärt', 'ergänzte', 'unterstrich', 'schrieb',
  'ujarnya', 'katanya', 'tuturnya', 'jelasnya', 'tegasnya', 'ungkapnya', 'ucapnya', 'kata', 'ujar', 'tutur', 'ungkap', 'ucap',
];

/**
 * Russian, Ukrainian, Bulgarian, Macedonian and Serbian in Cyrillic (`«…», — заявил Петров`, `рекао је он`), and the
 * Latin-script languages of central Europe, Romania, the Low Countries and Turkey: each verb's feminine or plural first,
 * so a longer form is not cut at the shorter one.
 */
const CYRILLIC_VERBS = [
  'сказала', 'сказал', 'заявила', 'заявил', 'отметила', 'отметил', 'подчеркнула', 'подчеркнул', 'добавила', 'добавил',
  'сообщила', 'сообщил', 'пояснила', 'пояснил', 'заявив', 'заявила', 'сказав', 'сказала', 'додав', 'додала', 'зазначив',
  'зазначила', 'каза', 'заяви', 'добави', 'изјави', 'рече', 'кажа', 'изјавила је', 'изјавио је', 'рекла је', 'рекао је',
  'казала је', 'казао је', 'навела је', 'навео је', 'истакла је', 'истакао је', 'додала је', 'додао је',
];
const OTHER_LATIN_VERBS = [
  'powiedziała', 'powiedział', 'dodała', 'dodał', 'stwierdziła', 'stwierdził', 'podkreśliła', 'podkreślił', 'zaznaczyła', 'zaznaczył',
  'řekla', 'řekl', 'uvedla', 'uvedl', 'dodala', 'dodal', 'povedala', 'povedal', 'uviedla', 'uviedol', 'zdôraznila', 'zdôraznil',
  'je dejala', 'je dejal', 'je povedala', 'je povedal', 'je dodala', 'je dodal', 'je poudarila', 'je poudaril',
  'a declarat', 'a spus', 'a afirmat', 'a subliniat', 'a precizat', 'a adăugat', 'a explicat', 'a transmis',
  'verklaarde', 'benadrukte', 'aldus', 'zei', 'zegt', 'dedi', 'söyledi', 'ifade etti', 'açıkladı', 'vurguladı',
];

/** Every verb above, as one alternation for vocabulary.ts's `FOREIGN_SPEECH_VERBS`. */
export const MORE_FOREIGN_SPEECH_VERBS = [...slavicVerbs(), ...ALBANIAN_VERBS, ...FRENCH_VERBS, ...IBERIAN_VERBS, ...OTHER_VERBS, ...CYRILLIC_VERBS, ...OTHER_LATIN_VERBS].join('|');

/** `according to` in the other languages: `…», selon le ministre`, `Según el funcionario, “…”`, `menurut dia`. */
export const ACCORDING_TO = '(?:selon|según|segundo|secondo|laut|menurut|sipas|prema\\s+rečima|prema\\s+riječima|conform)';

/** Subject pronouns, by the English one they stand for (German `sie` is also `they`, and stays out). */
const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they'>> = {
  // French, Spanish, Portuguese, Italian
  il: 'he', elle: 'she', ils: 'they', elles: 'they', él: 'he', ella: 'she', ellos: 'they', ellas: 'they',
  ele: 'he', ela: 'she', eles: 'they', elas: 'they', lui: 'he', lei: 'she', loro: 'they',
  // Serbian, Croatian, Bosnian, Montenegrin; Albanian; German; Indonesian
  on: 'he', ona: 'she', oni: 'they', ai: 'he', ajo: 'she', ata: 'they', ato: 'they', er: 'he', dia: 'he', beliau: 'he',
  // Cyrillic; Dutch; Romanian (`a spus ea`)
  он: 'he', она: 'she', они: 'they', він: 'he', вона: 'she', hij: 'he', zij: 'she', ea: 'she',
};

/** `il`, `ona`, `ai`: the English pronoun a foreign subject pronoun stands for, else undefined. */
export function englishPronoun(word: string): 'he' | 'she' | 'they' | undefined {
  return Object.hasOwn(PRONOUNS, word.toLowerCase()) ? PRONOUNS[word.toLowerCase()] : undefined;
}

/**
 * `Le communiqué`, `La ministre`, `El mandatario`, `O chefe`: an article that
 * opens a sentence before a lower-case noun is no name; the phrase is read
 * as the English `the communiqué` is (lower case). Not `Le Duc Tho`, whose
 * next word is a capital.
 */
const ARTICLE_BEFORE_NOUN = /^(?:(?:Le|La|Les|El|Los|Las|Lo|Il|Gli|O|Os|As|Der|Die|Das)\s+|L['’])(?=\p{Ll})/u;

export function lowerOpeningArticle(phrase: string): string {
  return ARTICLE_BEFORE_NOUN.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** Connectives that open a clause without a subject of its own: `Por esto, aseguró que …`, `Pour sa part, il …`. */
export const MORE_CONNECTIVES = [
  'por esto', 'por eso', 'por ello', 'por su parte', 'de igual manera', 'en ese sentido', 'al respecto', 'por lo tanto',
  'pour sa part', 'de son côté', 'par ailleurs', 'en outre', 'ensuite', 'enfin', 'toutefois', 'cependant',
  'por sua vez', 'além disso', 'também', 'takođe', 'također', 'osim toga', 'gjithashtu', 'ndërsa', 'inoltre', 'tuttavia',
  // `kako je kazao, "…"`, `comme il l’a dit`: `as he said`, whose subject is the sentence's.
  'kako', 'como', 'comme', 'siç',
].join('|');

/** Portfolios of the Romance languages' cabinets, so `El ministro de Relaciones Exteriores, Rubén Ramírez` names no `Relaciones Exteriores`. */
export const ROMANCE_PORTFOLIO_WORDS = [
  'relaciones', 'exteriores', 'asuntos', 'hacienda', 'defensa', 'justicia', 'educación', 'salud', 'trabajo', 'economía',
  'finanzas', 'obras', 'públicas', 'comercio', 'turismo', 'deportes', 'interior', 'gobernación', 'agricultura', 'ganadería',
  'affaires', 'étrangères', 'étrangères', 'coopération', 'intérieur', 'économie', 'santé', 'défense', 'francophonie',
  'negócios', 'estrangeiros', 'cooperação', 'internacional', 'internationale', 'relações', 'exteriores', 'fazenda',
  'esteri', 'interno', 'difesa', 'economia', 'sanità',
  // Indonesian and Malay: `Menteri Keuangan Sri Wahyuni`, `Menteri Luar Negeri`.
  'keuangan', 'luar', 'negeri', 'pertahanan', 'kesehatan', 'pendidikan', 'perdagangan', 'perindustrian', 'pertanian',
  'perhubungan', 'agama', 'hukum', 'pariwisata', 'koordinator', 'perekonomian', 'kewangan',
];

/**
 * Role nouns of the other languages: `manifestó el mandatario`, `kazao je premijer Kosova`,
 * `u shpreh kryeministri`, `o chefe da diplomacia`.
 */
export const FOREIGN_ROLE_NOUNS = [
  'mandatario', 'mandataria', 'canciller', 'vocero', 'vocera', 'funcionario', 'funcionaria', 'diputado', 'diputada',
  'senador', 'senadora', 'diplomático', 'diplomate', 'député', 'sénateur', 'responsable', 'premier', 'primeiro-ministro',
  'premijer', 'premijerka', 'ministar', 'ministarka', 'predsjednik', 'predsednik', 'predsjednica', 'predsednica',
  'kryeministri', 'kryeministrja', 'presidenti', 'presidentja', 'ministri', 'ministrja', 'zëdhënësi', 'portparol',
  'министр', 'президент', 'премьер', 'премьер-министр', 'глава', 'посол', 'представитель', 'министар', 'председник',
  'премијер', 'міністр', 'ministrul', 'președintele', 'premierul', 'prezydent', 'ministr', 'prezident', 'rzecznik', 'mluvčí',
  'menteri', 'presiden', 'gubernur', 'ketua', 'wakil', 'direktur', 'bupati', 'walikota', 'jubir',
];
