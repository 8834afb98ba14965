/**
 * Quotes by speaker, for `/quotes/` and the people pages: every quote of the
 * archive, each with a link to its place in its article (`url#quote-N`).
 */
import type { Article } from '../model/article.ts';
import { quoteUrl } from '../model/urls.ts';
import { byName, type Term } from '../taxonomy/terms.ts';

export interface QuoteRef {
  text: string;
  role?: string;
  /** `/2020/11/28/slug/#quote-1` */
  href: string;
  article: Article;
}

export interface SpeakerQuotes {
  name: string;
  /** The speaker's page; absent for quotes with no speaker recorded. */
  url?: string;
  /** Anchor on `/quotes/`. */
  id: string;
  quotes: QuoteRef[];
}

function refsOf(article: Article, term: Term | undefined, slugOf: (name: string) => string): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const quote of article.quotes) {
    const matches = term ? quote.speaker !== undefined && slugOf(quote.speaker) === term.slug : quote.speaker === undefined;
    if (matches) {
      refs.push({ text: quote.text, ...(quote.role ? { role: quote.role } : {}), href: quoteUrl(article.url, quote.id), article });
    }
  }
  return refs;
}

/**
 * Every quote grouped by speaker (people terms give the grouping, so merged
 * spellings stay together), speakers by name, quotes newest first; quotes
 * without a speaker last.
 */
export function quotesBySpeaker(
  people: readonly Term[],
  articles: readonly Article[],
  slugOf: (name: string) => string,
): SpeakerQuotes[] {
  const groups: SpeakerQuotes[] = [];
  for (const term of people) {
    const quotes = term.articles.flatMap((article) => refsOf(article, term, slugOf));
    if (quotes.length > 0) groups.push({ name: term.name, url: term.url, id: `speaker-${term.slug}`, quotes });
  }
  groups.sort((a, b) => byName(a.name, b.name));
  const anonymous = articles.flatMap((article) => refsOf(article, undefined, slugOf));
  if (anonymous.length > 0) groups.push({ name: 'Speaker not recorded', id: 'speaker-not-recorded', quotes: anonymous });
  return groups;
}
