/**
 * Organisations and groups as speakers: `"…," it said` after `The opposition
 * party said …`, and a quote closing a sentence whose subject is a group
 * (`The ministers expressed gratitude …, "…"`).
 */
import { AUXILIARY, sentenceStart } from './attribution.ts';
import type { QuoteSpan } from './quoteSpans.ts';
import { NOT_PERSON_WORDS, ROLE_NOUNS, SPEECH_VERB, VERB_END } from './vocabulary.ts';

const ORGANISATION_SUBJECT = new RegExp(`(?:^|[.!?]\\s+|\\n)(?<who>[Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?<head>\\p{L}+))\\s+${AUXILIARY}${SPEECH_VERB}${VERB_END}`, 'gu');

/**
 * `The opposition party said it would boycott the vote.` then `"…," it said`:
 * `it` is the organisation last made a speech verb's subject before `offset`
 * (`the opposition party`), or undefined when there is none.
 */
export function organisationBefore(body: string, offset: number): string | undefined {
  let found: string | undefined;
  for (const match of body.slice(0, offset).matchAll(ORGANISATION_SUBJECT)) {
    const head = match.groups?.['head']?.toLowerCase() ?? '';
    if (NOT_PERSON_WORDS.has(head) || ORGANISATION_HEADS.has(head)) found = match.groups?.['who'];
  }
  return found;
}

/**
 * `The ministers expressed gratitude to the States that helped, "such aid
 * will remain …"`: a quote closing a sentence whose verb reports no speech
 * is the words of the organisation or group the sentence opens with, for the
 * editor to name (`The ministers`); undefined when it opens with no such
 * subject.
 */
export function groupSubjectOf(body: string, span: QuoteSpan): string | undefined {
  const start = sentenceStart(body, span.paragraphStart, span.open);
  const match = GROUP_SUBJECT.exec(body.slice(start, span.open));
  const head = match?.groups?.['head']?.toLowerCase() ?? '';
  const group = NOT_PERSON_WORDS.has(head) || ORGANISATION_HEADS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''));
  return match && group && head !== '' ? match.groups?.['who'] : undefined;
}

const GROUP_SUBJECT = /^\s*(?<who>[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?(?<head>\p{L}+))\s+(?:\p{Ll}+ly\s+)?(?:also\s+)?\p{Ll}+ed\b[^"“”]*$/u;

/** What an organisation is called in a story beside the words that make a name one: `the company`, `the firm`. */
const ORGANISATION_HEADS = new Set(['company', 'firm', 'group', 'party', 'ministry', 'government', 'agency', 'embassy', 'campaign', 'coalition', 'alliance', 'movement', 'organisation', 'organization', 'regime', 'administration', 'cabinet', 'military', 'army', 'police', 'board', 'bank', 'union', 'council', 'committee', 'commission', 'court', 'office', 'department', 'federation', 'league', 'club', 'team', 'institute', 'foundation', 'charity', 'network', 'broadcaster', 'newspaper', 'operator', 'airline', 'carrier', 'manufacturer', 'retailer', 'lender', 'insurer', 'utility', 'regulator', 'watchdog']);
