/**
 * Whether capitalised words could be a person's name: a word that is no
 * title, office, organisation, nationality or common noun (`isNameWord`),
 * where the name starts in a run of capitals (`Senate Majority Leader | Tom
 * Harlan`), and whether a whole run reads as a person's (`looksLikePerson`).
 */
import { particlePattern, PERSON_NAME_PARTICLES } from '../text/nameParticles.ts';
import { isDemonym } from './personRoles.ts';
import { hasTag, isPluralNoun } from './tags.ts';
import { FUNCTION_WORDS, NOT_PERSON_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

const GERMAN_TITLE = /^\p{Lu}\p{Ll}+(?:minister(?:in)?|präsident(?:in)?|kanzler(?:in)?|sprecher(?:in)?|chef(?:in)?|vorsitzende[rn]?|hauptmann|hauptfrau|bürgermeister(?:in)?|direktor(?:in)?|sekretär(?:in)?|leiter(?:in)?)$/u;
const PARTICLE_WORD = new RegExp(`^${particlePattern(PERSON_NAME_PARTICLES)}$`);

/**
 * Where the name starts in a run of capitalised words: after the last word
 * that belongs to a title, an office or an organisation
 * (`Senate Majority Leader | Tom Harlan`, `Environment Protection | Muhammad Rizwan`).
 */
export function nameStart(words: readonly string[]): number {
  let start = 0;
  words.forEach((word, index) => {
    // `Saifuddin Nasution Ismail`: a word that only ends like a noun (`-tion`) between two name words is a name's.
    const between = index > 0 && index < words.length - 1 && isNameWord(words[index - 1] ?? '') && isNameWord(words[index + 1] ?? '');
    if (!isNameWord(word) && !(between && isNameWord(word, true)) && !knownSurnameAt(words, index)) start = index + 1;
  });
  return start;
}

/**
 * `Andrew Holness`, `Arthur Guinness`: a last word that only ends like a noun (`-ness`, `-ure`) after a given name
 * is a surname when the name list knows the two as a person's.
 */
export function knownSurnameAt(words: readonly string[], index: number): boolean {
  const word = (words[index] ?? '').replace(/['’]s$/, '');
  const previous = words[index - 1] ?? '';
  return index > 0 && /^\p{Lu}\p{Ll}/u.test(word) && isNameWord(previous) && isNameWord(word, true) && hasTag(`${previous} ${word}`, '#Person');
}

/** Could be part of a person's name: not a title, office, organisation, nationality or common noun. */
export function isNameWord(word: string, ignoringSuffix = false): boolean {
  const bare = word.replace(/['’]s$/, '').replace(/\.$/, '');
  const lower = bare.toLowerCase();
  if (PARTICLE_WORD.test(bare)) return true;
  if (FUNCTION_WORDS.has(lower) || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) return false;
  // `Lieutenant-General`, `Vice-President`, `Attorney-General`: a title joined by a hyphen is a title still.
  if (lower.includes('-') && lower.split('-').some((part) => part.length >= 4 && (TITLE_WORDS.has(part) || ROLE_NOUNS.has(part)))) return false;
  if (NOT_PERSON_WORDS.has(lower) || PORTFOLIO_WORDS.has(lower)) return false;
  if (/['’]s$/.test(word)) return false;
  if (!ignoringSuffix && /(?:tion|ment|ity|ism|ance|ence|ship|ness|ure|ies)$/.test(lower)) return false;
  // `Bundesinnenminister Hans-Peter Friedrich`: a German title is one word, and no part of the name.
  if (GERMAN_TITLE.test(bare)) return false;
  if (isDemonym(bare)) return false;
  // `initiatives`: a plural noun in compromise's word list is never part of a name.
  return !isPluralNoun(lower);
}

/** The words could be a person's whole name (`titled`: an office or honorific before them says so, whatever compromise tags them as). */
export function looksLikePerson(name: string, titled = false): boolean {
  const words = name.split(/\s+/);
  // `Mohammed bin Abdulrahman bin Jassim Al-Thani`: particles do not make a name too long to be one.
  if (words.filter((w) => !PARTICLE_WORD.test(w)).length > 5) return false;
  if (words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return false;
  if (hasTag(name, '#Person') || titled) return true;
  return !hasTag(name, '#Place') && !hasTag(name, '#Organization') && !hasTag(name, '#Country');
}
