/**
 * Finds, for one quote, the words that say who spoke: after the quote
 * (`…," Lemoyne said.` / `…," said the diplomat.` / `…," according to …`),
 * or before it in the same sentence (`Lemoyne said: "…"` / `The diplomat
 * mentioned that Macron was "…"` / `According to Lemoyne, "…"`).
 */
import { isTitleShortening } from './copyTitles.ts';
import { isHonorific } from './honorifics.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { ACCORDING_TO, FRENCH_PRONOUN_VERB } from './foreignSpeech.ts';
import { invertedAfter, remarksBy, subjectAfterVerb } from './invertedSlots.ts';
import { FOREIGN_SPEECH_VERBS, SAID_SO, SPEECH_VERB, VERB_END } from './vocabulary.ts';

export interface Attribution {
  /** The phrase naming the speaker, as printed (`the French official`). */
  who: string;
  /** Where the phrase sits in the body. */
  offset: number;
  /** The verb comes first (`said Lola Castro, the agency's director`): the subject is the first part of the phrase. */
  inverted?: boolean | undefined;
  /** The verb has no subject of its own (`…", señaló.`): the sentence's, read like `he`. */
  implied?: boolean | undefined;
  /** The page cut the phrase off (`…", - said the Fo` and the copy ends): its last word is the start of one. */
  cut?: boolean | undefined;
}

/** Circumstances a verb may carry when it has no subject of its own: `señaló en rueda de prensa`, `said on Monday`. */
const CIRCUMSTANCE = '(?:in|on|at|during|after|before|to|a|al|en|con|ante|tras|durante|desde|im|am|bei|vor|à|dans|lors|nel|alla|durante|em)';

/** `Mr.`, `Gen.`, `Sept.`, `K.`: a full stop that ends no sentence. */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Jr|Sr|Prof|Capt|Maj|Sgt|Adm|Ft|Mt|Sec|Cdre|Brig|Insp|Supt|Cdr|Cpl|Atty|Hon)|(?:^|[\s.])\p{Lu})$/u;

/** The text ends in an abbreviation, a full stop after it ending no sentence: `Mr`, `Gen`, `K`, any honorific (`Engr`, `Hon`, `Atty`) or shortened title (`Coun`). */
export function endsInAbbreviation(text: string): boolean {
  const last = /(?:^|\s|\()(\p{Lu}[\p{L}.']*)$/u.exec(text)?.[1] ?? '';
  return ABBREVIATION.test(text) || isHonorific(last) || isTitleShortening(last);
}
export const AUXILIARY = '(?:(?:also|further|then|later|earlier|again|has|had|have|was|were|is|would|will|reportedly|once|recently|previously)\\s+)*';

const AFTER_ACCORDING = new RegExp(`^(?:according\\s+to|${ACCORDING_TO})\\s+(?<who>.+)$`, 'isu');
const AFTER_INVERTED = new RegExp(`^${SPEECH_VERB}\\s+(?<who>.+)$`, 's');
/** `…", señaló.` / `…", concluyó en rueda de prensa.`: Spanish, Italian and Portuguese drop the subject a verb's ending gives. */
// English circumstances only after an English verb: `said a spokesperson for the ministry` has its subject (`a` is no preposition).
const AFTER_BARE = new RegExp(
  `^(?:(?:${FOREIGN_SPEECH_VERBS})${VERB_END}(?:\\s+${CIRCUMSTANCE}\\s[^,]*)?|${SPEECH_VERB}${VERB_END}(?:\\s+(?:in|on|at|during|after|before|to)\\s[^,]*)?)[\\s.]*$`,
  'su',
);
const AFTER_PARTICIPLE = /^(?:adding|saying|noting|stressing|explaining|referring|pointing\s+out|insisting|warning|arguing|stating|declaring|emphasi[sz]ing|underlining|recalling)\s+(?:that|to|about|on|how|what|why)\b/u;
const AFTER_QUOTING = /^[^"“”]{0,80}?\bquoted\s+(?<who>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:as\s+(?:having\s+)?sa(?:ying|id)|to\s+have\s+said)\b/u;
const AFTER_ADVERB_INVERTED = new RegExp(`^\\p{Ll}+ly\\s+${SPEECH_VERB}${VERB_END}\\s+(?<who>(?:the|an?|his|her|their|its)\\s.+|\\p{Lu}.+)$`, 'su');
// The subject after the verb opens with an article or a capital (`affirme la ministre`), not `told reporters`.
const AFTER_CIRCUMSTANCE_INVERTED = new RegExp(`^(?<circumstance>\\p{Ll}[^,"“”«»]{0,160}),\\s+${SPEECH_VERB}${VERB_END}\\s+(?<who>(?:(?:the|an?|le|la|les|el|los|las|il|lo|o|os)\\s|l['’]|\\p{Lu}).*)$`, 'su');
/** A subject, not a circumstance, opens the words before the comma: `he, …`, `the minister, …`, `officials said`. */
const NOT_CIRCUMSTANCE = /^(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|le|la|les|l['’]|el|los|las|il|elle|un|une|uno|una|o|os)(?:\s|$)|\b(?:who|which|que|qui|quien|koji|koja)\b/u;
const AFTER_NORMAL = new RegExp(`^(?<who>.{1,200}?)\\s+${AUXILIARY}(?:quoted as saying|${SPEECH_VERB})${VERB_END}`, 's');
const BEFORE_ACCORDING = new RegExp(`(?:^|[\\s,])(?:[Aa]ccording\\s+to|${ACCORDING_TO})\\s+(?<who>[^,:]+?)\\s*[,:]?\\s*$`, 'iu');
const BEFORE_ACCORDING_OPENING = new RegExp(`^(?:According\\s+to|${ACCORDING_TO})\\s+(?<who>[^,]+),`, 'iu');
const BEFORE_WORDS_OF = /[Ii]n\s+the\s+words\s+of\s+(?<who>[^,]+),\s*$/;
const THAT_CLAUSE = /\bthat\s+(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=[\s,])/gu;
const VERB_GLOBAL_ONE = new RegExp(`\\b${SPEECH_VERB}${VERB_END}`);
const VERB_GLOBAL = new RegExp(`\\b${SPEECH_VERB}${VERB_END}`, 'g');
const GOES_ON = new RegExp(
  `(?:^|[\\s,])(?:said|says|added|adds|stated|noted|explained|stressed|emphasi[sz]ed)\\s+(?<who>(?:the\\s+|an?\\s+)?\\p{Lu}[^\\s,:"“”]*(?:\\s[^\\s,:"“”]+){0,5}),\\s+(?:adding|saying|noting|stressing|explaining|continuing|insisting|warning|arguing|concluding)(?:\\s+that)?\\s*[:,]?\\s*$`,
  'u',
);

export function findAttribution(body: string, span: QuoteSpan, nextOpen: number | undefined): Attribution | undefined {
  const after = fromAfter(body, span, nextOpen);
  // `The ministry said it "condemns this act," and demanded …`: a verb joined by `and` has the subject before the quote.
  if (after && /^(?:and|but|then)$/i.test(after.who)) return fromBefore(body, span) ?? after;
  // `Vucic said Belgrade "wants to remain a partner," the Serbian government announced on its website`: the organisation
  // after the quote reports what the speaker before it said.
  if (after && REPORTER.test(after.who)) return fromBefore(body, span) ?? after;
  return after ?? fromBefore(body, span);
}

/** An organisation or an outlet that publishes what others said: `the Serbian government`, `the agency`, `state media`. */
const REPORTER = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:government|presidency|agency|website|media|newspaper|broadcaster|television|radio|channel|outlet|daily|office)$/iu;

/** `…two countries.” He said.`: after a full stop, a sentence that is only the attribution. */
const SHORT_SENTENCE = new RegExp(`^\\s+(?<who>(?:He|She|They|\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}))\\s+${SPEECH_VERB}${VERB_END}\\s*[.!]?(?:\\s|$)`, 'u');

const SAID_SO_SENTENCE = new RegExp(`^[.]?\\s+${SAID_SO}${VERB_END}\\s+(?<who>\\p{Lu}[^,.;:"“”]{1,80})`, 'u');

/** `"…" — Jane Roe, chief executive`: a full name set after the quote by a dash, as features and statements sign. */
const SIGNED = /^\s*[—–-]{1,2}\s*(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*(?:,[^"“”]*)?$/u;

function fromAfter(body: string, span: QuoteSpan, nextOpen: number | undefined): Attribution | undefined {
  const signed = span.closed ? SIGNED.exec(body.slice(span.close + 1, span.paragraphEnd))?.groups?.['who'] : undefined;
  if (signed !== undefined) return { who: signed, offset: body.indexOf(signed, span.close + 1) };
  if (span.closed && span.text.endsWith('.')) {
    const short = SHORT_SENTENCE.exec(body.slice(span.close + 1, span.paragraphEnd));
    const who = short?.groups?.['who'];
    if (short && who !== undefined) return { who, offset: span.close + 1 + short[0].indexOf(who) };
  }
  if (span.closed) {
    // `"…". Lo afferma Paolo Romani, capogruppo …`: the next sentence, verb first, names the speaker.
    const saidSo = SAID_SO_SENTENCE.exec(body.slice(span.close + 1, span.paragraphEnd))?.groups?.['who'];
    if (saidSo !== undefined) return { who: saidSo, offset: body.indexOf(saidSo, span.close + 1), inverted: true };
  }
  // `« … ». Résumé de propos tenus … par le président X`: the next sentence says whose words they were.
  const remarks = span.closed ? remarksBy(body.slice(span.close + 1, span.paragraphEnd)) : undefined;
  if (remarks) return { who: remarks.who, offset: span.close + 1 + remarks.at, inverted: true };
  // `…the end." Next sentence`: a full stop inside the marks ends the sentence too.
  if (!span.closed || span.text.endsWith('.')) return undefined;
  const start = span.close + 1;
  // `…results". The next sentence`: punctuation outside the marks ends the sentence.
  if (/^[.!?;]/.test(body[start] ?? '')) return undefined;
  const limit = Math.min(nextOpen ?? span.paragraphEnd, span.paragraphEnd);
  // `…,” Further asked what the two had discussed Mr Roe replied: “…`: words that run without a comma or a sentence's
  // end to a colon before the next quote introduce that quote; they are not this one's attribution.
  // `…," he said: "…"` is this quote's still: the introduction runs five words or more.
  const introduces = nextOpen !== undefined && nextOpen <= span.paragraphEnd && /^[\s,]*[^\s,.!?;:][^,.!?;:]*:\s*$/.test(body.slice(start, nextOpen));
  if (introduces && body.slice(start, nextOpen).trim().split(/\s+/).length >= 5) return undefined;
  const raw = body.slice(start, sentenceEnd(body, start, limit));
  const lead = /^[\s,.!?—–-]*/.exec(raw)?.[0].length ?? 0;
  // `…,” Said Mr. Kashiwa.`: a speech verb capitalised by a slip after the quote's comma is the verb still.
  const text = raw.slice(lead).trimEnd().replace(/^(?:Said|Says|Added|Adds|Told|Stated|Explained|Noted|Stressed)(?=\s)/, (verb) => verb.toLowerCase());
  const offset = start + lead;
  // `…”, referring to the rise in prices.`, `…,” adding that prices had doubled.`: a participle after the quote has
  // no subject of its own; the sentence's speaker is the one before it, read like `he`.
  // `…», a-t-elle ajouté`, `…", ajoute-t-il`: French inverts the subject pronoun into the verb.
  const inverted = FRENCH_PRONOUN_VERB.exec(text)?.groups;
  const pronoun = inverted?.['a'] ?? inverted?.['b'];
  if (pronoun !== undefined) return { who: pronoun, offset: offset + text.indexOf(pronoun) };
  if (AFTER_BARE.test(text) || AFTER_PARTICIPLE.test(text)) return { who: '', offset, implied: true };
  const cut = offset + text.length >= body.trimEnd().length && /\p{L}$/u.test(text);
  // `"…" Mit diesen Worten unterstrich Regierungschef X`, `"…", so X abschliessend`: the verb first, then the subject.
  const verbFirst = invertedAfter(text);
  if (verbFirst) return { who: verbFirst.who, offset: offset + verbFirst.at, inverted: true };
  // `…," he quoted Buhari to have said.`, `…," the spokesman quoted the minister as saying.`: the words are the one quoted.
  const quotedOne = AFTER_QUOTING.exec(text)?.groups?.['who'];
  if (quotedOne !== undefined) return { who: quotedOne, offset: offset + text.indexOf(quotedOne, text.indexOf('quoted')) };
  // `…» entre Kinshasa et Kigali après la réunion de Luanda, affirme la ministre`: circumstances, then the verb before its subject.
  const late = AFTER_CIRCUMSTANCE_INVERTED.exec(text);
  const lateWho = late?.groups?.['who'];
  const circumstance = late?.groups?.['circumstance'] ?? '';
  if (late && lateWho !== undefined && !NOT_CIRCUMSTANCE.test(circumstance) && !VERB_GLOBAL_ONE.test(circumstance)) {
    return { who: lateWho.trim(), offset: offset + text.lastIndexOf(lateWho), inverted: true };
  }
  // `…,” partly reads an internal memo`, `…,” simply said the coach`: an adverb before the verb, its subject after it.
  const adverbFirst = AFTER_ADVERB_INVERTED.exec(text)?.groups?.['who'];
  if (adverbFirst !== undefined) return { who: adverbFirst.trim(), offset: offset + text.lastIndexOf(adverbFirst), inverted: true };
  for (const pattern of [AFTER_ACCORDING, AFTER_INVERTED, AFTER_NORMAL]) {
    const who = pattern.exec(text)?.groups?.['who'];
    if (who !== undefined && who.trim() !== '') {
      // `…," he said` as the copy's last words: the verb after the subject shows the phrase whole, whatever the page cut.
      const whole = !cut || text.trimEnd().length > text.indexOf(who) + who.trimEnd().length;
      return { who: who.trim(), offset: offset + text.indexOf(who), inverted: pattern !== AFTER_NORMAL, ...(whole ? {} : { cut }) };
    }
  }
  // `…," he expressed.`: a sentence of only a subject and a past tense after the quote's comma is its attribution,
  // whatever the verb (translated copy reaches past the reporting verbs of the style guides).
  const bare = AFTER_ANY_VERB.exec(text)?.groups?.['who'];
  if (bare !== undefined) return { who: bare, offset: offset + text.indexOf(bare) };
  return undefined;
}

// `…," the statement read.`: what a writing says, in the verb of writings.
const AFTER_ANY_VERB = /^(?<who>he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:\p{Ll}{3,}ed|read|reads)$/u;

function fromBefore(body: string, span: QuoteSpan): Attribution | undefined {
  const start = sentenceStart(body, span.paragraphStart, span.open);
  const text = body.slice(start, span.open);
  // `Says the Press Gazette: "…"`: the verb opens the sentence, in capitals.
  const opening = /^\s*(?:Says|Said|Adds|Added|Writes|Wrote)\s+(?<who>[^:,"“]{2,80}?)\s*:\s*$/.exec(text)?.groups?.['who'];
  if (opening !== undefined) return { who: opening, offset: start + text.indexOf(opening), inverted: true };
  // `…, said Karin, adding: "…"`: the speaker named after the verb goes on in a participle.
  const adding = GOES_ON.exec(text)?.groups?.['who'];
  if (adding !== undefined) return { who: adding, offset: start + text.lastIndexOf(adding), inverted: true };
  for (const pattern of [BEFORE_ACCORDING, BEFORE_WORDS_OF, BEFORE_ACCORDING_OPENING]) {
    const match = pattern.exec(text);
    const who = match?.groups?.['who'];
    if (match && who !== undefined) return { who: who.trim(), offset: start + text.indexOf(who, match.index) };
  }
  // `the so-called "peace plan"` is no attribution.
  const verbs = [...text.matchAll(VERB_GLOBAL)].filter((m) => text[m.index - 1] !== '-');
  if (verbs.length === 0) return undefined;
  const last = verbs.at(-1);
  const first = verbs[0];
  if (!last || !first) return undefined;
  const wordsAfterLast = text.slice(last.index + last[0].length).split(/\s+/).filter((w) => w !== '').length;
  // `X had warned …, saying: "…"`: a participle leans on the sentence's own verb and subject.
  const participle = /ing$/.test(last[0]) && first !== last;
  const verb = wordsAfterLast <= 6 && !participle ? last : participle ? (verbs.at(-2) ?? first) : first;
  // `X was quoted by local media as saying`: passive, the subject is before the verb.
  const quoted = /^quoted\s+(?!by\s)(?<who>.+?)\s+as\s+saying/s.exec(text.slice(verb.index));
  if (quoted?.groups?.['who'] !== undefined) {
    const who = quoted.groups['who'];
    return { who, offset: start + verb.index + text.slice(verb.index).indexOf(who) };
  }
  const subject = text.slice(0, verb.index).replace(new RegExp(`\\s+${AUXILIARY}$`), '');
  // `García regretted in a release that Costa, when defending the plan, dismissed fears and explained, "…"`: a verb
  // joined by `and` to the that-clause's own is that clause's, whose subject speaks, when the main clause reports no speech.
  const clause = [...subject.matchAll(THAT_CLAUSE)].at(-1);
  const clauseWho = clause?.groups?.['who'];
  const coordinated = /\band\s*$/.test(subject);
  if (clause && clauseWho !== undefined && coordinated && !VERB_GLOBAL_ONE.test(subject.slice(0, clause.index))) {
    return { who: clauseWho, offset: start + clause.index + clause[0].indexOf(clauseWho) };
  }
  const stripped = subject.replace(new RegExp(`${AUXILIARY.slice(0, -1)}\\s*$`), '').trimEnd();
  // `Zu dem Bericht, wonach …, meinte Landesrat Roe: "…"`: a clause ending with a comma before the verb is no subject.
  const late = subjectAfterVerb(stripped, text.slice(verb.index + verb[0].length));
  if (late !== undefined) return { who: late, offset: start + verb.index + verb[0].length + text.slice(verb.index + verb[0].length).indexOf(late), inverted: true };
  if (/\p{L}/u.test(stripped)) return { who: stripped.trim(), offset: start + (stripped.length - stripped.trimStart().length) };
  // `said Lemoyne: "…"`: the speaker follows the verb.
  const after = /^\s*(?<who>[^:,"“]+)/.exec(text.slice(verb.index + verb[0].length));
  const who = after?.groups?.['who']?.trim();
  if (who === undefined || who === '') return undefined;
  return { who, offset: start + verb.index + verb[0].length, inverted: true };
}

/**
 * `With reference to Riyadh, he said it had ordered its citizens out.` then
 * `"We never politicise sports."`: a quote opening a sentence, with nothing
 * after it naming anyone, is the words of whoever the sentence before it
 * reports (in the same paragraph, or the last sentence of the paragraph
 * before when the quote opens its own). That sentence holds no quote of its
 * own: the one before a follow-on quote is for the previous speaker's rule.
 */
export function findReportedBefore(body: string, span: QuoteSpan): Attribution | undefined {
  const opensSentence = sentenceStart(body, span.paragraphStart, span.open);
  if (body.slice(opensSentence, span.open).trim() !== '') return undefined;
  const inParagraph = span.open > span.paragraphStart && body.slice(span.paragraphStart, span.open).trim() !== '';
  const end = inParagraph ? body.slice(0, span.open).trimEnd().length : body.slice(0, span.paragraphStart).trimEnd().length;
  if (!/[.!?]$/.test(body.slice(0, end))) return undefined;
  const paragraphStart = inParagraph ? span.paragraphStart : body.lastIndexOf('\n\n', end - 1) + 2;
  const start = sentenceStart(body, paragraphStart, end - 1);
  const sentence = body.slice(start, end);
  if (/["“”]/.test(body[start - 1] ?? '') || /["“”]/.test(sentence)) return undefined;
  // The verb reports speech with its subject before it (`Chervonenko said that …`), not a participle leaning on another.
  const verb = new RegExp(`^(?<who>[^"“”]{1,120}?)\\s+${AUXILIARY}${SPEECH_VERB}${VERB_END}`, 's').exec(sentence);
  const who = verb?.groups?.['who'];
  if (verb === null || who === undefined || /ing$/.test(verb[0]) || !/\p{L}/u.test(who)) return undefined;
  return { who: who.trim(), offset: start + sentence.indexOf(who) };
}

/**
 * `The East Antrim representative said:` closing the paragraph before: the
 * quote that opens the next paragraph is theirs.
 */
export function findIntroduction(body: string, span: QuoteSpan): Attribution | undefined {
  if (body.slice(span.paragraphStart, span.open).trim() !== '') return undefined;
  const before = body.slice(0, span.paragraphStart).trimEnd();
  if (!before.endsWith(':')) return undefined;
  const paragraphStart = before.lastIndexOf('\n') + 1;
  // `Jane Roe spoke to the nation on television …` / `Excerpts :` / the quote: the excerpts are of the one who spoke.
  if (EXCERPTS.test(before.slice(paragraphStart))) {
    const above = body.slice(0, paragraphStart).trimEnd();
    const spoke = SPOKE.exec(above.slice(above.lastIndexOf('\n') + 1));
    const who = spoke?.groups?.['who'];
    return spoke && who !== undefined ? { who, offset: above.lastIndexOf('\n') + 1 + spoke.index + spoke[0].indexOf(who) } : undefined;
  }
  const intro: QuoteSpan = { ...span, open: before.length, paragraphStart, paragraphEnd: before.length + 1 };
  return fromBefore(body, intro);
}

const EXCERPTS = /^\s*(?:Excerpts?|Extracts?|Extraits?|Extractos?|Highlights|Full text)\s*:$/iu;
const SPOKE = /(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,5})\s+(?:spoke|addressed|said|told|declared|stated)\b/u;

/** Where the sentence ending at `end` starts, not crossing the paragraph start or another quote. */
export function sentenceStart(body: string, paragraphStart: number, end: number): number {
  for (let i = end - 1; i > paragraphStart; i--) {
    const ch = body[i];
    if (ch === '"' || ch === '”' || ch === '“' || ch === '«' || ch === '»') return i + 1;
    // `… signed up to this.' He added: '…'`: a single mark closing a sentence ends it too, an apostrophe does not.
    if ((ch === "'" || ch === '’') && /[.!?,]/.test(body[i - 1] ?? '') && /\s/.test(body[i + 1] ?? '')) return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(body[i + 1] ?? '') && !endsInAbbreviation(body.slice(paragraphStart, i))) {
      return i + 1;
    }
  }
  return paragraphStart;
}

/** Where the sentence from `start` ends, at the latest at `limit`. */
function sentenceEnd(body: string, start: number, limit: number): number {
  for (let i = start; i < limit; i++) {
    const ch = body[i];
    if (ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»') return i;
    if ((ch === '.' || ch === '!' || ch === '?') && !endsInAbbreviation(body.slice(start, i))) return i;
  }
  return limit;
}
