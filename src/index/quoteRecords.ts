/**
 * Index: every direct quote becomes a search result of its own (a Pagefind
 * custom record), so searching a phrase someone said finds the quote, names
 * the speaker and links to the quote's anchor in its article.
 * https://pagefind.app/docs/node-api/#indexaddcustomrecord
 *
 * A quote carries its article's facets (source, agency, place, topic, year),
 * its speaker as `person`, and `type: Quote`, so a facet narrows articles
 * and quotes alike and a researcher can ask for quotes only.
 */
import type { CustomRecord } from 'pagefind';
import type { Article } from '../model/article.ts';
import { quoteUrl } from '../model/urls.ts';

/** The `type` facet's value for quote records (articles carry `Article`). */
export const QUOTE_TYPE = 'Quote';

/**
 * Pagefind splits its index by language, keyed by the page's `<html lang>`
 * lowercased; a custom record joins its article's index by using the same key.
 */
export function indexLanguage(lang: string): string {
  return lang.toLowerCase();
}

function articleFilters(article: Article): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    type: [QUOTE_TYPE],
    source: [article.source.outlet],
    year: [article.year],
  };
  if (article.source.agency) filters.agency = [article.source.agency];
  if (article.dateline) filters.place = [article.dateline.place];
  if (article.tags && article.tags.length > 0) filters.topic = [...article.tags];
  return filters;
}

export function quoteRecords(article: Article): CustomRecord[] {
  return article.quotes.map((quote) => {
    const meta: Record<string, string> = {
      type: 'quote',
      // Pagefind searches every meta value of a custom record, so the record
      // holds the quote and its speaker but not the article's headline:
      // otherwise every quote would match the words of its headline.
      title: quote.text,
      date: article.date,
      url: quoteUrl(article.url, quote.id),
    };
    if (quote.speaker) meta.speaker = quote.speaker;
    if (quote.role) meta.role = quote.role;
    if (article.dateline?.printed) meta.dateline = article.dateline.printed;
    const filters = articleFilters(article);
    if (quote.speaker) filters.person = [quote.speaker];
    return {
      url: quoteUrl(article.url, quote.id),
      content: quote.text,
      language: indexLanguage(article.lang ?? 'en'),
      meta,
      filters,
      sort: { date: article.date },
    };
  });
}
