/**
 * Finds the people an article names, with the role it gives them
 * (`Jean-Baptiste Lemoyne, secretary of state at the French Foreign
 * Ministry,` / `Kremlin spokesman Dmitry Peskov`), so that later references
 * (`Lemoyne`, `the diplomat`, `he`) can be resolved to a full name.
 */
import { particlePattern, PERSON_NAME_PARTICLES } from '../text/nameParticles.ts';
import { editDistance } from '../text/editDistance.ts';
import { copyTitles } from './copyTitles.ts';
import { widenNameRun } from './nameExtent.ts';
import { keepsShortLastWord, leadingNonName, readsFrench } from './nameLead.ts';
import { isNameWord, knownSurnameAt, looksLikePerson, nameStart } from './nameWords.ts';
import { honorificKey, isHonorific } from './honorifics.ts';
import { addressedElsewhere, genderOf, inOwnScriptAfter, isTitled, reportedSpeaking, speaksBySurname, speechAfter } from './personEvidence.ts';
import { appositiveRole, clauseBefore, preRole, roleBefore } from './personRoles.ts';
import type { Gender } from './personEvidence.ts';
import type { NameRun } from './nameExtent.ts';
import { hasTag } from './tags.ts';
import { FUNCTION_WORDS, ROLE_NOUNS, SPEECH_VERB, VERB_END } from './vocabulary.ts';

export interface Person {
  name: string;
  tokens: string[];
  /** The role the article first states for this person, if any. */
  role?: string | undefined;
  /** Offsets in the body where the person is named (full name or surname). */
  mentions: number[];
  /** compromise recognises the name as a person's. */
  knownName: boolean;
  /** The words that introduce the first mention (`Russian Ambassador to Pakistan`), for matching roles. */
  context: string;
  /** What a title, a role word or a known given name tells (`Mrs`, `spokeswoman`, `Jane`), for `he` and `she`. */
  gender?: Gender | undefined;
  /** The age the copy gives after the name (`John Smith, 45,`), for `the 45-year-old`. */
  age?: number | undefined;
}

type Fits = (person: Person) => boolean;
const ANYONE: Fits = () => true;

const CONNECTOR = particlePattern(PERSON_NAME_PARTICLES);
// `McCully`, `MacDonald`, `DeSantis`, `O'Brien`, `D'Souza`: a prefix before a second capital; `H.E.`, `J.R.`: initials run together.
// `VanHorne`, `SpringAle`: any inner capital before lower-case letters is the same word still, not the name's end.
const NAME_TOKEN =
  "(?:(?:al|el)-)?(?:(?:Ma?c|D[aeiu]|L[ae]|Fitz|[OD]['’])(?=\\p{Lu}))?\\p{Lu}(?:[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]{2,})?(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]{2,})?)*|(?:\\.\\p{Lu})*\\.)";
const NAME_SEQUENCE = new RegExp(`${NAME_TOKEN}(?:\\s(?:${CONNECTOR}\\s)?${NAME_TOKEN})*`, 'gu');

/** Titles borne with a single name that is the holder's whole name in the copy (`Prince Sultan`, `Sheikh Tamim`). */
const SINGLE_NAME_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'sheikh', 'sheikha', 'shaikh', 'emir', 'amir', 'sultan', 'pope', 'patriarch']);

/** `, 46,` or `, aged 46,` right after a name. */
const AGED = /^,\s+(?:aged\s+)?\d{1,3},/;

export class PeopleRegistry {
  readonly people: Person[] = [];
  /** Shortened titles the copy shows are no part of a name (`Coun`, `Cllr`): copyTitles.ts. */
  private readonly titles: ReadonlySet<string>;
  /** The copy reads French (its `M.` is Monsieur, not an initial): nameLead.ts. */
  private readonly french: boolean;

  /**
   * `quoted` tells whether an offset is inside a quote: a name the speaker
   * utters (`"The Prime Minister (Abdullah Badawi) has…," he said`) is no
   * antecedent for `he`, nor a speaker for `the minister`.
   */
  constructor(
    readonly body: string,
    private readonly quoted: (offset: number) => boolean = () => false,
  ) {
    this.titles = copyTitles(body, isNameWord);
    this.french = readsFrench(body);
    for (const match of body.matchAll(NAME_SEQUENCE)) {
      this.consider(body, widenNameRun(body, { text: match[0], index: match.index, end: match.index + match[0].length }, isNameWord));
    }
  }

  /** Everyone named outside quotes before `offset`, most recently named first. */
  before(offset: number): Person[] {
    return this.people
      .filter((p) => this.lastBefore(p, offset) >= 0)
      .sort((a, b) => this.lastBefore(b, offset) - this.lastBefore(a, offset));
  }

  /** The person named last before `offset` in the same paragraph, outside quotes, if any (of those who fit). */
  inParagraphBefore(offset: number, fits: Fits = ANYONE): Person | undefined {
    const paragraphStart = this.body.lastIndexOf('\n\n', offset) + 2;
    const latest = this.before(offset).find(fits);
    return latest && this.lastBefore(latest, offset) >= paragraphStart ? latest : undefined;
  }

  /** Someone is named, outside quotes, between `start` and `end`. */
  namedInParagraph(start: number, end: number): boolean {
    return this.people.some((p) => p.mentions.some((m) => m >= start && m < end && !this.quoted(m)));
  }

  /**
   * The copy reports the person speaking outside any quote: `Jane Roe said
   * the talks …`, `…, said the minister Jane Roe.` — who a role in a later
   * `the minister said` more likely means than someone only mentioned.
   */
  reportsSpeech(person: Person): boolean {
    return person.mentions.some((at) => !this.quoted(at) && reportedSpeaking(this.body, at));
  }

  /** Every naming of someone, outside quotes, from `start` to before `end`, in reading order. */
  mentionsBetween(start: number, end: number): { person: Person; at: number }[] {
    return this.people
      .flatMap((person) => person.mentions.filter((at) => at >= start && at < end && !this.quoted(at)).map((at) => ({ person, at })))
      .sort((a, b) => a.at - b.at);
  }

  /** The person is named, outside quotes, earlier in the paragraph that `offset` is in. */
  inParagraph(person: Person, offset: number): boolean {
    return this.lastBefore(person, offset) >= this.body.lastIndexOf('\n\n', offset) + 2;
  }

  private lastBefore(person: Person, offset: number): number {
    return Math.max(-1, ...person.mentions.filter((m) => m < offset && !this.quoted(m)));
  }

  /**
   * Someone named as a sentence's subject after `since` and before `offset`
   * (`Separately, House Speaker Akbar Tandjung asked …`), most recent first:
   * the antecedent of a later `he` rather than the speaker quoted before.
   */
  subjectBetween(since: number, offset: number, fits: Fits = ANYONE): Person | undefined {
    for (const person of this.before(offset)) {
      const at = this.lastBefore(person, offset);
      if (at <= since) return undefined;
      if (!fits(person)) continue;
      const sentence = this.body.slice(Math.max(this.body.lastIndexOf('\n', at) + 1, 0), at);
      const lead = sentence.split(/[.!?]\s+(?=\p{Lu})/u).at(-1) ?? '';
      const words = lead.split(/\s+/).filter((w) => w !== '');
      if (words.length <= 8 && !/["“”]/.test(lead) && !new RegExp(`\\b${SPEECH_VERB}${VERB_END}`).test(lead)) return person;
    }
    return undefined;
  }

  /** The copy sets the honorific right before one of the person's namings (`Lyonpo Yeshey Dorji`). */
  titledBy(person: Person, honorific: string): boolean {
    const key = honorificKey(honorific);
    return person.mentions.some((at) => {
      const before = /(\S+)\s+$/u.exec(this.body.slice(Math.max(0, at - 30), at))?.[1];
      return before !== undefined && honorificKey(before) === key;
    });
  }

  /** The last offset before `offset` where the person is named outside quotes, or -1. */
  lastNamedBefore(person: Person, offset: number): number {
    return this.lastBefore(person, offset);
  }

  /** The person a name or surname refers to, preferring the one named last before `offset`. */
  find(name: string, offset: number): Person | undefined {
    // `Khaled Al-Jarallah` … `Jarallah told reporters`: the article may drop the `Al-`.
    const bare = (t: string): string => t.toLowerCase().replace(/^(?:al|el|ul|ud|ad|as|ash|at|az)-/, '').replace(/\.$/, '');
    const tokens = name.split(/\s+/).map(bare);
    const matches = this.people.filter((p) => {
      const own = p.tokens.map(bare);
      return tokens.every((t) => own.includes(t));
    });
    if (matches.length <= 1) return matches[0];
    return matches.sort((a, b) => this.lastBefore(b, offset) - this.lastBefore(a, offset))[0];
  }

  /**
   * `Bhagat Singh Koshiyari` then `Kosiyari said`: a surname the copy spells one letter otherwise is the one person
   * whose name it was, when only one fits (long names only: `Khan` and `Khana` are two families).
   */
  findVariant(surname: string, offset: number): Person | undefined {
    const word = surname.toLowerCase();
    if (word.length < 6) return undefined;
    const fits = this.before(offset).filter((p) => p.tokens.some((t) => {
      const own = t.toLowerCase();
      return own.length >= 6 && own[0] === word[0] && own !== word && editDistance(own, word) <= 1;
    }));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Registers a name met while attributing a quote (`said Jane Doe`). */
  add(name: string, offset: number, role?: string): Person {
    const existing = this.find(name, offset);
    if (existing) return existing;
    const person: Person = { name, tokens: name.split(/\s+/), role, mentions: [offset], knownName: false, context: role ?? '' };
    this.people.push(person);
    return person;
  }

  private consider(body: string, run: NameRun): void {
    const { text: sequence, index } = run;
    // `Prime Minister Manmohan Singh Wednesday said`: words after the name are no part of it;
    // `President Yoon Suk Yeol's remark`: a possessive ends the name, and is no part of it either.
    const all = sequence.split(/\s+/);
    let last = all.length;
    const shortLast = keepsShortLastWord(all, isNameWord, body.slice(run.end, run.end + 24));
    while (last > 0 && !(shortLast && last === all.length) && !isNameWord(last === all.length ? (all[last - 1] ?? '').replace(/['’]s$/, '') : (all[last - 1] ?? '')) && !knownSurnameAt(all, last - 1)) last--;
    const words = all.slice(0, last).map((w, i, kept) => (i === kept.length - 1 ? w.replace(/['’]s$/, '') : w));
    let raw = sequence;
    for (const dropped of all.slice(last).reverse()) raw = raw.slice(0, raw.length - dropped.length).trimEnd();
    // `Coun Jane Roe` … `Coun Roe said`: a shortened title the copy uses as one starts no name.
    const titleAt = words.findLastIndex((w) => this.titles.has(w.replace(/\.$/, '')));
    const runStart = Math.max(nameStart(shortLast && last === all.length ? words.slice(0, -1) : words), titleAt + 1);
    // `Major Jane Roe`, `M. Jean Tinni`, `… of Ruritania Jan Novak`: a first word glued to the name is no part of it.
    const start = runStart + leadingNonName(body, words.slice(runStart), index + raw.lastIndexOf(words[runStart] ?? ''), this.french);
    const nameWords = words.slice(start).map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
    const name = nameWords.join(' ');
    const offset = index + raw.lastIndexOf(words[start] ?? '');
    const end = run.end - (sequence.length - raw.length);
    if (nameWords.length === 0) return;
    const titleBefore = words.slice(0, start).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
    if (nameWords.length === 1) {
      const known = this.find(name, offset);
      if (known) known.mentions.push(offset);
      // `Prince Sultan`, `Sheikh Tamim`, `Pope Leo`: a royal or religious title goes with one name, the whole name.
      else if (titleBefore.some((w) => SINGLE_NAME_TITLES.has(w.toLowerCase())) && looksLikePerson(name, true)) {
        const context = clauseBefore(body, offset);
        const role = appositiveRole(body.slice(end)) ?? titleBefore.join(' ');
        this.people.push({ name, tokens: nameWords, role, mentions: [offset], knownName: false, context, gender: genderOf(name, titleBefore) });
      }
      return;
    }
    // `President Tsai Ing-wen (蔡英文)`: an office or honorific in the same run of capitals, or the name again in
    // its own script, says a person, whatever compromise tags the words as.
    // `Hon. Persis Namuganza`, `Engr. Aliyu Musa`: an honorific whose full stop ends the run of capitals before the name.
    const titled = isTitled(titleBefore) || titleAt >= 0 || isHonorific(/(\S+)\s+$/u.exec(body.slice(Math.max(0, index - 24), index))?.[1] ?? '');
    const nativeScript = inOwnScriptAfter(body.slice(end, end + 24));
    if (!looksLikePerson(name, titled || nativeScript)) return;
    // `Yukio Edano, 46, a known critic,`: an age set off by commas belongs to a person, and the role may follow it.
    const aged = AGED.exec(body.slice(end, end + 16));
    const after = aged ? `,${body.slice(end + aged[0].length)}` : body.slice(end);
    const knownName = hasTag(name, '#Person');
    const clause = clauseBefore(body, offset);
    // `The Minister of Transport and Sustainable Mobility, Óscar Puente, assured`: a name set off by commas after a role.
    const roleAhead = /,\s*$/.test(body.slice(Math.max(0, offset - 2), offset)) ? clauseBefore(body, offset - 2) : '';
    const role = appositiveRole(after) ?? preRole(body.slice(Math.max(0, index - 80), index), titleBefore) ?? roleBefore(roleAhead);
    const introduced = `${clause} ${roleAhead}`.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
    // `A bruised father, Raj Karan, of Black Rock` then `Mr Karan said`: an honorific the copy gives the surname elsewhere.
    const evidence = knownName || introduced || titled || aged !== null || role !== undefined || nativeScript || speechAfter(body.slice(end, end + 160)) ||
      addressedElsewhere(body, nameWords.at(-1) ?? '') ||
      (!this.quoted(offset) && speaksBySurname(body, nameWords.at(-1) ?? ''));
    // `Maria Ela L. Atienza` after the byline's `Kyle Aristophere T. Atienza`, `Codou Boye` after `Aminata Boye`:
    // a surname alone finds a person, but a full name with other given names is someone else.
    const bySurname = this.find(nameWords.at(-1) ?? name, offset);
    const sameOrLonger = bySurname !== undefined && (bySurname.tokens.every((t) => nameWords.includes(t)) || nameWords.every((t) => bySurname.tokens.includes(t)) || initialsOf(nameWords, bySurname.tokens));
    const existing = this.find(name, offset) ?? (sameOrLonger ? bySurname : undefined);
    if (existing) {
      existing.mentions.push(offset);
      if (name.length > existing.name.length && existing.tokens.every((t) => nameWords.includes(t))) {
        existing.name = name;
        existing.tokens = nameWords;
      }
      existing.role ??= role;
      return;
    }
    // A surname the article has given someone already is a person's too, another of the family (`Codou Boye`).
    if (!evidence && bySurname === undefined) return;
    const context = role === undefined || clause.includes(role) ? clause : `${clause} ${role}`;
    const gender = genderOf(nameWords[0] ?? '', [...titleBefore, ...`${role ?? ''} ${clause.split(/\s+/).slice(-3).join(' ')}`.split(/\s+/)]);
    const age = aged ? Number(/\d+/.exec(aged[0])?.[0]) : undefined;
    this.people.push({ name, tokens: nameWords, role, mentions: [offset], knownName, context, gender, age });
  }
}

/**
 * `M. Bathily` or `J. Roe` after `Mohamed Aly Bathily`, `Jane Roe`: initials that open given names of the full name,
 * then its surname, are the same person.
 */
function initialsOf(words: readonly string[], full: readonly string[]): boolean {
  const initials = words.slice(0, -1);
  const given = full.slice(0, -1).map((t) => t.charAt(0));
  return initials.length > 0 && words.at(-1) === full.at(-1) && initials.every((w) => /^\p{Lu}\.$/u.test(w) && given.includes(w.charAt(0)));
}
