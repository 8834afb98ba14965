/**
 * A known agency the text names as its source when no dateline credits one:
 * `…, Kazinform News Agency reports`, `"Interfax-Ukraine" reported`, `told
 * the Ghana News Agency (GNA)`, `in an interview granted to the Vietnam News
 * Agency (VNA)`, `…, BelTA has learned.`, `…, reports LETA.` Only names the agency list knows
 * count.
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';

/** The agency the first paragraphs name as their source, the lead's first sentence first. */
export function agencyInLead(all: readonly string[]): string | undefined {
  // A listing's `W140 Full Story`, `Read More`, `Continue reading` ends its first story: a source the next one cites is not this one's.
  const end = all.findIndex((p, i) => i > 0 && STORY_END.test(p.trim()));
  const paragraphs = end > 0 ? all.slice(0, end) : all;
  const lead = paragraphs[0] ?? '';
  const first = lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  const inFirst = AGENCY_AS_SOURCE.exec(first);
  if (inFirst) return agencyOf(inFirst);
  for (const paragraph of paragraphs.slice(0, 4)) {
    const match = AGENCY_TOLD.exec(paragraph) ?? AGENCY_REPORTED.exec(paragraph);
    const agency = match ? agencyOf(match) : undefined;
    if (agency !== undefined) return agency;
  }
  // `…, BelTA has learned.` closing a sentence under a page's furniture, `…, IRNA said.` or `…, the agency IRNA reported.`
  // closing one of the first paragraphs: the agency whose report this is.
  for (const [index, paragraph] of paragraphs.slice(0, 12).entries()) {
    const match = AGENCY_LEARNED.exec(paragraph) ?? (index < 6 ? (AGENCY_SAID.exec(paragraph) ?? REPORTS_AGENCY.exec(paragraph)) : null);
    const agency = match ? agencyOf(match) : undefined;
    if (agency !== undefined) return agency;
  }
  return undefined;
}

const STORY_END = /(?:^|\s)(?:Full Story|Read More|Read more|Continue reading|View Article)(?:\s*(?:»|›|…|\.{3}))?$/u;
const AGENCY_NAME = "\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}[\\p{L}-]{1,20}){0,3}";
const AGENCY_AS_SOURCE = new RegExp(`\\b(?:(?<by>\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}[\\p{L}-]{1,20}){0,4})(?:(?:'s)?\\s+correspondent)?\\s+(?:has\\s+)?(?:learnt|learned|reports|reported)\\b|told\\s+(?<to>\\p{Lu}[\\p{L}-]{1,20}))`, 'u');
const AGENCY_TOLD = new RegExp(`\\b(?:told|interview (?:with|granted to|given to)|spoke to|speaking to)\\s+the\\s+(?<to>${AGENCY_NAME})(?:\\s+\\((?<short>[\\p{Lu}-]{2,12})\\))?`, 'u');
const AGENCY_LEARNED = new RegExp(`,\\s+(?<by>${AGENCY_NAME})(?:(?:'s)?\\s+correspondent)?\\s+(?:has\\s+)?(?:learnt|learned)\\b`, 'u');
const AGENCY_SAID = new RegExp(`,\\s+(?:the\\s+)?(?<by>${AGENCY_NAME})\\s+(?:said|reported|reports)\\s*[.;]`, 'u');
/** `…, reports LETA.“This …`: the verb before the agency, the sentence (and a quote run into it) after. */
const REPORTS_AGENCY = new RegExp(`,\\s+(?:reports|reported|writes|wrote)\\s+(?:the\\s+)?(?<by>${AGENCY_NAME})\\s*[.;]`, 'u');
const AGENCY_REPORTED = new RegExp(`["“](?<by>${AGENCY_NAME})["”]\\s+(?:reports|reported)\\b`, 'u');

function agencyOf(match: RegExpExecArray): string | undefined {
  const groups = match.groups ?? {};
  for (const name of [groups['short'], groups['by'], groups['to']]) {
    // `… , Azerbaijan State News Agency reports`, `…, the Kazakh Kazinform reports`: the longest known ending of the name.
    const words = name?.split(' ') ?? [];
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (isKnownAgency(tail)) return canonicalAgency(tail) ?? tail;
    }
  }
  return undefined;
}
