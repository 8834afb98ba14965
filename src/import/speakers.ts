/**
 * Turns the phrase that names a speaker (`Lemoyne`, `Jean-Baptiste Lemoyne,
 * secretary of state …`, `the French official`, `he`, `a source`) into the
 * speaker's full name, or a `TODO:` placeholder saying what is missing.
 */
import { englishPronoun, FOREIGN_ROLE_NOUNS, lowerOpeningArticle } from './foreignSpeech.ts';
import { honorificGender, isHonorific } from './honorifics.ts';
import type { Person, PeopleRegistry } from './people.ts';
import { isNameWord } from './nameWords.ts';
import { escapeRegExp } from './personEvidence.ts';
import { appositiveRole } from './personRoles.ts';
import { looksLikeRolePhrase, resolveRole, roleHeadOf } from './roles.ts';
import { roleSubjectBefore, sentenceSubjectBefore } from './sentenceSubject.ts';
import { isOrganisationOrPlace, subjectChunk } from './subjectChunk.ts';
import { TODO } from './types.ts';
import { CONNECTIVES, NOT_PERSON_WORDS, ROLE_NOUNS, TITLE_WORDS } from './vocabulary.ts';

export type Speaker = { person: Person } | { name: string } | { unknown: string };

export const UNKNOWN_SPEAKER = `${TODO} who said this?`;
/** How a speaker the copy describes but does not name is drafted: `… The copy says "a local resident"`. */
const UNNAMED_SPEAKER = `${UNKNOWN_SPEAKER} The copy says `;

/** `he`, and the honorifics that stand for a person as a pronoun does: `His Highness added: "…"`. */
const PRONOUN = /^(?:he|she|him|her|they|(?:his|her)\s+(?:royal\s+)?(?:highness|majesty|excellency|holiness|eminence|beatitude))$/i;
/** Writings that are quoted as if they spoke: `the statement said`, `the letter reads`. */
const DOCUMENT_WORDS = new Set(['statement', 'letter', 'study', 'readout', 'communique', 'communiqué', 'release', 'notice', 'memo', 'memorandum', 'document', 'declaration', 'resolution', 'circular', 'bulletin', 'report', 'text', 'excerpts', 'transcript', 'petition', 'complaint', 'judgment', 'judgement', 'verdict', 'ruling', 'order', 'notification', 'survey', 'paper', 'editorial']);
const CONNECTIVE = new RegExp(`^${CONNECTIVES}$`, 'i');
const ANONYMOUS = /^(?:an?|one|two|three|several|some|many|other)\s|\bsources?\b|\bunnamed\b|\banonymity\b/i;
const UNNAMED_ROLE = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Ll}+)\s+(?:for|of|at|from|in|with)\s+\p{Lu}/u;
const UNNAMED_MEMBER = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}.'’-]+\s+){0,4}(\p{Ll}+)$/u;
const NAME_TOKEN = /^(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const POSSESSED_ORGANISATION = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s+\p{Ll}[\p{Ll}\s-]*$/u;
const CLAUSE_SUBJECT = /^(?<subject>(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:also\s+|further\s+|then\s+|later\s+)?\p{Ll}{3,}ed\s+\p{Ll}/u;
const OFFICE_OF = /^(?:[Tt]he|[Ee]l|[Ll]e|[Ll]a|[Ii]l|[Oo])\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)\s+(?:of|for|to|de|del|du|do|da|della|dello|di)\s/u;
const FOREIGN_ROLES: ReadonlySet<string> = new Set(FOREIGN_ROLE_NOUNS);
const BARE_ROLE = /^(\p{Ll}[\p{L}-]+)((?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})$/u;
const ROMANCE_ROLE = /^(?:le|la|el|o|il|lo)\s+\p{Ll}[\p{L}-]+(?:\s|$)/u;
const CAPITALS = /^\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*)*/u;

export class SpeakerResolver {
  readonly speakers = new Set<Person>();
  private lastSpeaker: Person | undefined;
  /** Where the last speaker was last attributed a quote. */
  private lastSpokeAt = -1;
  /** The last speaker the copy gave only a role or a description (`a local resident`), as drafted for the editor. */
  private lastUnnamed: string | undefined;
  /** The words of the quote being attributed, if given. */
  private quoted = '';

  constructor(private readonly registry: PeopleRegistry) {}

  get last(): Person | undefined {
    return this.lastSpeaker;
  }

  resolve(who: string, offset: number, inverted = false, implied = false, words = ''): Speaker {
    const phrase = implied ? 'he' : this.inEnglishSlots(subjectChunk(who, inverted), offset);
    this.quoted = words;
    const speaker = this.resolvePhrase(phrase, offset);
    if ('person' in speaker) {
      this.speakers.add(speaker.person);
      this.lastSpeaker = speaker.person;
      this.lastSpokeAt = offset;
      this.lastUnnamed = undefined;
    } else if ('unknown' in speaker && speaker.unknown.startsWith(UNNAMED_SPEAKER)) {
      this.lastUnnamed = speaker.unknown;
    }
    return speaker;
  }

  /**
   * `…", - said the Fo` where the page ends: the one person introduced
   * before with a role or name word that starts so (`the Turkish Foreign
   * Minister Ahmet Davutoglu`), else a `TODO` quoting what is left.
   */
  resolveCut(who: string, offset: number): Speaker {
    const words = who.split(/\s+/);
    const stub = (words.at(-1) ?? '').toLowerCase();
    const starts = (text: string) => stub.length >= 2 && text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.startsWith(stub));
    const fits = this.registry.before(offset).filter((p) => starts(`${p.role ?? ''} ${p.context} ${p.name}`));
    const person = fits.length === 1 ? fits[0] : undefined;
    if (!person) return { unknown: `${TODO} who said this? The copy is cut off at "${who}"` };
    this.speakers.add(person);
    this.lastSpeaker = person;
    this.lastSpokeAt = offset;
    return { person };
  }

  /** The quote continues the previous speaker's words. */
  remember(person: Person): void {
    this.lastSpeaker = person;
  }

  private resolvePhrase(phrase: string, offset: number): Speaker {
    if (phrase === '') return { unknown: UNKNOWN_SPEAKER };
    // `John Smith, 45, of Leeds` then `"…," the 45-year-old said`: the one person the copy gave that age.
    const age = /^the\s+(\d{1,3})-year-old(?:\s+\p{Ll}+)?$/iu.exec(phrase)?.[1];
    if (age !== undefined) {
      const aged = this.registry.before(offset).filter((p) => p.age === Number(age));
      if (aged.length === 1 && aged[0]) return { person: aged[0] };
    }
    // `he made light of it and said, "…"`: a subject that opens with a pronoun is the pronoun.
    // `He also referred to … and said:`: the same at a sentence's start (`HE the Prime Minister` is His Excellency).
    if (/^(?:[Hh]e|[Ss]he|[Tt]hey)\s+\p{Ll}/u.test(phrase)) return this.resolvePhrase((phrase.split(/\s+/)[0] ?? '').toLowerCase(), offset);
    // `The minister also expressed disappointment with the media saying "…"`: the subject before the clause's own verb.
    const subject = CLAUSE_SUBJECT.exec(phrase)?.groups?.['subject'];
    if (subject !== undefined && (ROLE_NOUNS.has(roleHeadOf(subject)) || /^\p{Lu}/u.test(subject) && !/^the\s/i.test(subject))) return this.resolvePhrase(subject, offset);
    // `aunque señaló que "…"`, `Asimismo, explicó que "…"`, `and added: "…"`: a connective, no subject of its own.
    // `Residents said … "…," they said`, `Jane Roe and John Doe … they said`: a plural is no one person, for the editor.
    if (/^they$/i.test(phrase)) return { unknown: `${TODO} who are "they"? The copy names no one person` };
    // `Lyonpo said`, `Alhaji added`, `Dasho told`: an honorific alone stands for the person the copy gave it to.
    if (isHonorific(phrase) && !/\s/.test(phrase)) {
      const titled = this.registry.before(offset).find((p) => this.registry.titledBy(p, phrase));
      if (titled) return { person: titled };
      return this.resolvePhrase(honorificGender(phrase) === 'female' ? 'she' : 'he', offset);
    }
    if (PRONOUN.test(phrase) || CONNECTIVE.test(phrase)) {
      // `she` is no man the copy named as one (`Mr`, `spokesman`, `John`), `he` no woman; `they` and the unknown fit both.
      // A given name's gender is compromise's guess (`Kassie` may be a man): when nobody fits, anyone does.
      // `„Kurti came not to agree,“ he said`: `he` is not the person the quote speaks of by name as its subject.
      const fits = pronounFits(phrase);
      const speaksOf = (p: Person): boolean => this.quoted !== '' && new RegExp(`^(?:\\p{Lu}\\p{Ll}{0,3}\\.?\\s+)?${escapeRegExp(p.tokens.at(-1) ?? '')}\\s+\\p{Ll}`, 'u').test(this.quoted);
      const person = this.antecedent(offset, (p) => fits(p) && !speaksOf(p)) ?? this.antecedent(offset, (p) => !speaksOf(p));
      if (person) return { person };
      const role = roleSubjectBefore(this.registry.body, offset);
      // `A local resident said …` then, paragraphs on, `He added: "…"` with nobody named: the unnamed speaker still.
      if (role === undefined && this.lastUnnamed !== undefined && !/^they$/i.test(phrase)) return { unknown: this.lastUnnamed };
      return { unknown: role === undefined ? `${TODO} who is "${phrase}"?` : `${UNNAMED_SPEAKER}"${role}"` };
    }
    return this.resolveNamed(phrase, offset);
  }

  /** The person `he`, `she` or `they` at `offset` refers to, among those who fit. */
  private antecedent(offset: number, fits: (person: Person) => boolean): Person | undefined {
    const since = this.lastSpeaker ? Math.max(this.lastSpokeAt, this.registry.lastNamedBefore(this.lastSpeaker, offset)) : -1;
    // Before anyone has been quoted, `he` is the lead's subject (`The Minister of Transport, Óscar Puente, assured …`),
    // not the person named last (`… the president of Argentina, Javier Milei, …`).
    const subject = this.registry.subjectBetween(since, offset, fits);
    // `Mr. Reddy said that … Chief Minister K. Rao had spoken of … “…,” he clarified`: the paragraph's subject, not the name last in it.
    const paragraphSubject = subject && this.registry.inParagraph(subject, offset) ? subject : undefined;
    const last = this.lastSpeaker && fits(this.lastSpeaker) ? this.lastSpeaker : undefined;
    // `Al-Sudani told the agency he will lead, while the other side will be headed by Mottaki.` then `"…," he added`.
    // Before anyone is quoted, `he` may reach back over paragraphs that only list people as objects (`The MPs are A,
    // B and C`, `He said he had instructed minister X …`) to the lead's subject.
    const sentenceSubject = sentenceSubjectBefore(this.registry.body, this.registry, offset, fits, this.lastSpeaker ? 2 : 4);
    return sentenceSubject ?? paragraphSubject ?? this.registry.inParagraphBefore(offset, fits) ?? subject ?? last ?? this.registry.before(offset).find(fits);
  }

  private resolveNamed(phrase: string, offset: number): Speaker {
    const institution = /^[Tt]he\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}.'’-]*)*)$/u.exec(phrase)?.[1];
    // `the President`, `the Prime Minister`, `the High Commissioner`, `the Kazakh State Counselor`, `the Devolution CS`,
    // `The Head of State`, `The Minister of Foreign Affairs`: capitals headed by a role noun are an office, resolved like `the minister`.
    const officeWords = institution?.trim().split(/\s+/) ?? [];
    const office = institution !== undefined && (officeWords.every((w) => ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase())) || ROLE_NOUNS.has(roleHeadOf(institution)));
    if (office) return this.resolvePhrase(phrase.toLowerCase(), offset);
    // `Substitute Friday Prayers Leader added:`: capitals ending in a role noun, no article and no name, are an office too.
    const words = phrase.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && ROLE_NOUNS.has((words.at(-1) ?? '').toLowerCase()) && !/^the\s/i.test(phrase)) {
      return this.resolvePhrase(`the ${phrase.toLowerCase()}`, offset);
    }
    // `the Kremlin`, `The White House`; `The Ministry` alone names no one ministry, for the editor below.
    if (institution !== undefined && (phrase.startsWith('the') || officeWords.length >= 2)) return { name: institution.trim() };
    // `the East Antrim representative`: a role, whatever capitals qualify it.
    const roleHead = roleHeadOf(phrase);
    // `The representative of the Supreme Leader of the Islamic Revolution in Hamadan province added`: a role noun
    // qualified by what it serves, however many capitals follow, is an office, not a name.
    const officeOf = OFFICE_OF.exec(phrase)?.[1];
    const servingOffice = officeOf !== undefined && ROLE_NOUNS.has(officeOf);
    if ((looksLikeRolePhrase(phrase) && ROLE_NOUNS.has(roleHead)) || servingOffice) {
      // `Malaysian foreign minister Syed Hamid Albar told a news conference …` then `"…," the foreign minister was quoted
      // as saying`: someone in the role, made a sentence's subject since the last quote, before a minister quoted earlier.
      const subject = this.registry.subjectBetween(this.lastSpokeAt, offset);
      const candidates = this.registry.before(offset);
      const person = resolveRole(phrase, candidates.length > 0 ? candidates : this.registry.people, this.speakers, subject, (p) => this.registry.reportsSpeech(p));
      if (person) return { person };
      // `"…," the provincial governor said.` and only later `Governor Ana Cruz toured the area`: the holder named after.
      const later = this.registry.people.filter((p) => !candidates.includes(p) && p.role !== undefined);
      const named = candidates.length > 0 ? resolveRole(phrase, later, this.speakers) : undefined;
      if (named) return { person: named };
      // `the BJP leader replied`: an office the article gave nobody else, after someone has spoken, is theirs.
      if (/^(?:the|le|la|el|il|lo|o)\s/i.test(phrase) && this.lastSpeaker && !ANONYMOUS.test(phrase)) return { person: this.lastSpeaker };
      // `The Friday preacher of Tehran added` with nobody in the office: the office, for the editor, not the place in it.
      if (servingOffice && !looksLikeRolePhrase(phrase)) return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    // `South Korea's unification ministry`, `Seoul's foreign ministry`: a place's organisation, for the editor to name.
    if (POSSESSED_ORGANISATION.test(phrase) && NOT_PERSON_WORDS.has(phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '')) {
      return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    // `A spokesman for Downing Street said`: someone unnamed who speaks for an organisation, not the organisation.
    // `A Downing Street spokesperson said`, `A Met Police spokesman`: the same, the organisation before the role.
    const unnamedHead = UNNAMED_ROLE.exec(phrase)?.[1] ?? UNNAMED_MEMBER.exec(phrase)?.[1];
    if (unnamedHead !== undefined && ROLE_NOUNS.has(unnamedHead)) {
      return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    // `kazao je premijer Kosova`, `tha kryeministri`: languages without articles set the role noun first and the place it
    // serves after it; a role, unless the capitals after it are someone the copy named.
    const bareRole = BARE_ROLE.exec(phrase);
    const served = bareRole ? this.registry.find(bareRole[2]?.trim() || '\u0000', offset) : undefined;
    if (bareRole && FOREIGN_ROLES.has((bareRole[1] ?? '').toLowerCase()) && (served === undefined || this.onlyAfterRole(served))) {
      const person = resolveRole(phrase, this.registry.before(offset), this.speakers, undefined, (p) => this.registry.reportsSpeech(p)) ?? this.lastSpeaker;
      return person ? { person } : { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    // `affirme la ministre Congolaise des Affaires étrangères`: a Romance role phrase, capitals or not, names no one by them.
    const named = this.byName(phrase, offset);
    if (named && 'person' in named) return named;
    if (ROMANCE_ROLE.test(phrase) && ROLE_NOUNS.has(roleHead)) return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    if (named) return named;
    if (ANONYMOUS.test(phrase)) return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    // `the ministry said`, `the Iranian foreign ministry said`: an organisation speaks, however its people were introduced.
    // `the letter said`, `excerpts of the letter said`, `a readout of the call said`: a document speaks, for the editor to name who wrote it.
    const writing = phrase.split(/\s+/).some((w) => DOCUMENT_WORDS.has(w.toLowerCase()));
    if (writing && (/^(?:the|a|an|its|his|her|their)\s/i.test(phrase) || /^\p{Ll}/u.test(phrase)) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(phrase)) {
      return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    if (/^the\s/i.test(phrase) && NOT_PERSON_WORDS.has(roleHead) && !ROLE_NOUNS.has(roleHead)) {
      return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
    }
    if (looksLikeRolePhrase(phrase) || /^\p{Ll}/u.test(phrase)) {
      const candidates = this.registry.before(offset);
      const person = resolveRole(phrase, candidates.length > 0 ? candidates : this.registry.people, this.speakers, undefined, (p) => this.registry.reportsSpeech(p));
      if (person) return { person };
      const fallback = this.lastSpeaker;
      // `the minister said` with no minister introduced: most likely the last speaker. `The utility said`: nobody.
      if (fallback && looksLikeRolePhrase(phrase) && ROLE_NOUNS.has(roleHead)) return { person: fallback };
      return { unknown: `${TODO} who is "${phrase}"?` };
    }
    // `President Sarkozy's office`, `the study carried out by …`: an organisation or a document, for the editor to name.
    return { unknown: `${TODO} who said this? The copy says "${phrase}"` };
  }

  /**
   * `Il`, `ona`, `ai` as `he`, `she`; `Le communiqué` as `le communiqué`, read like `the communiqué` (foreignSpeech.ts).
   * A capitalised pronoun that is someone's name in the copy (`Ai`, `Lei`, `Dia` are surnames) stays the name.
   */
  private inEnglishSlots(phrase: string, offset: number): string {
    const pronoun = englishPronoun(phrase);
    if (pronoun !== undefined && !(/^\p{Lu}/u.test(phrase) && this.registry.find(phrase, offset) !== undefined)) return pronoun;
    return lowerOpeningArticle(phrase);
  }

  /** `premijer Crne Gore`: capitals the copy only ever sets after a lower-case role noun are the place it serves. */
  private onlyAfterRole(person: Person): boolean {
    return person.mentions.every((at) => FOREIGN_ROLES.has(/(\p{Ll}+)\s+$/u.exec(this.registry.body.slice(Math.max(0, at - 24), at))?.[1] ?? ''));
  }

  /** A name, a surname, or an organisation in capitals (`the Kremlin`). */
  private byName(phrase: string, offset: number): Speaker | undefined {
    const runs: string[][] = [];
    let run: string[] = [];
    for (const word of phrase.split(/\s+/)) {
      const bare = word.replace(/[,.;:]+$/, '');
      // `Holness`: a word that only ends like a noun is a name when the copy has named someone by it.
      if (NAME_TOKEN.test(bare) && (isNameWord(bare) || this.registry.find(bare, offset) !== undefined)) {
        run.push(bare.replace(/['’]s$/, ''));
      } else {
        if (run.length > 0) runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
    // The name nearest the verb is the subject: `New South Wales Premier Gladys Berejiklian`.
    runs.reverse();
    for (const tokens of runs) {
      const person = this.registry.find(tokens.join(' '), offset) ?? this.registry.find(tokens.at(-1) ?? '', offset);
      if (person) return { person };
    }
    for (const tokens of runs) {
      const name = tokens.join(' ');
      if (tokens.length >= 2 && !isOrganisationOrPlace(tokens)) {
        return { person: this.registry.add(name, offset, appositiveRole(phrase.slice(phrase.indexOf(name) + name.length))) };
      }
    }
    const first = runs[0];
    if (first) {
      const name = first.join(' ');
      if (isOrganisationOrPlace(first) || /^the\s/i.test(phrase)) return { name };
      const variant = first.length === 1 ? this.registry.findVariant(name, offset) : undefined;
      if (variant) return { person: variant };
      // `Acme Corp said`, `Unity Bank told`: capitals ending in an organisation's word are the organisation, whole.
      const organisation = CAPITALS.exec(phrase.slice(phrase.indexOf(name)))?.[0];
      const tail = organisation?.split(/\s+/).at(-1)?.toLowerCase().replace(/[.,]$/, '') ?? '';
      if (organisation !== undefined && organisation !== name && NOT_PERSON_WORDS.has(tail)) return { name: organisation.replace(/[.,]$/, '') };
      return { unknown: `${TODO} full name of ${name}` };
    }
    return undefined;
  }
}

function pronounFits(pronoun: string): (person: Person) => boolean {
  const word = pronoun.toLowerCase();
  if (/^(?:she|her)$|^her\s/.test(word)) return (p) => p.gender !== 'male';
  if (/^(?:he|him)$|^his\s/.test(word)) return (p) => p.gender !== 'female';
  return () => true;
}
