/**
 * The part of an attribution phrase that names its subject (`In addition,
 * Lemoyne`, `said Lola Castro, WFP's country director`), and whether a run of
 * capitals is an organisation or a place rather than a person.
 */
import nlp from 'compromise';
import { isNameWord } from './nameWords.ts';
import { appositiveRole } from './personRoles.ts';
import { hasTag } from './tags.ts';
import { NOT_PERSON_WORDS, ROLE_NOUNS } from './vocabulary.ts';

export function isOrganisationOrPlace(tokens: string[]): boolean {
  const name = tokens.join(' ');
  if (tokens.some((t) => NOT_PERSON_WORDS.has(t.toLowerCase()))) return true;
  return !hasTag(name, '#Person') && (hasTag(name, '#Organization') || hasTag(name, '#Place'));
}

/**
 * The part of an attribution phrase that names the subject: drops a leading
 * `In addition,`, an appositive (`, secretary of state …,`), a relative
 * clause (`, who …,`) and trailing circumstances (`in a statement`).
 */
export function subjectChunk(who: string, inverted = false): string {
  // `Journalists asked her about the cost, in reply to which she said`, `Reporters pressed the minister and Okoro
  // answered`: the clause the verb is in has a subject of its own, after the conjunction that opens it, when the
  // words before it are a clause with its own verb (not `Jane Roe and John Doe said`).
  const nearest = NEAREST_CLAUSE_SUBJECT.exec(who.trim());
  const nearestSubject = nearest?.groups?.['subject'];
  const clauseBefore = nearest ? who.trim().slice(0, nearest.index) : '';
  if (!inverted && nearestSubject !== undefined && hasOwnVerb(clauseBefore) && !/\b(?:who|whose|that)\b/i.test(clauseBefore)) return nearestSubject;
  // `… a speech by the country's Prime Minister Viktor Orban who said on Thursday … that "…"`: the verb's subject is
  // what the relative pronoun stands for, the words right before it, not the sentence's subject.
  const relative = /(?:^|[^\p{L}])(?<antecedent>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,5}|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+),?\s+who$/u.exec(who.trim());
  const antecedent = relative?.groups?.['antecedent'];
  if (!inverted && antecedent !== undefined && relative !== null && relative.index > 0) return antecedent;
  // `Abdul Kohir of the Meteorology, Climatology and Geophysics Agency (BMKG) for South Tangerang office`:
  // a person's name then `of`/`from` an organisation whose name has commas of its own is the subject.
  const member = /^(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u.exec(who)?.groups?.['name'];
  const memberTokens = member?.split(/\s+/) ?? [];
  if (!inverted && member !== undefined && memberTokens.every((t) => isNameWord(t)) && !isOrganisationOrPlace(memberTokens)) return member;
  // `the Minister of Industry, Trade and Tourism told reporters`: the commas of an office's portfolios split no subject.
  const office = /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:Minister|Ministry|Secretary|Department|Minister of State)\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)+,?\s+and\s+\p{Lu}[\p{L}-]*/u.exec(who)?.[0];
  if (office !== undefined && !inverted) return office;
  const chunks = who
    .split(/\s*[,;:—–]\s*|\s+-\s+/)
    .map((c) => c.trim())
    .filter((c) => /\p{L}/u.test(c));
  // `Jane Roe, in her sermon, spoke in honour of …, saying`: a chunk that opens with a past tense is the predicate.
  // After an inverted verb the first chunk is the subject, a role though it reads like an aside (`a déclaré le chef de l'État, lors …`).
  const subjects = chunks.filter((c, i) => (inverted && i === 0 && /^(?:the|le|la|el|il|o|l['’])\s*\p{Ll}/iu.test(c)) || (!isAside(c) && !(i > 0 && !inverted && opensWithPastTense(c))));
  // The chunk nearest the verb is the subject (`In addition, Lemoyne`), asides apart; after an
  // inverted verb it is the first (`said Lola Castro, WFP's country director`). A chunk that
  // names someone beats one that gives a role (`Chris Johnson, NAPA treasurer, said`).
  // A chunk that ends in an office's words (`Minister of State for Foreign Affairs`) gives a role, not a name.
  const named = subjects.filter((c) => /\p{Lu}[\p{Ll}.'’-]+\s+(?:\p{Lu}\.\s*)*\p{Lu}[\p{Ll}'’-]+/u.test(c) && !/^the\s/i.test(c) && isNameWord(c.split(/\s+/).at(-1) ?? ''));
  const pool = named.length > 0 && !inverted ? named : subjects;
  // `says a protest organizer, Viktor Butsev`: after an inverted verb, a role then the name it introduces.
  const [role, name] = subjects;
  // `a ironisé l’ancien ministre, Jean Roe`: the Romance articles lead the role as `the` does.
  const introduced = inverted && role !== undefined && name !== undefined && /^(?:(?:a|an|the|his|her|their|le|la|les|un|une|el|una|il|lo|o|um|uma)\s+|l['’])\p{Ll}/u.test(role) && /^\p{Lu}/u.test(name) && named.includes(name);
  const chosen = (introduced ? name : inverted ? pool[0] : pool.at(-1)) ?? chunks[0] ?? '';
  // `the minister had given a statement in Patna where he said, “…”`: the subject of the clause the verb is in.
  const clause = /\b(?:where|when|after|as|while|because|and|but|then|that)\s+(?<pronoun>he|she|they)$/i.exec(chosen.trim())?.groups?.['pronoun'];
  if (!inverted && clause !== undefined) return clause;
  // `While addressing the conference …, he said`, `Expressing her gratitude to Prime Minister Modi she added`: a clause
  // of circumstance opening on a participle is no subject; the pronoun after it, next to the verb, is.
  const last = chunks.at(-1)?.trim() ?? '';
  const circumstance = (c: string): boolean => /^(?:(?:while|when|after|before|upon|on|since|whilst)\s+)?\p{L}{3,}ing\s/iu.test(c);
  if (!inverted && /^(?:he|she|they)$/i.test(last) && chunks.length > 1 && chunks.slice(0, -1).every(circumstance)) return last;
  const trailing = /\s(?<pronoun>he|she|they)$/i.exec(chosen.trim())?.groups?.['pronoun'];
  if (!inverted && trailing !== undefined && circumstance(chosen.trim())) return trailing;
  // `…”, today during briefing Qadri said`: circumstances of time or place before the subject; the capitals next to
  // the verb are the subject, not the adverb that opens the chunk.
  // `Commenting further the minister said:`, `Speaking to reporters Jane Roe said`: a participle's phrase opening the
  // sentence without a comma is circumstance; the subject is the role or the capitals next to the verb.
  const afterParticiple = PARTICIPLE_THEN_ROLE.exec(chosen.trim())?.groups?.['subject'] ?? PARTICIPLE_THEN_NAME.exec(chosen.trim())?.groups?.['subject'];
  if (!inverted && afterParticiple !== undefined) return afterParticiple;
  const nextToVerb = CIRCUMSTANCE_THEN_NAME.exec(chosen.trim())?.groups?.['name'];
  if (!inverted && nextToVerb !== undefined) return nextToVerb;
  return chosen
    .replace(/^(?:and|but|while|as|when|meanwhile|however|also|then|so|in addition|moreover|furthermore|later|earlier)\s+/i, '')
    // `remarked the government official as he left the palace`: a clause of time after the subject is circumstance.
    .replace(/\s+as\s+(?:he|she|they)\s.*$/i, '')
    // The same circumstances in the other languages of wire copy: `dijo Solbes a la entrada de …`.
    .replace(/\s+(?:in|on|at|during|after|before|via|through|to|from|with|while|upon|following|a|al|en|con|para|tras|durante|ante|im|am|auf|bei|nach|vor|mit|à|dans|lors|pendant|nel|nella|alla|dopo|em|após)\s.*$/i, '')
    // `a déclaré le président français depuis Charm el-Cheikh`, `kazao je premijer u Briselu`, `tha ai nga Prizreni`.
    .replace(/\s+(?:depuis|devant|auprès|chez|après|avant|au|aux|entre|pour|par|sur|desde|sobre|perante|junto|u|iz|nakon|tokom|pred|në|nga|pas|gjatë)\s.*$/u, '')
    // `dit la ministre … qui parle plutôt d’un`, `indicou Antoine Ghonda, a quem …`: a relative clause after the subject.
    .replace(/\s+(?:qui|quien|quienes|que|koji|koja|koje|i cili|e cila|che|a quem)\s.*$/u, '')
    .replace(/\s+(?:also|further|then|later|earlier|again|has|had|was|is|were|have|would|will|told|on\s\w+)$/i, '')
    // `said the minister speaking in the press-conference`: a participle after the role is circumstance, not the subject.
    .replace(/^(?<role>(?:the|a|an)\s+(?:\S+\s+){0,3}(?<head>\p{Ll}+))\s+\p{Ll}{2,}ing$/u, (whole, role: string, head: string) => (ROLE_NOUNS.has(head) ? role : whole))
    .replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),.]+$/g, '')
    .trim()
    // `The Prime Minister then turned to the host … and said:`: the subject of the first verb, not the verb with it.
    .replace(/^(?<subject>(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}.'’-]*\s+){0,4}?\p{L}[\p{L}.'’-]*)\s+(?:(?:also|then|later|further|again|finally|first|subsequently|briefly)\s+)?(?<verb>\p{Ll}{3,})$/u,
      (whole, subject: string, verb: string) => (/^\p{Lu}|^(?:the|a|an)\s/u.test(subject) && !/ing$/.test(verb) && opensWithPastTense(verb) && !opensWithPastTense(subject.split(/\s+/).at(-1) ?? '') ? subject : whole));
}

const PARTICIPLE_THEN_ROLE = /^\p{Lu}\p{Ll}+ing\s+(?:\S+\s+){0,6}(?<subject>(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u;
const PARTICIPLE_THEN_NAME = /^\p{Lu}\p{Ll}+ing\s+(?:\p{Ll}\S*\s+){0,6}(?<subject>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;
const CIRCUMSTANCE_THEN_NAME = /^(?:today|yesterday|tonight|tomorrow|now|later|earlier|again|during|in|on|at|after|before|while)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+)*(?<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})$/u;
const NEAREST_CLAUSE_SUBJECT = /(?:^|[\s,])(?:and|but|then|so|which|whom|whereupon)\s+(?<subject>he|she|they|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;

/** `Journalists asked her about the cost`: a clause with a finite verb of its own (a past tense). */
function hasOwnVerb(clause: string): boolean {
  return clause.split(/[\s,]+/).some((w) => /^\p{Ll}{3,}$/u.test(w) && opensWithPastTense(w));
}

/** `spoke in honour of …`, `condemned the attack`: a chunk that opens with a verb in the past tense. */
function opensWithPastTense(chunk: string): boolean {
  const first = /^\p{Ll}+/u.exec(chunk)?.[0];
  return first !== undefined && first.length >= 4 && (/ed$/.test(first) || nlp(first).has('#PastTense'));
}

/** `secretary of state at the French Foreign Ministry`, `who met Macron`, `45`: not the subject. */
function isAside(chunk: string): boolean {
  if (/^(?:who|which|whose|where|when|whom)\b/i.test(chunk)) return true;
  // `for the German military`, `speaking in Washington`: circumstances, not the subject.
  if (/^(?:for|in|on|at|of|with|from|by|to|as|after|before|during|under)\s/i.test(chunk)) return true;
  // `Asked by reporters whether …, Yu said`: a participle opening the sentence is circumstance too.
  // `Park, asked about the strike, said`: the same participle set off after the subject.
  if (/^(?:Asked|Speaking|Responding|Referring|Commenting|Talking|Addressing|Answering|Quoted|Interviewed)\s/i.test(chunk)) return true;
  if (/^\p{Ll}+ing\b/u.test(chunk) || /^\p{L}+ing\s+(?:to|in|at|on|with|from|for|about|after|before|during)\b/iu.test(chunk)) return true;
  // `the federal prosecutor's office` next to the verb is the subject itself.
  if (/^the\s/i.test(chunk)) return false;
  if (/^\d+$/.test(chunk)) return true;
  if (/^(?:in addition|meanwhile|however|moreover|furthermore|also|earlier|later|last \w+|on \w+day)$/i.test(chunk)) return true;
  // `Hasan, also the party's joint general secretary, said`: a second office set off by commas.
  if (/^also\s+(?:the|a|an)\s/i.test(chunk)) return true;
  return appositiveRole(`, ${chunk},`) !== undefined && !/^(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?$/iu.test(chunk) && /^\p{Ll}/u.test(chunk);
}
