/**
 * A first word a run of capitals glued to a person's name that is no part of
 * it, read from the words around the run: a rank that is also a surname
 * (`Major Jane Roe`, kept in `John Major`), the French `M.` and the styles
 * run together in capitals (`S.E.M.`, `SE.`), a country after `of`
 * (`Minister of Foreign Affairs of Ruritania Jan Novak`), and a portfolio's
 * capitalised word after `du`/`of the` when the copy prints the name without
 * it elsewhere (`le directeur des arts et du Livre Jean Paul Houngbo`), and a
 * Romance preposition opening the sentence (`Pour Jean Roe, …`).
 */
import { isKnownCountry, isKnownRegion } from './gazetteer.ts';
import { escapeRegExp } from './personEvidence.ts';

/** Ranks the press sets before a name that are surnames too: dropped only before a given name and a surname. */
const RANKS_ALSO_SURNAMES = new Set(['major', 'captain', 'marshal']);
/** Prepositions of the Romance languages that open a sentence before a name (`Pour Jean Roe, la visite …`). */
const OPENING_PREPOSITIONS = new Set(['pour', 'selon', 'avec', 'sans', 'chez', 'depuis', 'contre', 'dans', 'sur', 'sous', 'entre', 'vers', 'après', 'avant', 'pendant', 'para', 'según', 'segundo', 'com', 'sem', 'secondo', 'tra', 'fra']);
/** A lower-case word after which a capitalised word names a country, a portfolio or a body, not a person's first name. */
const OF_BEFORE = /(?:^|[\s(])(?:of|of\s+the|from|in|de|du|des|de\s+la|d['’]|della|del|do|da|dos|von|der)\s*$/u;

/** The copy reads French: its function words outnumber English ones (for `M.`, an initial in English copy). */
export function readsFrench(body: string): boolean {
  const count = (pattern: RegExp): number => body.match(pattern)?.length ?? 0;
  return count(/(?:^|\s)(?:le|la|les|des|du|et|est|une|dans|pour|qui)(?=\s)/gu) > count(/(?:^|\s)(?:the|and|of|to|is|was|in|for)(?=\s)/giu);
}

/**
 * How many of the first words of `words` (a name as the run gives it, starting at `offset` in `body`) are no
 * part of the name: 0 or 1. At least two words stay, a given name and a surname (French `M. Roe` leaves the surname).
 */
export function leadingNonName(body: string, words: readonly string[], offset: number, french: boolean): number {
  const first = words[0] ?? '';
  // `M. Diarra` in French copy is Monsieur Diarra: the surname alone, for the person the copy named in full.
  if (first === 'M.' && french && words.length === 2) return 1;
  if (words.length < 3) return 0;
  const before = body.slice(Math.max(0, offset - 24), offset);
  const lower = first.toLowerCase().replace(/\.$/, '');
  if (RANKS_ALSO_SURNAMES.has(lower) || OPENING_PREPOSITIONS.has(lower)) return 1;
  // `S.E.M. Issoufou Mahamadou`, `SE. Jean Tinni` (Son Excellence, the `S` glued before the initial the run starts at).
  if (first === 'S.E.M.' || (/^\p{Lu}\.$/u.test(first) && /\p{Lu}$/u.test(before))) return 1;
  if (first === 'M.' && french) return 1;
  if (!OF_BEFORE.test(before)) return 0;
  if (isKnownCountry(first) || isKnownRegion(first)) return 1;
  // The rest printed elsewhere as a name not after this word: the copy's own evidence that the word is not the name's.
  const rest = words.slice(1).join(' ');
  const elsewhere = [...body.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(rest)}(?![\\p{L}\\p{M}])`, 'gu'))];
  return elsewhere.some((m) => !body.slice(Math.max(0, m.index - first.length - 1), m.index).trim().endsWith(first)) ? 1 : 0;
}

/**
 * `Chief Executive Ho Wai On said`: a short capitalised function word closing a run of two name words or more, in a
 * sentence that goes on in lower case, is the last part of a name (Chinese, Korean, Vietnamese given names: `On`,
 * `An`, `Un`), never the preposition, which mid-sentence is lower case; and the surname `Said` before a verb.
 */
export function keepsShortLastWord(words: readonly string[], isNameWord: (word: string) => boolean, after: string): boolean {
  const last = words.at(-1) ?? '';
  // `Minister Mashala S. Roe Said highlighted`: `Said` capitalised mid-sentence before a verb in the past is a surname.
  if (last === 'Said' && words.length >= 3 && /^\s\p{Ll}{2,}ed\b/u.test(after)) return true;
  return words.length >= 3 && /^\p{Lu}\p{Ll}{1,2}$/u.test(last) && words.slice(-3, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isNameWord(w)) &&
    /^\s\p{Ll}/u.test(after);
}
