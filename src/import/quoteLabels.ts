/**
 * Words in quotation marks that nobody says: a chant, a project's title or a
 * slogan named inside a sentence (`the controversial "shoot the traitors"
 * chant`, `the project “Pakistan’s Pandemic Response” aimed at …`, `its
 * principle of 'minimum government, maximum governance'`). Partial quotes
 * (`said it was "looking into" the matter`, `"irrelevant" to its ties`) are
 * speech and stay.
 */
import { isTitleCase } from './quoteSpans.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { SPEECH_VERB, VERB_END } from './vocabulary.ts';

/** Words that may follow a partial quote in a sentence that goes on: prepositions, conjunctions, pronouns, auxiliaries. */
const GOES_ON = new Set([
  'by', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom',
  'as', 'if', 'when', 'while', 'because', 'after', 'before', 'over', 'against', 'than', 'into', 'about', 'between',
  'among', 'during', 'since', 'until', 'unless', 'though', 'although', 'whether', 'where', 'so', 'then', 'yet', 'also',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'not', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his',
  'her', 'their', 'its', 'according', 'adding', 'saying', 'amid', 'despite', 'under', 'through', 'toward', 'towards',
  'without', 'within', 'upon', 'via', 'per', 'the', 'a', 'an', 'this', 'these', 'those', 'there', 'here', 'now',
  // `"…provocative words and statements" regarding their weapons, Koizumi said`: a preposition the sentence goes on with.
  'regarding', 'concerning', 'including', 'like', 'unlike', 'across', 'around', 'beyond', 'behind', 'near', 'except',
  // The same in the other languages of wire copy: `respondió que "sí nos afectan" y utilizó …`.
  'y', 'e', 'o', 'u', 'que', 'de', 'del', 'en', 'con', 'por', 'para', 'pero', 'sin', 'al', 'und', 'oder', 'dass', 'mit',
  'et', 'ou', 'mais', 'di', 'che', 'ma', 'per', 'como', 'come', 'comme', 'mas',
]);
/** Words after which a quoted phrase is a verb's or a clause's: modals, auxiliaries, negation, subjects. */
const VERBAL_BEFORE = new Set([
  'not', 'to', 'be', 'been', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'should', 'could',
  'can', 'may', 'might', 'must', 'shall', 'never', 'did', 'do', 'does', 'it', 'they', 'we', 'he', 'she', 'i', 'you',
]);
const VERB_NEXT = new RegExp(`^${SPEECH_VERB}${VERB_END}`);
const SPEECH_BEFORE = new RegExp(`(?:${SPEECH_VERB}${VERB_END}|\\bthat|:)\\s*$`);

/** `dubbed "…"`, `known as "…"`, `labelled the report "…"`, `calls herself "…"`: what follows is a name given, not words said. */
const NAMED_AS = /\b(?:dubbed|nicknamed|known\s+as|billed\s+as|(?:en|re|sub)?titled|named|labell?ed(?:\s+\S+){0,3}|termed(?:\s+\S+){0,3}|branded(?:\s+\S+){0,3}|call(?:s|ed)?\s+(?:himself|herself|itself|themselves))\s*[,:]?\s*$/i;
/** A work or an event whose title follows in marks: `the conference "Building Resilient Cities …"`, `The book "…"`. */
const WORK_BEFORE = /\b(?:conference|book|film|movie|song|album|novel|documentary|series|show|exhibition|festival|project|campaign|programme|program|initiative|operation|theme|slogan|motto|report|forum|summit|seminar|workshop|webinar|symposium|strategy|plan|hashtag|banner|poster|play)\s*[,:]?\s*$/i;

/** `originally titled “…”`, `was retitled “…”`, `headlined "…"`: a headline or a title of any length follows, nobody's words. */
const TITLED_AS = /\b(?:(?:en|re|sub)?titled|headlined|(?:en|re|sub)?titulad[oa]|intitulée?|intitolat[oa]|betitelt)\s*[,:]?\s*$/iu;

/** `made a policy speech "On the Tasks …"`, `his essay "Why We Build"`: a speech's or a writing's title, in title case, right after the word. */
const SPEECH_TITLE_BEFORE = /\b(?:speech|address|lecture|essay|treatise|article|thesis|report|paper|sermon|manifesto)\s*$/i;

/** `Le thème de la 2e édition du forum est « … »`, `the theme of this year's fair is "…"`: a topic named across a few words, then `is`. */
const TOPIC_IS = /(?:\b(?:the|its|their)\s+(?:topic|theme|motto|slogan|subject)\b|(?:^|\s)(?:le|la|el|o)\s+(?:thème|sujet|slogan|devise|tema|lema))[^.!?«»“”"]{0,80}?\s(?:is|was|will\s+be|est|était|sera|es|era|será|é|foi)\s*[,:]?\s*$/iu;

/** A work of art whose title follows, in any case: `his latest novel, “Tongolele no sabía bailar,”`, `the song "Where the river ends"`. */
const ARTWORK_BEFORE = /\b(?:book|film|movie|song|album|novel|novella|memoir|documentary|series|play|poem|opera|painting|single|sitcom|telenovela)\s*[,:]?\s*$/i;

/** `the topic "…"`, `under the theme "…"`: what a meeting discusses, named. */
// `sur le thème de la « … »`, `bajo el lema “…”`, `sob o tema "…"`: the same in the Romance languages.
const TOPIC_BEFORE = /(?:\b(?:the|a|its|their)\s+(?:topic|theme|title|motto|slogan|subject)\s*(?:of\s*)?|(?:^|\s)(?:le|la|el|o|un|une)\s+(?:thème|titre|sujet|slogan|devise|tema|lema|título|lemma|titolo)(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|del|do|da|della))?\s*)[,:]?\s*$/iu;

/** What a sign, a banner or a headline reads, and what the copy calls so-called. */
// `a big balloon of a pig that said "…"`: a thing's words are what is written on it, nobody's speech.
const WRITTEN_ON = /(?:\b(?:placards?|banners?|signs?|posters?|headlines?|graffiti|t-shirts?|shirts?|inscriptions?|billboards?|balloons?|stickers?|badges?|murals?|caps?|hats?|scoreboards?|screens?|slogans?)(?:\s+of\s+(?:an?|the)\s+[\p{L}-]+)?\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|says|saying|proclaimed|proclaiming)|\bso-called)\s*[,:]?\s*$/iu;

/** The span names a thing or a phrase rather than giving anyone's words. */
export function namesAThing(body: string, span: QuoteSpan): boolean {
  // `to discuss the topic “Promoting peaceful coexistence …` left open: the subject of a meeting, not anyone's words.
  if (TOPIC_BEFORE.test(body.slice(Math.max(span.paragraphStart, span.open - 30), span.open))) return true;
  const near = body.slice(Math.max(span.paragraphStart, span.open - 120), span.open);
  if (TOPIC_IS.test(near) || TITLED_AS.test(near.slice(-40))) return true;
  if (SPEECH_TITLE_BEFORE.test(near.slice(-40)) && isTitleCase(span.text) && !/[.!?]$/.test(span.text.trim())) return true;
  // `Placards read "No to war"`, `the headline read "…"`, `the so-called "safe zones"`: a sign's words or scare quotes.
  if (WRITTEN_ON.test(body.slice(Math.max(span.paragraphStart, span.open - 60), span.open))) return true;
  if (!span.closed) return false;
  // `the demands of "the RS"`, `« la RDC »`: an article and an abbreviation in marks name a body, nobody's words.
  if (/^(?:the|le|la|les|el|los|las|il|o|os)\s+[\p{Lu}\d.&-]{2,8}$/u.test(span.text)) return true;
  const words = span.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length > 12) return false;
  const lead = body.slice(Math.max(span.paragraphStart, span.open - 60), span.open);
  if (NAMED_AS.test(lead)) return true;
  // A title in title case right after the work it names (`the conference "Building Resilient Cities in a Changing Climate"`).
  if (WORK_BEFORE.test(lead) && isTitleCase(span.text)) return true;
  // A work of art's title is often in sentence case (Spanish, French): a few words ending no sentence, after the work.
  if (ARTWORK_BEFORE.test(lead) && words.length <= 8 && !/[.!?…]$/.test(span.text)) return true;
  // `…," he said`: punctuation inside the marks is the end of someone's sentence.
  if (!/[\p{L}\p{N})]/u.test(body[span.close - 1] ?? '')) return false;
  // `"shoot the traitors" chant`, `“…Learnings” aimed at`: the phrase is the subject or modifier of what follows.
  // `should not "crowd out" poorer ones`: after a modal or a subject the words are a verb's, someone's words.
  const next = /^\s+(?<word>\p{Ll}[\p{Ll}-]*)/u.exec(body.slice(span.close + 1, span.close + 40))?.groups?.['word'];
  const previous = /(?<word>\p{L}+)\s*$/u.exec(body.slice(Math.max(span.paragraphStart, span.open - 40), span.open))?.groups?.['word']?.toLowerCase();
  const verbal = previous !== undefined && VERBAL_BEFORE.has(previous);
  // `«Il n’y a pas d’accord» entre Dakar et Bamako, affirme la ministre`: guillemets opening the paragraph are someone's words.
  const opensParagraph = body[span.open] === '«' && body.slice(span.paragraphStart, span.open).trim() === '';
  if (next !== undefined && !GOES_ON.has(next) && !VERB_NEXT.test(next) && !verbal && !opensParagraph) return true;
  // `its principle of 'minimum government, maximum governance'`: a lower-case phrase in single marks inside a sentence.
  if (span.single && /^\p{Ll}/u.test(span.text)) {
    const before = body.slice(span.paragraphStart, span.open);
    return /\p{L}\s*$/u.test(before) && !SPEECH_BEFORE.test(before);
  }
  return false;
}

