/**
 * Index: every direct quote becomes a search result of its own (a Pagefind
 * custom record), so searching a phrase someone said finds the quote, names
 * the speaker and links to the quote's anchor in its article.
 * https://pagefind.app/docs/node-api/#indexaddcustomrecord
 *
 * A quote carries its article's facets (source, agency, place, topic, year),
 * its speaker as `person`, and `type: Quote`, so a facet narrows articles
 * and quotes alike and a researcher can ask for quotes only. It is found by
 * its own words and its speaker only.
 */
import type { CustomRecord } from 'pagefind';
import { indexLanguage, type Article } from '../model/article.ts';
import { quoteUrl } from '../model/urls.ts';

/** The `type` facet's value for quote records (articles carry `Article`). */
export const QUOTE_TYPE = 'Quote';
export const ARTICLE_TYPE = 'Article';

/**
 * The filters an article's page carries (src/layout/pages/articlePage.ts
 * writes them as `data-pagefind-filter`); facetCounts.ts counts them, so the
 * two must agree — tests/e2e/search.test.ts checks a facet's count against
 * the results it gives.
 */
export function articleFilters(article: Article): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    type: [ARTICLE_TYPE],
    source: [article.source.outlet],
    year: [article.year],
  };
  if (article.source.agency) filters.agency = [article.source.agency];
  if (article.dateline) filters.place = [article.dateline.place];
  if (article.tags && article.tags.length > 0) filters.topic = [...article.tags];
  const people = [...article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])), ...(article.people ?? [])];
  if (people.length > 0) filters.person = [...new Set(people)];
  return filters;
}

/** A quote's filters: its article's, but its speaker alone as `person`, and `type: Quote`. */
function quoteFilters(article: Article, speaker: string | undefined, role: string | undefined): Record<string, string[]> {
  const { person: _, ...filters } = articleFilters(article);
  filters.type = [QUOTE_TYPE];
  if (speaker) filters.person = [speaker];
  // Shown with the speaker, never searched: Pagefind matches every meta value of a record, and
  // a role ("mayor of Kyiv") is not the quote's words. No facet lists it (UNLISTED_FILTERS).
  if (role) filters.role = [role];
  filters.date = [article.date];
  return filters;
}

/** Filters on records that no facet lists. */
export const UNLISTED_FILTERS: readonly string[] = ['role', 'date'];

export function quoteRecords(article: Article): CustomRecord[] {
  return article.quotes.map((quote) => {
    // Pagefind searches every meta value of a custom record (its "meta fields"), so a quote's meta
    // holds only what the quote matches on: its words (title) and its speaker. Not its article's
    // headline, dateline, URL or date: `?q=Kyiv` must not return a quote that does not say "Kyiv"
    // (issue 12). What a result shows besides is in its filters, which are not searched.
    const meta: Record<string, string> = { title: quote.text };
    if (quote.speaker) meta.speaker = quote.speaker;
    return {
      url: quoteUrl(article.url, quote.id),
      content: quote.text,
      language: indexLanguage(article),
      meta,
      filters: quoteFilters(article, quote.speaker, quote.role),
      sort: { date: article.date },
    };
  });
}
