/**
 * What the words around a name say about its bearer, beside the name's own
 * words: an office or honorific before it (`President Tsai Ing-wen`), the
 * name again in its own script after it (`(蔡英文)`), and whether the copy
 * marks the person as a woman or a man (`Mrs`, `spokeswoman`, `Jane`), for
 * `she` and `he`.
 */
import nlp from 'compromise';
import { honorificGender, isHonorific } from './honorifics.ts';
import { ROLE_NOUNS } from './vocabulary.ts';

export type Gender = 'female' | 'male';

/** ` (蔡英文)`, ` (김정은)`: the name again in the script of its own language, right after it. */
const NATIVE_SCRIPT = /^\s*[(（]\s*[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Hebrew}\p{Script=Greek}]/u;

/** A role noun or an honorific among the capitalised words right before a name. */
export function isTitled(titleWords: readonly string[]): boolean {
  return titleWords.some((w) => {
    const bare = w.toLowerCase().replace(/\.$/, '');
    return ROLE_NOUNS.has(bare) || isHonorific(bare);
  });
}

/** The text right after a name opens with the name in another script: ` (蔡英文)`. */
export function inOwnScriptAfter(after: string): boolean {
  return NATIVE_SCRIPT.test(after);
}

const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'dame', 'lady', 'begum', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'assemblywoman', 'policewoman', 'queen', 'princess', 'sheikha', 'datin', 'puan', 'hajjah']);
const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'spokesman', 'chairman', 'congressman', 'businessman', 'assemblyman', 'policeman', 'king', 'prince', 'sheikh', 'datuk', 'haji', 'emir', 'amir']);

/**
 * `Mrs`, `spokeswoman`, `Sheikh` right before the name, or a given name
 * compromise knows as a woman's or a man's (`Jane`, `John`); else unknown.
 */
export function genderOf(given: string, titleWords: readonly string[]): Gender | undefined {
  const words = titleWords.map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  const female = words.some((w) => FEMALE_WORDS.has(w) || honorificGender(w) === 'female');
  const male = words.some((w) => MALE_WORDS.has(w) || honorificGender(w) === 'male');
  if (female !== male) return female ? 'female' : 'male';
  if (female) return undefined;
  const doc = nlp(given);
  const femaleName = doc.has('#FemaleName');
  if (femaleName !== doc.has('#MaleName')) return femaleName ? 'female' : 'male';
  return undefined;
}
