/**
 * The antecedent of `he` or `she` by the sentences before it: the person who
 * is the subject of the latest sentence that has one (`Al-Sudani told the
 * agency that he will head the delegation, while the other will be headed by
 * Foreign Minister Manouchehr Mottaki.` then `"…," he added`: Al-Sudani),
 * not someone named later in it as an object, an agent or a possessor.
 */
import nlp from 'compromise';
import { endsInAbbreviation } from './attribution.ts';
import type { PeopleRegistry, Person } from './people.ts';
import { ROLE_NOUNS, SPEECH_VERB, VERB_END } from './vocabulary.ts';

type Fits = (person: Person) => boolean;

const SENTENCE_BREAK = /[.!?]+["”’']?\s+/gu;
/** Words that put a name after them out of the subject: `headed by X`, `talks with X`, `said that X`. */
const NOT_SUBJECT_LEAD = /^(?:by|with|to|for|from|against|about|than|that|and|or|but|at|on|under|over|between|among|like|unlike|without|toward|towards|into|onto|upon|whom|whose|which|who|if|whether|because|since|after|before|while|when|where|as)$/i;
/** A clause that opens the sentence before its subject: `Earlier,`, `In the interview,`, `Asked about Mottaki,`. */
const OPENING_CLAUSE = /^(?:[^,]{0,80}),(?:\s+|$)/u;
const LIST_OPENING = /\b(?:are|is|was|were|include|includes|included|including)\b/;
const SPEECH = new RegExp(`\\b${SPEECH_VERB}${VERB_END}`);
const INVERTED_VERB = new RegExp(`^[\\s,]*${SPEECH_VERB}${VERB_END}`);

/** Words after which a past participle qualifies a noun (`the embattled leader`), not a verb. */
const QUALIFIER = /^(?:the|a|an|its|his|her|their|newly|recently)$/i;

/** `led`, `saw`, `praised`: a past tense (compromise's word list, or the `-ed` ending), not `ruling` or `acting`. */
function isFiniteVerb(word: string): boolean {
  return /ed$/.test(word) || nlp(word).has('#PastTense');
}

/** Where the sentences of `body` between `start` and `end` begin. */
function sentenceStarts(body: string, start: number, end: number): number[] {
  const starts = [start];
  for (const match of body.slice(start, end).matchAll(SENTENCE_BREAK)) {
    const at = start + match.index;
    if (endsInAbbreviation(body.slice(Math.max(start, at - 12), at))) continue;
    starts.push(at + match[0].length);
  }
  return starts;
}

/** The person the sentence from `start` to `end` has as its subject, if it is someone the copy names. */
function subjectOf(body: string, registry: PeopleRegistry, start: number, end: number): Person | undefined {
  // `In a letter to Smith, Jones wrote …`: the first name that stands as the subject, not merely the first name.
  for (const mention of registry.mentionsBetween(start, end)) {
    if (standsAsSubject(body, start, end, mention)) return mention.person;
  }
  return undefined;
}

/** The mention opens the sentence's subject: at most a title or role before it, after any opening clause. */
function standsAsSubject(body: string, start: number, end: number, first: { person: Person; at: number }): boolean {
  let lead = body.slice(start, first.at).trim();
  // `Earlier, the Minister of Foreign Affairs Shaikh Khalid …`: drop the opening clauses, then the subject's words stay.
  // `The members are Ali Said for housing, Peter Oloo for roads …`: a list after a copula opens no clause.
  for (let i = 0; i < 2 && OPENING_CLAUSE.test(lead) && !LIST_OPENING.test(OPENING_CLAUSE.exec(lead)?.[0] ?? ''); i++) lead = lead.replace(OPENING_CLAUSE, '');
  // `"…," said Ottawa managing editor George Hoff.`, `“…,” Manning said`: the speaker named after a quote is its subject.
  const closing = Math.max(lead.lastIndexOf('"'), lead.lastIndexOf('”'));
  if (closing >= 0 && /[,.!?…]$/u.test(lead.slice(0, closing))) lead = lead.slice(closing + 1).replace(INVERTED_VERB, '').trim();
  if (/["“”‘]/.test(lead) || SPEECH.test(lead)) return false;
  // `The remarks of Smith`, `talks with Smith`: a name after a preposition is no subject.
  if (/\b(?:of|by|with|to|for|from|about|against|than|that|whom)$/i.test(lead)) return false;
  const words = lead.split(/\s+/).filter((w) => w !== '');
  // `That led Harper to say`, `It saw the …`: a verb before the name makes it an object.
  if (words.some((w, j) => /^\p{Ll}+$/u.test(w) && isFiniteVerb(w) && !QUALIFIER.test(words[j - 1] ?? ''))) return false;
  // The words before the name are a title or a role at most (`Iran's Foreign Minister`, `the Minister of State for Information`).
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|for|and|a|an)$/.test(w));
  if (words.length > 8 || lower.length > 2 || lower.some((w) => NOT_SUBJECT_LEAD.test(w))) return false;
  // `Netanyahu's speech`, `the Obama administration`: a name that qualifies a noun is no subject.
  const rest = body.slice(first.at, end);
  const name = first.person.tokens.filter((t) => rest.includes(t)).at(-1) ?? '';
  const after = rest.slice(rest.indexOf(name) + name.length);
  if (name === '' || /^['’]s\b/u.test(after) || /^\s+(?:administration|government|camp|team|family|office|aides|campaign)\b/u.test(after)) return false;
  return true;
}

/** Where the paragraph that `offset` is in begins. */
function paragraphStartOf(body: string, offset: number): number {
  const at = body.lastIndexOf('\n\n', Math.max(0, offset - 1));
  return at < 0 ? 0 : at + 2;
}

/** The sentences before `offset`, latest first: those of its paragraph before its own, then the paragraph before's. */
function* sentencesBefore(body: string, offset: number, paragraphs = 2): Generator<{ start: number; end: number }> {
  let paragraphEnd = offset;
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const paragraphStart = paragraphStartOf(body, paragraphEnd);
    const starts = sentenceStarts(body, paragraphStart, paragraphEnd);
    // The sentence the pronoun is in (`Asked about Mottaki, he said`) names no antecedent of its own.
    const searched = paragraph === 0 ? starts.length - 1 : starts.length;
    for (let i = searched - 1; i >= 0; i--) yield { start: starts[i] ?? 0, end: starts[i + 1] ?? paragraphEnd };
    if (paragraphStart === 0) return;
    paragraphEnd = paragraphStart - 2;
  }
}

/**
 * Walking back from the sentence `offset` is in, over the paragraph it is in
 * and then the one before (or more, `paragraphs`): the subject of the first sentence with a named
 * subject, if that person fits. Sentences without one (`He was answering a
 * question …`) are passed over; a subject who does not fit ends the search.
 */
export function sentenceSubjectBefore(body: string, registry: PeopleRegistry, offset: number, fits: Fits, paragraphs = 2): Person | undefined {
  for (const { start, end } of sentencesBefore(body, offset, paragraphs)) {
    const subject = subjectOf(body, registry, start, end);
    if (subject) return fits(subject) ? subject : undefined;
  }
  return undefined;
}

const ROLE_SUBJECT = /^(?:[^,]{0,60},\s+)?(?<det>[Tt]he|[Oo]ne|[Aa]n?|[Aa]nother)\s+(?<words>(?:[\p{L}-]+(?:,\s+(?:who|whose|which)\s[^,]{0,80},)?\s+){1,4})/u;

/**
 * `One speaker began with …` / `The speaker also revealed …` / `The council spokesman responded …` / `The
 * resident, who did not want to be named, disagreed …` then `"…?" he asked`: when no one named is the antecedent,
 * the role the latest sentence has as its subject (`the speaker`), for the editor to name.
 */
export function roleSubjectBefore(body: string, offset: number): string | undefined {
  for (const { start, end } of sentencesBefore(body, offset)) {
    const match = ROLE_SUBJECT.exec(body.slice(start, end).trim());
    const words = (match?.groups?.['words'] ?? '').split(/[\s,]+/);
    // The subject's head is the first role noun among its first words; a verb after it ends the subject.
    const head = words.findIndex((w) => ROLE_NOUNS.has(w));
    if (match && head >= 0 && (words[head + 1] === undefined || /^\p{Ll}/u.test(words[head + 1] ?? ''))) {
      return `${match.groups?.['det'] ?? ''} ${words.slice(0, head + 1).join(' ')}`;
    }
  }
  return undefined;
}
