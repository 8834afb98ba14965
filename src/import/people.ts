/**
 * Finds the people an article names, with the role it gives them
 * (`Jean-Baptiste Lemoyne, secretary of state at the French Foreign
 * Ministry,` / `Kremlin spokesman Dmitry Peskov`), so that later references
 * (`Lemoyne`, `the diplomat`, `he`) can be resolved to a full name.
 */
import nlp from 'compromise';
import { FUNCTION_WORDS, NOT_PERSON_WORDS, ROLE_NOUNS, SPEECH_VERB, TITLE_WORDS } from './vocabulary.ts';

export interface Person {
  name: string;
  tokens: string[];
  /** The role the article first states for this person, if any. */
  role?: string | undefined;
  /** Offsets in the body where the person is named (full name or surname). */
  mentions: number[];
  /** compromise recognises the name as a person's. */
  knownName: boolean;
}

const CONNECTOR = '(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|la|le|dos|das|ul|ud|y)';
const NAME_TOKEN = "(?:(?:al|el)-)?\\p{Lu}(?:[\\p{Ll}\\p{M}]+(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*|\\.)";
const NAME_SEQUENCE = new RegExp(`${NAME_TOKEN}(?:\\s(?:${CONNECTOR}\\s)?${NAME_TOKEN})*`, 'gu');
const SPEECH_AFTER = new RegExp(`^(?:,[^,]{0,120},)?\\s+(?:(?:also|further|then|later|has|had|was|is)\\s+)*${SPEECH_VERB}\\b`);

export class PeopleRegistry {
  readonly people: Person[] = [];

  constructor(body: string) {
    for (const match of body.matchAll(NAME_SEQUENCE)) this.consider(body, match[0], match.index);
  }

  /** Everyone named before `offset`, most recently named first. */
  before(offset: number): Person[] {
    return this.people
      .filter((p) => p.mentions.some((m) => m < offset))
      .sort((a, b) => lastBefore(b, offset) - lastBefore(a, offset));
  }

  /** The person a name or surname refers to, preferring the one named last before `offset`. */
  find(name: string, offset: number): Person | undefined {
    const tokens = name.split(/\s+/).map((t) => t.toLowerCase());
    const matches = this.people.filter((p) => {
      const own = p.tokens.map((t) => t.toLowerCase());
      return tokens.every((t) => own.includes(t));
    });
    if (matches.length <= 1) return matches[0];
    return matches.sort((a, b) => lastBefore(b, offset) - lastBefore(a, offset))[0];
  }

  /** Registers a name met while attributing a quote (`said Jane Doe`). */
  add(name: string, offset: number, role?: string): Person {
    const existing = this.find(name, offset);
    if (existing) return existing;
    const person: Person = { name, tokens: name.split(/\s+/), role, mentions: [offset], knownName: false };
    this.people.push(person);
    return person;
  }

  private consider(body: string, raw: string, index: number): void {
    const words = raw.split(/\s+/);
    let start = 0;
    // Strip sentence openers and titles (`In`, `French President`) from the front.
    while (start < words.length - 1 && isTitleOrOpener(words[start] ?? '')) start++;
    const nameWords = words.slice(start);
    const name = nameWords.join(' ').replace(/['’]s$/, '');
    const offset = index + raw.indexOf(nameWords[0] ?? '');
    const end = index + raw.length;
    if (nameWords.length === 1) {
      const existing = this.find(name, offset);
      existing?.mentions.push(offset);
      return;
    }
    if (!looksLikePerson(name)) return;
    const titleBefore = words.slice(0, start).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
    const role = appositiveRole(body.slice(end)) ?? preRole(body.slice(Math.max(0, index - 80), index), titleBefore);
    const knownName = nlp(name).has('#Person');
    const evidence = knownName || role !== undefined || SPEECH_AFTER.test(body.slice(end, end + 160));
    const existing = this.find(name, offset) ?? this.find(nameWords.at(-1) ?? name, offset);
    if (existing) {
      existing.mentions.push(offset);
      if (name.length > existing.name.length && existing.tokens.every((t) => nameWords.includes(t))) {
        existing.name = name;
        existing.tokens = nameWords;
      }
      existing.role ??= role;
      return;
    }
    if (!evidence) return;
    this.people.push({ name, tokens: nameWords, role, mentions: [offset], knownName });
  }
}

function lastBefore(person: Person, offset: number): number {
  return Math.max(-1, ...person.mentions.filter((m) => m < offset));
}

function isTitleOrOpener(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (FUNCTION_WORDS.has(lower) || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  return isDemonym(word);
}

/** `French`, `Pakistani`, `Azerbaijani`, `Chinese`: adjectives of nationality. */
export function isDemonym(word: string): boolean {
  if (nlp(word).has('#Demonym')) return true;
  return /^\p{Lu}\p{Ll}+(?:ian|ani|ese|ish|i)$/u.test(word) && !nlp(word).has('#Person');
}

function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  if (words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) return false;
  const doc = nlp(name);
  if (doc.has('#Person')) return true;
  return !doc.has('#Place') && !doc.has('#Organization') && !doc.has('#Country');
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
  if (new RegExp(`\\b${SPEECH_VERB}\\b`).test(role)) return undefined;
  const startsLikeRole = /^(?:the|a|an)$/i.test(first) || /^\p{Ll}/u.test(first) || isTitleOrOpener(first);
  const hasRoleNoun = words.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (!startsLikeRole || !hasRoleNoun) return undefined;
  return role.replace(/^(?:the|a|an)\s+/i, '');
}

/** `Kremlin spokesman` / `French President` right before a name. */
function preRole(before: string, titleWords: string[]): string | undefined {
  const words = before.split(/\s+/).filter((w) => w !== '');
  const collected: string[] = [...titleWords];
  for (let i = words.length - 1; i >= 0 && collected.length < 7; i--) {
    const word = words[i] ?? '';
    if (/[,;:.!?"“”()]$/.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) break;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if ((lower === 'of' || lower === 'for') && collected.length > 0) {
      collected.unshift(word);
      continue;
    }
    const roleLike = ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower) || /^\p{Lu}/u.test(word) || /['’]s$/.test(word);
    if (!roleLike || FUNCTION_WORDS.has(lower)) break;
    collected.unshift(word);
  }
  while (/^(?:of|for)$/i.test(collected[0] ?? '')) collected.shift();
  const all = collected;
  const last = all.at(-1)?.toLowerCase().replace(/\.$/, '');
  if (last === undefined || !(ROLE_NOUNS.has(last) || TITLE_WORDS.has(last))) return undefined;
  if (all.every((w) => /^(?:mr|mrs|ms|dr|sir)\.?$/i.test(w))) return undefined;
  return all.join(' ');
}
