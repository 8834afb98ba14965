/**
 * What the words around a name say about its bearer, beside the name's own
 * words: an office or honorific before it (`President Tsai Ing-wen`), the
 * name again in its own script after it (`(蔡英文)`), whether the copy
 * marks the person as a woman or a man (`Mrs`, `spokeswoman`, `Jane`), for
 * `she` and `he`, and what the copy reports of the person elsewhere: that
 * they speak (`Jane Roe said`, `Ouattara told`), that it gives their surname
 * an honorific (`Mr Karan`).
 */
import nlp from 'compromise';
import { honorificGender, isHonorific } from './honorifics.ts';
import { NOT_PERSON_WORDS, ROLE_NOUNS, SPEECH_VERB, VERB_END } from './vocabulary.ts';

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

const SPEECH_AFTER = new RegExp(
  // `Kuol Manyang Juuk who was addressing a gathering in Yambio on Wednesday said`: a relative clause without commas too.
  `^(?:,[^,]{0,120}?,?|\\s+who\\s[^.;:"“”,]{0,120}?)?(?:\\s+(?:on|at|in)\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:(?:also|further|then|later|has|had|was|is)\\s+)*${SPEECH_VERB}${VERB_END}`,
  'u',
);

/** `said the Minister of State for Information … Jane Roe`: the verb before, in the same sentence, the name its subject. */
const REPORTED_BEFORE = new RegExp(`\\b(?:said|says|told|added|stated|announced)\\s+(?:the\\s+)?[^.;:"“”]*$`);

/** The words right after a name have its bearer speak (`, 45, said`, ` on Monday told`). */
export function speechAfter(after: string): boolean {
  return SPEECH_AFTER.test(after);
}

/** The copy reports the person named at `at` speaking: `Jane Roe said the talks …`, `…, said the minister Jane Roe.` */
export function reportedSpeaking(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 120), at);
  const after = body.slice(at).replace(/^(?:[\p{Lu}][\p{L}\p{M}.'’-]*\s*)+/u, ' ');
  return REPORTED_BEFORE.test(before) || SPEECH_AFTER.test(after.slice(0, 160));
}

/** The copy sets an honorific before the surname somewhere (`Mr Karan`, `Dr. Karan`, `Lyonpo Dorji`). */
export function addressedElsewhere(body: string, surname: string): boolean {
  if (surname.length < 2) return false;
  const escaped = escapeRegExp(surname);
  for (const match of body.matchAll(new RegExp(`(?<![\\p{L}.])(\\p{Lu}[\\p{L}.'’]*)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    if (isHonorific(match[1] ?? '')) return true;
  }
  return false;
}

/**
 * The copy has the surname alone speak (`Ouattara told a meeting`, `…," said Ouattara`) after
 * `presidential claimant Allasane Ouattara`: what the copy reports a person doing, whatever compromise knows of the name.
 */
export function speaksBySurname(body: string, surname: string): boolean {
  if (surname.length < 3 || !/^\p{Lu}\p{Ll}/u.test(surname) || NOT_PERSON_WORDS.has(surname.toLowerCase())) return false;
  const escaped = escapeRegExp(surname);
  const alone = `(?<!\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+)(?<![\\p{L}\\p{M}'’-])${escaped}(?![\\p{L}\\p{M}'’-])`;
  // `Holness has dismissed the calls, telling supporters …`: the surname alone opening a sentence as the subject of a verb.
  const opening = `(?:^|[.!?]["”’]?\\s+|\\n)(?:\\p{Lu}\\p{Ll}+,\\s+)?${alone}\\s+(?:(?:has|had|have|was|is|also|then|later|further)\\s+)*\\p{Ll}{3,}(?:ed|es)${VERB_END}`;
  return new RegExp(`${alone}\\s+(?:(?:also|further|then|later|has|had)\\s+)*${SPEECH_VERB}${VERB_END}|\\b(?:said|says|added|told)\\s+${alone}|${opening}`, 'u').test(body);
}

/** The text as a regular expression's literal. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
