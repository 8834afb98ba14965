/**
 * Resolves a speaker named only by role — `the diplomat`, `the French
 * official`, `the spokesperson` — to the person the article introduced in
 * that role, by comparing the role words with each person's stated role.
 */
import type { Person } from './people.ts';
import { ROLE_NOUNS } from './vocabulary.ts';

/** Head nouns and the role words that satisfy them. */
const SYNONYMS: Record<string, readonly string[]> = {
  diplomat: ['diplomat', 'ambassador', 'envoy', 'foreign', 'secretary of state', 'state secretary', 'consul', 'permanent representative', 'attaché', 'chargé'],
  spokesperson: ['spokes', 'press secretary', 'press officer', 'press attaché'],
  spokesman: ['spokes', 'press secretary'],
  spokeswoman: ['spokes', 'press secretary'],
  responsible: ['minister', 'secretary', 'director', 'head', 'chief', 'president', 'chairman', 'governor', 'mayor', 'commissioner', 'manager'],
  republican: ['republican', 'senator', 'lawmaker', 'congress', 'representative', 'governor', 'rep.', 'sen.'],
  democrat: ['democrat', 'senator', 'lawmaker', 'congress', 'representative', 'governor', 'rep.', 'sen.'],
  tory: ['tory', 'conservative', 'mp', 'minister', 'member of parliament'],
  official: ['minister', 'secretary', 'spokes', 'official', 'ambassador', 'envoy', 'director', 'deputy', 'head', 'chief', 'commissioner', 'adviser', 'advisor', 'officer', 'governor', 'mayor', 'president', 'chairman', 'representative', 'diplomat', 'consul'],
  minister: ['minister', 'secretary', 'counterpart'],
  premier: ['premier', 'prime minister'],
  leader: ['leader', 'president', 'prime minister', 'premier', 'chairman', 'head', 'chief'],
  lawmaker: ['lawmaker', 'legislator', 'senator', 'congress', 'representative', 'member of parliament', 'mp', 'deputy', 'parliament'],
  legislator: ['lawmaker', 'legislator', 'senator', 'congress', 'representative', 'member of parliament', 'mp', 'parliament'],
  politician: ['lawmaker', 'senator', 'minister', 'leader', 'mp', 'member of parliament', 'party', 'president', 'governor', 'mayor'],
  senator: ['senator'],
  representative: ['representative', 'mla', 'mp', 'member of parliament', 'lawmaker', 'legislator', 'senator', 'congress', 'assembly'],
  expert: ['expert', 'analyst', 'professor', 'researcher', 'fellow', 'scholar', 'economist', 'scientist', 'director at', 'institute', 'university'],
  analyst: ['analyst', 'expert', 'economist', 'strategist', 'researcher', 'fellow'],
  economist: ['economist', 'analyst', 'strategist'],
  scientist: ['scientist', 'researcher', 'professor', 'virologist', 'epidemiologist', 'doctor'],
  executive: ['executive', 'ceo', 'chief', 'president', 'chairman', 'director', 'founder', 'head'],
  boss: ['executive', 'ceo', 'chief', 'chairman', 'head', 'manager', 'coach', 'director'],
  officer: ['officer', 'police', 'commander', 'general', 'colonel', 'official'],
  commander: ['commander', 'general', 'colonel', 'chief'],
  // Kenya's cabinet secretaries: `Environment CS Keriako Tobiko`, `his Devolution counterpart`.
  cs: ['cs', 'cabinet secretar', 'counterpart', 'minister'],
  counselor: ['counselor', 'counsellor', 'adviser', 'advisor'],
  counsellor: ['counselor', 'counsellor', 'adviser', 'advisor'],
  commissioner: ['commissioner', 'high commissioner', 'envoy', 'ambassador'],
  // `the PM`, `the CM` (India's chief ministers) in British and South Asian copy.
  pm: ['prime minister', 'premier', 'pm'],
  cm: ['chief minister', 'cm'],
  // Kenya's principal secretaries and other offices by their initials: `Interior PS Karanja Kibicho`, `the DG`.
  ps: ['ps', 'principal secretar', 'permanent secretar'],
  dg: ['dg', 'director general', 'director-general'],
  igp: ['igp', 'inspector general', 'inspector-general'],
  // `manifestó el mandatario`, `dijo el canciller`, `kazao je premijer`, `tha kryeministri`: the same offices in other languages.
  mandatario: ['president', 'presidente', 'président', 'jefe de estado', 'head of state', 'mandatario'],
  mandataria: ['president', 'presidenta', 'presidente', 'jefa de estado', 'head of state', 'mandataria'],
  canciller: ['canciller', 'foreign minister', 'relaciones exteriores', 'asuntos exteriores'],
  premijer: ['premijer', 'prime minister', 'predsjednik vlade', 'predsednik vlade'],
  kryeministri: ['kryeministr', 'prime minister'],
  ministre: ['ministre', 'minister'],
  ministro: ['ministro', 'ministra', 'minister'],
};

/**
 * Offices named by what their holder heads (`the head of the government`,
 * `the head of state`), and the titles the copy gives their holders.
 */
const OFFICES: readonly (readonly [RegExp, readonly string[]])[] = [
  // `the Slovak head of state`: a nationality before the office qualifies it, as before `president`.
  [/^(?:\p{L}+ )?(?:head|chief) of (?:the )?(?:government|cabinet)$/u, ['prime minister', 'premier', 'chancellor', 'head of government', 'head of the government']],
  [/^(?:\p{L}+ )?(?:head|chief) of (?:the )?state$/u, ['president', 'king', 'queen', 'emir', 'sultan', 'monarch', 'head of state', 'head of the state']],
  // `le chef de l'État français`, `el jefe de Estado`, `o chefe de Estado`, `il capo dello Stato`: the same in the Romance languages.
  [/^(?:chef|jefe|chefe|capo) (?:de|del|dello) (?:l['’])?(?:é|e)tat|^(?:chef|jefe|chefe|capo) (?:de|del|dello) (?:estado|stato)\b/, ['president', 'président', 'presidente', 'king', 'roi', 'rey', 'rei', 're ', 'head of state']],
  [/^(?:chef|jefe|chefe|capo) (?:du|del|do|de) (?:gouvernement|gobierno|governo)\b/, ['prime minister', 'premier ministre', 'primer ministro', 'primeiro-ministro', 'presidente del gobierno', 'chef du gouvernement']],
  // `the head of Montenegrin diplomacy`, `o chefe da diplomacia congolesa`, `le chef de la diplomatie`: the foreign minister.
  [/^(?:head|chief) of (?:the )?(?:\p{L}+ )?(?:foreign ministry|diplomacy)$|^(?:chef|jefe|chefe|capo) (?:de la|da|de|della|del) diploma(?:tie|cia|zia)\b/u, ['foreign minister', 'minister of foreign affairs', 'foreign secretary', 'affaires étrangères', 'negócios estrangeiros', 'relações exteriores', 'relaciones exteriores', 'asuntos exteriores', 'esteri', 'foreign affairs']],
];

/** `of` in the Romance languages: `le ministre des affaires étrangères`, `el ministro de Relaciones Exteriores`. */
const OF = new Set(['of', 'de', 'des', 'du', 'da', 'do', 'das', 'dos', 'del', 'della', 'dello', 'di']);

/**
 * Where the role noun heading the words is: the role noun before `of` (`the head of the government`), else the last
 * word (`the French official`), else — when the last word is no role noun — a role noun opening the words, which the
 * Romance languages' adjectives and the Slavic languages' genitives follow (`le président français`, `premijer Kosova`).
 */
const ROMANCE_ARTICLE = /^(?:le|la|les|el|los|las|il|lo|o|os|a|as)$/;
const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'his', 'her', 'their', 'its']);

function headIndex(words: readonly string[], english: boolean): number {
  const of = words.findIndex((w) => OF.has(w));
  if (of > 0 && ROLE_NOUNS.has(words[of - 1] ?? '')) return of - 1;
  if (ROLE_NOUNS.has(words.at(-1) ?? '')) return words.length - 1;
  // English sets adjectives before the noun: `the general public` is headed by `public`.
  if (english) return words.length - 1;
  const first = ROMANCE_ARTICLE.test(words[0] ?? '') ? 1 : 0;
  return ROLE_NOUNS.has(words[first] ?? '') ? first : words.length - 1;
}

const ARTICLE = /^(?:(?:the|this|that|our|his|her|their|le|la|les|el|los|las|il|lo|o|os|der|die|das)\s+|l['’])/i;

/** Scores each candidate; returns the best match, or undefined when no role fits. */
export function resolveRole(
  phrase: string,
  candidates: readonly Person[],
  speakers: ReadonlySet<Person>,
  subject?: Person,
  reportsSpeech: (person: Person) => boolean = () => false,
): Person | undefined {
  const words = phrase
    .replace(ARTICLE, '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w !== '');
  const office = OFFICES.find(([pattern]) => pattern.test(words.join(' ')))?.[1];
  // `the head of the foreign ministry`: the role noun before `of` heads the phrase, the words after it qualify.
  const headAt = headIndex(words, ENGLISH_DETERMINERS.has(phrase.split(/\s+/)[0]?.toLowerCase() ?? ''));
  const head = words[headAt];
  if (head === undefined) return undefined;
  const modifiers = [...words.slice(0, headAt), ...words.slice(headAt + 1).filter((w) => !OF.has(w) && w !== 'the')];
  let best: Person | undefined;
  let bestScore = 0;
  candidates.forEach((person, recency) => {
    const wanted = office ?? SYNONYMS[head] ?? [head];
    const fits = (text: string) => wanted.some((w) => text.includes(w)) || text.includes(head);
    const role = (person.role ?? '').toLowerCase();
    const context = person.context.toLowerCase();
    let score = 0;
    if (role !== '' && fits(role)) score += 3;
    else if (context !== '' && fits(context)) score += 2;
    // A modifier in the person's own role (`Defence Minister`) counts more than one in the clause around it
    // (`Foreign Minister Jane Roe and Defence Minister John Doe`: `foreign` is in John Doe's clause too).
    const own = role !== '' ? role : context;
    if (score > 0) for (const modifier of modifiers) score += stemIn(modifier, own) ? 1.5 : stemIn(modifier, context) ? 0.25 : 0;
    if (score === 0 || contradicts(modifiers, own)) return;
    if (speakers.has(person)) score += 1;
    // `said the Minister of State … Jane Roe` in the lead, then `the Minister said`: the minister who speaks in the copy,
    // not one it only mentions (`Earlier, the Minister of Foreign Affairs John Doe put the number at 100`).
    else if (reportsSpeech(person)) score += 0.5;
    // Made a sentence's subject since the last quote: more likely meant than someone quoted before, if the role fits as well.
    // A subject whose sentence reports no speech (`John Doe put the number at 100`) counts less than one who speaks.
    if (person === subject) score += reportsSpeech(person) ? 1.1 : 0.3;
    // Candidates come most recent first: earlier ones win ties.
    score -= recency * 0.01;
    if (score > bestScore) {
      best = person;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Who a spokesperson, an official or an officer speaks for, one at a time:
 * `the government spokesperson` is not the `Presidential spokesman` the copy
 * named, nor `the party official` the `police official`.
 */
const SPEAKS_FOR: readonly string[] = ['presidential', 'president', 'government', 'party', 'opposition', 'police', 'army', 'military', 'palace', 'kremlin'];

/** The phrase qualifies its role by one body the person's role names another of. */
function contradicts(modifiers: readonly string[], own: string): boolean {
  const wanted = modifiers.filter((m) => SPEAKS_FOR.includes(m));
  if (wanted.length === 0) return false;
  const theirs = SPEAKS_FOR.filter((body) => new RegExp(`\\b${body}\\b`).test(own));
  const same = (a: string, b: string) => a === b || (a.startsWith('president') && b.startsWith('president'));
  return theirs.length > 0 && !theirs.some((body) => wanted.some((m) => same(m, body)));
}

/** `french` in "the French Foreign Ministry", `foreign` in "foreign minister". */
function stemIn(word: string, text: string): boolean {
  if (word.length < 3) return false;
  const bare = word.replace(/[^\p{L}\p{N}-]/gu, '');
  // `indian` ~ "India's", `russian` ~ "Russia", `chinese` ~ "China".
  const stem = bare.length > 5 ? bare.replace(/(?:ian|an|ese|ish|i)$/u, '') : bare;
  return new RegExp(`\\b(?:${bare}|${stem})`, 'u').test(text);
}

/**
 * The noun that heads a role phrase: the last word (`the French official`),
 * or the role noun before `of` (`the head of the government`, `the minister
 * of finance`).
 */
export function roleHeadOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  return words[headIndex(words, ENGLISH_DETERMINERS.has(words[0] ?? ''))] ?? '';
}

/** A role phrase: lower-case words, perhaps led by an article and an adjective of nationality. */
export function looksLikeRolePhrase(phrase: string): boolean {
  const words = phrase.replace(ARTICLE, '').split(/\s+/);
  const head = words.at(-1) ?? '';
  return ARTICLE.test(phrase) && /^\p{Ll}/u.test(head) && words.length <= 6;
}
