/**
 * Structured data for an article page: a schema.org `NewsArticle`, built
 * here and serialised in the template with `jsonForScript` (which escapes
 * `<`, `>` and `&`, so nothing in it can close the script element).
 * https://schema.org/NewsArticle
 */
import type { Article } from '../model/article.ts';
import { w3cDate } from '../model/dates.ts';
import { siteUrl } from '../site.ts';

export interface Thing {
  '@type': string;
  name: string;
  url?: string;
}

export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  '@id': string;
  url: string;
  mainEntityOfPage: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  dateline?: string;
  contentLocation?: Thing;
  author?: Thing[];
  creator?: Thing[];
  publisher: Thing;
  sourceOrganization: Thing;
  isBasedOn?: string;
  keywords?: string[];
  mentions?: Thing[];
  isPartOf: Thing;
}

/** `baseUrl` is the site's (src/site.ts); without one, URLs are root-relative. */
export function newsArticleJsonLd(article: Article, baseUrl: string | undefined, siteTitle: string): NewsArticleJsonLd {
  const url = siteUrl({ url: baseUrl }, article.url);
  const byline: Thing[] | undefined = article.source.byline ? [{ '@type': 'Person', name: article.source.byline }] : undefined;
  const outlet: Thing = { '@type': 'NewsMediaOrganization', name: article.source.outlet };
  const people = [...new Set([...article.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])), ...article.people])];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.summary,
    datePublished: w3cDate(article.date),
    dateModified: w3cDate(article.updated ?? article.date),
    inLanguage: article.lang,
    ...(article.dateline ? { dateline: article.dateline.printed ?? article.dateline.place } : {}),
    ...(article.dateline ? { contentLocation: { '@type': 'Place', name: article.dateline.place } } : {}),
    ...(byline ? { author: byline, creator: byline } : {}),
    publisher: outlet,
    // The wire agency the copy came from, else the outlet itself.
    sourceOrganization: article.source.agency ? { '@type': 'NewsMediaOrganization', name: article.source.agency } : outlet,
    ...(article.source.url ? { isBasedOn: article.source.url } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags } : {}),
    ...(people.length > 0 ? { mentions: people.map((name): Thing => ({ '@type': 'Person', name })) } : {}),
    isPartOf: { '@type': 'WebSite', name: siteTitle, url: siteUrl({ url: baseUrl }, '/') },
  };
}
