/**
 * Attributions that put the verb before its subject in slots the English
 * rules read the other way round, as German and the Romance languages do:
 * `"…" Mit diesen Worten unterstrich Regierungschef Jan Roe …` (`with these
 * words … stressed`), `"…", so Roe abschliessend.` (German `so` is `according
 * to`), and a verb after a clause that ends with a comma, before a colon
 * (`Zu dem Bericht, wonach …, meinte Landesrat Roe: "…"`); and English
 * `"…," read Ms Roe`, a pupil reading out her own letter.
 */
import { isHonorific } from './honorifics.ts';

/** `With these words`, in the languages of the tables: what follows is the verb, then its subject. */
const WITH_THESE_WORDS = /^(?:Mit\s+diesen\s+Worten|With\s+these\s+words|Con\s+estas\s+palabras|Par\s+ces\s+mots|En\s+ces\s+termes|Com\s+estas\s+palavras|Con\s+queste\s+parole)\s+\p{Ll}+\s+(?<who>(?:der|die|the|le|la|el|o|il)?\s*\p{Lu}.*)$/su;

/** German adverbs that may close `so Name …`: `abschliessend`, `weiter`; or nothing after the name. */
const SO_CLOSING = '(?:abschliessend|abschließend|weiter|zudem|ausserdem|außerdem|ergänzend|gegenüber\\s[^.]*|am\\s[^.]*|im\\s[^.]*|in\\s[^.]*|bei\\s[^.]*)';
const SO_NAME = new RegExp(`^so\\s+(?<who>(?:(?:der|die)\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:\\s+${SO_CLOSING})?\\s*[.!]?$`, 'u');

/** `"…," read Ms Jane Roe, a pupil at …`: someone reading out words of their own, named with an honorific. */
const READ_BY = /^(?:read|reads|recited)\s+(?<who>(?<honorific>\p{Lu}[\p{L}.]*)\s+\p{Lu}.*)$/su;

/** The speaker a phrase right after a quote names with its verb first, if it is one of these slots. */
export function invertedAfter(text: string): { who: string; at: number } | undefined {
  const reader = READ_BY.exec(text);
  const match = WITH_THESE_WORDS.exec(text) ?? SO_NAME.exec(text) ?? (isHonorific(reader?.groups?.['honorific'] ?? '') ? reader : null);
  const who = match?.groups?.['who'];
  return who === undefined ? undefined : { who: who.trim(), at: text.indexOf(who.trim()) };
}

/**
 * `…, wonach die Gelder aus dem Ausland kamen, meinte Landesrat Roe:`: the words before the verb end with a comma
 * (a clause, no subject), and a capital or an article follows the verb up to the colon: that is the subject.
 */
export function subjectAfterVerb(before: string, after: string): string | undefined {
  if (!/,\s*$/.test(before)) return undefined;
  const who = /^\s+(?<who>(?:(?:der|die|das|the|le|la|el|il|o)\s+)?\p{Lu}[^:,"“„«]{0,80}?)\s*:\s*$/u.exec(after)?.groups?.['who'];
  return who;
}

/**
 * `« … ». Résumé de propos tenus samedi à Ouaga par le président Jean Roe devant …`, `"…" Remarks made on Monday by
 * Jane Roe at …`: the next sentence says whose words they were, with no verb of speech, after `by` or `par`.
 */
const REMARKS_BY = /^[.\s]*(?:(?:Résumé|Extrait|Extraits)\s+(?:de|des)\s+)?(?:propos|paroles|déclarations?|remarks|words|comments)\s+(?:tenus|prononcées?|faites?|made|delivered|given)\b[^.!?"“”«»]{0,120}?\b(?:par|by)\s+(?<who>(?:(?:le|la|l['’]|the)\s*)?(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})/u;

/** Whose words the sentence right after a quote says they were (`Propos tenus … par X`), if it says so. */
export function remarksBy(next: string): { who: string; at: number } | undefined {
  const match = REMARKS_BY.exec(next);
  const who = match?.groups?.['who'];
  return match && who !== undefined ? { who, at: match.index + match[0].lastIndexOf(who) } : undefined;
}
