/**
 * The role a copy gives a person around a name: after it in apposition
 * (`Jean-Baptiste Lemoyne, secretary of state at the French Foreign
 * Ministry,`), before it (`Kremlin spokesman Dmitry Peskov`, `Federal
 * Minister for Planning, Development and Special Initiatives Asad Umar`), or
 * set off by a comma before it (`Bangladesh High Commissioner to the United
 * Kingdom, Saida Muna Tasneem,`), and the words that open such a role.
 */
import { hasTag } from './tags.ts';
import { isHonorific } from './honorifics.ts';
import { FUNCTION_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS, SPEECH_VERB, TITLE_WORDS, VERB_END } from './vocabulary.ts';

/** The clause that leads up to a mention: `Russian Ambassador to Pakistan` in `…pipeline, Russian Ambassador to Pakistan Danila Ganich`. */
export function clauseBefore(body: string, offset: number): string {
  const before = body.slice(Math.max(0, offset - 100), offset);
  // `Lobito (ANGOP) -- O ministro …, Jane Roe,`: a dateline's dash ends the clause as its punctuation does.
  const parts = before.split(/[,;:.!?"“”()\n](?=\s)|\s[—–-]{1,2}\s/);
  return (parts.at(-1) ?? '').trim();
}

/** Nationalities compromise does not tag as such. */
const DEMONYMS = new Set([
  'azerbaijani', 'emirati', 'saudi', 'afghan', 'iraqi', 'kuwaiti', 'qatari', 'omani', 'yemeni', 'bahraini',
  'israeli', 'pakistani', 'bangladeshi', 'nepali', 'uzbek', 'kazakh', 'kyrgyz', 'tajik', 'turkmen', 'armenian',
  'georgian', 'ukrainian', 'belarusian', 'sindhi', 'punjabi', 'baloch', 'balochi', 'pashtun', 'kashmiri',
  'afghani', 'somali', 'sudanese', 'libyan', 'syrian', 'lebanese', 'jordanian', 'iranian', 'turkish',
]);

export function isTitleOrOpener(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (FUNCTION_WORDS.has(lower) || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  return isDemonym(word);
}

/** `French`, `Pakistani`, `Azerbaijani`, `Chinese`: adjectives of nationality. */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase()) || hasTag(word, '#Demonym');
}

/** `, secretary of state at the French Foreign Ministry,` right after a name. */
export function appositiveRole(after: string): string | undefined {
  const match = /^,\s+(?<role>[^,;:"“”()\n]{3,120}?)\s*(?:,|\.(?=\s|$)|;|$)/u.exec(after);
  const role = match?.groups?.['role']?.trim();
  if (role === undefined) return undefined;
  const words = role.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length > 14) return undefined;
  if (/^(?:who|which|that|and|but|as|when|while|where|whose|if|also|in|on|at|for|with|to|from)$/i.test(first)) return undefined;
  if (/^\d/.test(first)) return undefined;
  if (new RegExp(`\\b${SPEECH_VERB}${VERB_END}`).test(role)) return undefined;
  const startsLikeRole = /^(?:the|a|an)$/i.test(first) || /^\p{Ll}/u.test(first) || /['’]s$/.test(first) || isTitleOrOpener(first);
  const hasRoleNoun = words.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (!startsLikeRole || !hasRoleNoun) return undefined;
  return role.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * `Bangladesh High Commissioner to the United Kingdom` set off by a comma
 * before a name: a role when it opens like one (capitals or an article) and
 * its role noun comes early, not a clause (`In a statement by the spokesman`).
 */
export function roleBefore(clause: string): string | undefined {
  const words = clause.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 10 || !/^\p{Lu}/u.test(words[0] ?? '')) return undefined;
  if (FUNCTION_WORDS.has((words[0] ?? '').toLowerCase()) && !/^the$/i.test(words[0] ?? '')) return undefined;
  const at = words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (at < 0 || at > 3 || new RegExp(`\\b${SPEECH_VERB}${VERB_END}`).test(clause)) return undefined;
  return clause.replace(/^the\s+/i, '');
}

/** `Kremlin spokesman` / `French President` right before a name. */
export function preRole(before: string, titleWords: string[]): string | undefined {
  // A line's end stops the office: `… Office of the Prime Minister` above is a caption, not this name's title.
  const words = before.slice(before.lastIndexOf('\n') + 1).split(/\s+/).filter((w) => w !== '');
  const collected: string[] = [...titleWords];
  for (let i = words.length - 1; i >= 0 && collected.length < 12; i--) {
    const word = words[i] ?? '';
    // `Federal Minister for Planning, Development and Special Initiatives Asad Umar`: a portfolio list keeps its commas.
    const listed = /^\p{Lu}[\p{L}-]*,$/u.test(word) && PORTFOLIO_WORDS.has(word.slice(0, -1).toLowerCase()) && collected.includes('and');
    if (/[,;:.!?"“”()]$/.test(word) && !listed && !/^(?:\p{Lu}\.)+$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) break;
    const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/,$/, '');
    if ((lower === 'of' || lower === 'for' || lower === 'to') && collected.length > 0) {
      collected.unshift(word);
      continue;
    }
    // `the Minister of State for Information Affairs and the Official Government Spokesperson Jane Roe`: two offices joined.
    const previous = (words[i - 1] ?? '').toLowerCase().replace(/,$/, '');
    const joined =
      (lower === 'the' && previous === 'and') ||
      (lower === 'and' && collected[0] === 'the' && /^\p{Lu}/u.test(words[i - 1] ?? '')) ||
      (lower === 'and' && PORTFOLIO_WORDS.has(previous) && /^\p{Lu}/u.test(words[i - 1] ?? ''));
    if (joined && collected.length > 0) {
      collected.unshift(word);
      continue;
    }
    // `Prime Minister the Hon. Jane Roe`: `the` before an honorific the name bears goes on to the office before it.
    if (lower === 'the' && collected.length > 0 && collected.every((w) => isHonorific(w))) {
      collected.unshift(word);
      continue;
    }
    const roleLike = ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || /^\p{Lu}/u.test(word) || /['’]s$/.test(word);
    if (!roleLike || FUNCTION_WORDS.has(lower)) break;
    collected.unshift(word);
  }
  while (/^(?:of|for|to|and|the)$/i.test(collected[0] ?? '')) collected.shift();
  // `Home Minister Datuk Seri Dr Ahmad Zahid`, `Foreign Minister H.E. Hor Namhong`: the honorifics are the person's, not the office's.
  while (collected.length > 0 && (isHonorific(collected.at(-1) ?? '') || (collected.at(-1) === 'the' && collected.length > 1))) collected.pop();
  if (!collected.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')))) return undefined;
  return collected.join(' ');
}
