/**
 * Extracts the direct quotes of a body with their speakers: every span in
 * double quotation marks that is speech (not a title in quotes, not scare
 * quotes), attributed to a full name or left as a `TODO:` placeholder.
 */
import { findAttribution, findIntroduction, findReportedBefore } from './attribution.ts';
import { groupSubjectOf, organisationBefore } from './organisationSpeaker.ts';
import { keepPrinted, spaceRunTogetherSentences } from './paragraphs.ts';
import { PeopleRegistry } from './people.ts';
import { namesAThing } from './quoteLabels.ts';
import type { Person } from './people.ts';
import { findQuoteSpans, foldDoubledApostrophes, isTitleCase, wordCount } from './quoteSpans.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { SpeakerResolver, UNKNOWN_SPEAKER } from './speakers.ts';
import type { Speaker } from './speakers.ts';
import { TODO } from './types.ts';
import type { DraftQuote } from './types.ts';
import { CONNECTIVES } from './vocabulary.ts';

const SAME_SENTENCE = /^[^.!?;"“”]{1,40}$/;
const JOINED = new RegExp(`^[\\s,;]*${CONNECTIVES}[\\s,;]*$`, 'i');

export interface ExtractedQuotes {
  quotes: DraftQuote[];
  /** People the article names with a recognisable full name who are not speakers. */
  people: string[];
}

export function extractQuotes(printed: string): ExtractedQuotes {
  const body = spaceRunTogetherSentences(foldDoubledApostrophes(printed));
  const spans = findQuoteSpans(body);
  const registry = new PeopleRegistry(body, (offset) => spans.some((s) => s.open < offset && offset < s.close));
  const resolver = new SpeakerResolver(registry);
  const quotes: DraftQuote[] = [];
  /** The span of each drafted quote, in the same order. */
  const drafted: QuoteSpan[] = [];
  let previous: { span: QuoteSpan; person?: Person | undefined; name?: string | undefined } | undefined;
  spans.forEach((span, index) => {
    const nextOpen = spans[index + 1]?.open;
    // A quote running over paragraphs is attributed where it ends.
    let attribution = findAttribution(body, span, nextOpen);
    for (let next = index + 1; !attribution && !spans[next - 1]?.closed && spans[next]?.continuation; next++) {
      const later = spans[next];
      if (later) attribution = findAttribution(body, later, spans[next + 1]?.open);
    }
    // `"Está por debajo …", aunque "seguiremos …", celebró.`: quotes joined by a connective share the attribution after the last.
    const next = spans[index + 1];
    // `« … nous aident » à en finir avec le « bourbier », a déclaré le ministre`: a few words in marks later in the same
    // sentence, with the attribution after them, share it too.
    const between = next ? body.slice(span.close + 1, next.open) : '';
    const shortLater = next !== undefined && next.closed && next.paragraphStart === span.paragraphStart && SAME_SENTENCE.test(between) && wordCount(next.text) <= 3;
    if (!attribution && next && span.closed && (JOINED.test(between) || shortLater)) {
      attribution = findAttribution(body, next, spans[index + 2]?.open);
    }
    attribution ??= findIntroduction(body, span);
    // `Roe said the plan was "unacceptable" and "dangerous for everyone."`: a quote in the same sentence as the one
    // before, joined to it by a few words, shares its attribution.
    const before = spans[index - 1];
    if (!attribution && before?.closed && before.paragraphStart === span.paragraphStart && SAME_SENTENCE.test(body.slice(before.close + 1, span.open))) {
      attribution = findAttribution(body, before, span.open);
    }
    // A quote that goes on from the previous one is that speaker's; else the sentence before may report who speaks.
    const goesOn = previous !== undefined && (span.continuation || followsOn(body, previous.span, span));
    const own = attribution !== undefined;
    if (!attribution && !goesOn && reportsASentence(span)) attribution = findReportedBefore(body, span);
    // `"…," it said in a statement`: the organisation the copy last had speak.
    if (attribution && /^it$/i.test(attribution.who)) attribution = { ...attribution, who: organisationBefore(body, attribution.offset) ?? attribution.who };
    let speaker: Speaker | undefined;
    // `Le communiqué souligne que "…". "…", ajoute-t-il.`: French `il`, `elle` after a writing or an organisation is `it`.
    const itInFrench = attribution !== undefined && /^(?:il|elle)$/i.test(attribution.who) && previous?.person === undefined && previous?.span.paragraphStart === span.paragraphStart;
    if (attribution && (/^it$/i.test(attribution.who) || itInFrench) && previous?.name !== undefined) {
      // `"…," the party said.` then `"…," it added.`: the organisation that spoke last, however the copy named it.
      speaker = previous.name.startsWith('TODO') ? { unknown: previous.name } : { name: previous.name };
    } else if (attribution) {
      speaker = attribution.cut ? resolver.resolveCut(attribution.who, attribution.offset) : resolver.resolve(attribution.who, attribution.offset, attribution.inverted, attribution.implied, span.text);
    } else if (previous?.person && (span.continuation || standsAlone(body, span) || followsOn(body, previous.span, span))) {
      speaker = { person: previous.person };
      resolver.remember(previous.person);
    } else if (previous?.person && nextParagraphOfTheirs(body, previous.span, span) && !registry.namedInParagraph(span.paragraphStart, span.paragraphEnd)) {
      // `She added that … “…”` then `Their refusal to debate … “shows a low regard …”`: the next paragraph, naming nobody, goes on with her words.
      speaker = { person: previous.person };
      resolver.remember(previous.person);
    } else if (previous?.name !== undefined && (span.continuation || standsAlone(body, span) || followsOn(body, previous.span, span))) {
      // `… ," Seoul's foreign ministry said in a statement.` then a paragraph of quote alone: the ministry's still.
      speaker = previous.name.startsWith('TODO') ? { unknown: previous.name } : { name: previous.name };
    }
    if (!isSpeech(body, span, attribution !== undefined || speaker !== undefined) || namesAThing(body, span)) return;
    // A quote the page cut off mid-sentence (open at the copy's very end, nobody named): its words are not all there.
    // Attributed or not (`Mr. Dung said: “… China is VN’s neighbor. E`): a draft cannot give words the page lost.
    if (!span.closed && !/[.!?]$/.test(span.text) && body.slice(span.paragraphEnd).trim() === '') return;
    // `The ministers expressed gratitude …, "such aid will remain …"`: the group the sentence opens with, for the editor.
    const group = speaker ? undefined : groupSubjectOf(body, span);
    if (group !== undefined) speaker = { unknown: `${TODO} who said this? The copy says "${group}"` };
    const person = speaker && 'person' in speaker ? speaker.person : undefined;
    // A speaker the editor is to name (`The copy says "Seoul's foreign ministry"`) carries on like a name.
    const named = speaker && 'name' in speaker ? speaker.name : speaker && 'unknown' in speaker && speaker.unknown !== UNKNOWN_SPEAKER ? speaker.unknown : undefined;
    previous = { span, person, name: named };
    quotes.push(toQuote(span, speaker));
    drafted.push(span);
  });
  attributeRunsBefore(body, quotes, drafted);
  const speakers = new Set(quotes.map((q) => q.speaker));
  const people = registry.people
    .map((p) => ({ ...p, name: keepPrinted(p.name) }))
    .filter((p) => p.knownName && !speakers.has(p.name) && p.tokens.length >= 2)
    .map((p) => p.name);
  return { quotes, people };
}

/**
 * `"It will be futile …"` / `"Remember the cessation …"` / `"We have also done …," Kibicho warned.`: paragraphs that
 * are each a quote and nothing else, with no speaker of their own, run on to the quote that opens the next paragraph
 * and names its speaker after it: they are that speaker's words.
 */
function attributeRunsBefore(body: string, quotes: DraftQuote[], spans: QuoteSpan[]): void {
  for (let i = quotes.length - 1; i > 0; i--) {
    const closing = quotes[i];
    const span = spans[i];
    if (!closing || !span || closing.speaker === UNKNOWN_SPEAKER || body.slice(span.paragraphStart, span.open).trim() !== '') continue;
    for (let j = i - 1; j >= 0; j--) {
      const quote = quotes[j];
      const before = spans[j];
      const after = spans[j + 1];
      if (!quote || !before || !after || quote.speaker !== UNKNOWN_SPEAKER || !standsAlone(body, before) || !nextParagraphOfTheirs(body, before, after)) break;
      quotes[j] = { ...quote, speaker: closing.speaker, ...(closing.role === undefined ? {} : { role: closing.role }) };
    }
  }
}

function toQuote(span: QuoteSpan, speaker: Speaker | undefined): DraftQuote {
  const text = keepPrinted(span.text);
  if (!speaker) return { text, speaker: UNKNOWN_SPEAKER };
  if ('person' in speaker) {
    const role = speaker.person.role === undefined ? undefined : keepPrinted(speaker.person.role);
    return { text, speaker: keepPrinted(speaker.person.name), role };
  }
  if ('name' in speaker) return { text, speaker: keepPrinted(speaker.name) };
  return { text, speaker: keepPrinted(speaker.unknown) };
}

/**
 * Speech, not a name in quotes (`"Operation Warp Speed"`) nor scare quotes
 * (`the so-called "peace plan"`): attributed, or long enough to be a
 * sentence of someone's.
 */
function isSpeech(body: string, span: QuoteSpan, attributed: boolean): boolean {
  const words = wordCount(span.text);
  // `India’s ‘water terrorism’`: two words in single marks inside a sentence are a label, not speech.
  // `'It's heartbreaking,' said Mrs Lane`: the comma inside the marks (dropped from the text) ends someone's sentence.
  if (span.single && words <= 3 && !/[.!?,]$/.test(span.text) && !(span.closed && /[.!?,]/.test(body[span.close - 1] ?? ''))) return false;
  // `"Look at Tiger."` after `Els said` is a sentence, not a name in quotes.
  if (isTitleCase(span.text) && words <= 6 && !(attributed && /[.!?]$/.test(span.text))) return false;
  // `this year's theme, “ASEAN 4.0: Entrepreneurship and the Fourth Industrial Revolution (IR4),” is timely`: a longer
  // run of capitalised words that ends no sentence is a title, whoever the sentence quotes.
  if (isTitleCase(span.text) && words <= 14 && !/[.!?…]$/.test(span.text)) return false;
  if (attributed) return words >= 2;
  return words >= 6 || /[.!?]$/.test(span.text);
}

/** Whole sentences of speech, not a phrase in marks (`"Fake news" is a slogan`): ends as a sentence does, or runs on. */
function reportsASentence(span: QuoteSpan): boolean {
  return wordCount(span.text) >= 4 && (!span.closed || /[.!?…]$/.test(span.text));
}

/** The span sits in the paragraph right after the one the previous quote was in. */
function nextParagraphOfTheirs(body: string, previous: QuoteSpan, span: QuoteSpan): boolean {
  return previous.paragraphEnd < span.paragraphStart && body.slice(previous.paragraphEnd, span.paragraphStart).trim() === '';
}

/** The quote is the whole paragraph (a follow-on quote from the same speaker). */
function standsAlone(body: string, span: QuoteSpan): boolean {
  const before = body.slice(span.paragraphStart, span.open).trim();
  const after = body.slice(Math.min(span.close + 1, span.paragraphEnd), span.paragraphEnd).trim();
  return before === '' && /^[.!?]?$/.test(after);
}

/**
 * `"…," he said, "…"` and `"…," Zhao told journalists. "…"`: a quote that
 * follows another in the same paragraph with nothing but the first one's
 * attribution between them is the same speaker's.
 */
function followsOn(body: string, first: QuoteSpan, second: QuoteSpan): boolean {
  if (first.paragraphStart !== second.paragraphStart) return false;
  const between = body.slice(first.close + 1, second.open);
  return (between.match(/[.!?](?:\s|$)/g) ?? []).length <= 1;
}
