/**
 * Titles a copy abbreviates its own way (`Coun`, `Cllr`, `Supt`, `Pres`):
 * a word shaped like a shortening of an office or a rank that the copy
 * itself shows is no part of the names it precedes — it stands before two
 * different people (`Cllr Jane Roe and Cllr Tom Doe`), or before a full name
 * and again before that name's surname alone (`Coun Jane Roe` … `Coun Roe
 * said`), which a given name never does. A table of abbreviations would
 * miss the next house style; the shape and the copy's own use of the word
 * carry to one never met.
 */
import { lexiconTags } from './tags.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

/** Office and rank words long enough to be shortened (`councillor`, `superintendent`). */
const LONG_TITLES = [...ROLE_NOUNS, ...TITLE_WORDS].filter((w) => /^\p{Ll}{5,}$/u.test(w));

/**
 * `coun` (a prefix of `councillor`), `cllr` and `cmdr` (four letters or five,
 * no vowel after the first: its first and last letters, the rest in order; not
 * `March` of `monarch`): a shortening of an office or rank word, and no given
 * name or other word compromise knows.
 */
export function isTitleShortening(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (!/^\p{Ll}{3,5}$/u.test(lower)) return false;
  // `Carl`, `Kim`: a given name compromise knows; `March`, `Gene`: a word it knows. Neither is a shortening, whatever
  // office it might shorten (`monarch`, `general`); a word it lists only as an abbreviation or honorific (`Supt`) is.
  const tags = lexiconTags(lower);
  if (tags.length > 0 && !tags.every((tag) => tag === 'Abbreviation' || tag === 'Honorific')) return false;
  return LONG_TITLES.some((title) => title !== lower && (title.startsWith(lower) || (lower.length >= 4 && !/[aeiou]/.test(lower.slice(1)) && isContraction(lower, title))));
}

/** `cllr` of `councillor`: the first and the last letter the title's, the others in its order. */
function isContraction(short: string, title: string): boolean {
  if (short[0] !== title[0] || short.at(-1) !== title.at(-1)) return false;
  let at = 1;
  for (const letter of short.slice(1, -1)) {
    at = title.indexOf(letter, at);
    if (at < 0 || at >= title.length - 1) return false;
    at++;
  }
  return true;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?";
const BEFORE_NAME = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(?<word>\\p{Lu}\\p{Ll}{2,4})\\.?\\s+(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})`, 'gu');

/**
 * The shortened titles `body` uses as titles, by its own evidence (the word
 * before two different surnames, or before a full name and its surname alone).
 * `isNameWord` says whether a word could belong to a name (from nameWords.ts).
 */
export function copyTitles(body: string, isNameWord: (word: string) => boolean): ReadonlySet<string> {
  const followers = new Map<string, string[][]>();
  for (const match of body.matchAll(BEFORE_NAME)) {
    const word = match.groups?.['word'] ?? '';
    if (!isTitleShortening(word)) continue;
    const name = (match.groups?.['name'] ?? '').split(/\s+/).filter((w) => isNameWord(w));
    if (name.length > 0) followers.set(word, [...(followers.get(word) ?? []), name]);
  }
  const titles = new Set<string>();
  for (const [word, names] of followers) {
    const surnames = new Set(names.map((n) => n.at(-1)));
    const full = names.filter((n) => n.length >= 2);
    const surnameAlone = full.some((f) => names.some((n) => n.length === 1 && n[0] === f.at(-1)));
    if (surnames.size >= 2 || surnameAlone) titles.add(word);
  }
  return titles;
}
