/**
 * Feeds: Atom (`/feed.xml`) and JSON Feed 1.1 (`/feed.json`) of the latest
 * articles with their full text. Eleventy's official feed plugin
 * (@11ty/eleventy-plugin-rss) makes every URL in the content absolute (RFC 3339
 * dates come from src/model/dates.ts); the entries are built here once and both
 * templates print them. Its ready-made virtual templates are not used: they
 * read Eleventy collections (our article pages are paginated data, kept out
 * of collections) and HTML-escape text inside JSON strings.
 */
import { convertHtmlToAbsoluteUrls } from '@11ty/eleventy-plugin-rss';
import type { Article } from '../model/article.ts';
import { rfc3339 } from '../model/dates.ts';
import { siteUrl, type SiteSettings } from '../site.ts';

export const FEED_SIZE = 50;

/** Without a base URL, links are root-relative (resolved against the feed's own address). */
export type FeedSite = Pick<SiteSettings, 'title' | 'description' | 'url' | 'lang'>;

/**
 * An Atom id must be an absolute IRI: the page's URL, or without a base URL a
 * tag: URI (RFC 4151) of its path, stable for as long as the path is.
 */
function feedId(site: FeedSite, sitePath: string, date: string): string {
  return site.url === undefined ? `tag:news-archive,${date.slice(0, 10)}:${sitePath}` : siteUrl(site, sitePath);
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitised HTML with absolute URLs. */
  contentHtml: string;
  published: string;
  updated: string;
  authors: string[];
  categories: string[];
  lang: string;
  sourceUrl?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  homeUrl: string;
  lang: string;
  updated: string;
  entries: FeedEntry[];
}

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    external_url?: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    authors?: { name: string }[];
    tags?: string[];
    language: string;
  }[];
}

async function entryOf(article: Article, site: FeedSite): Promise<FeedEntry> {
  const url = siteUrl(site, article.url);
  return {
    id: feedId(site, article.url, article.date),
    url,
    title: article.title,
    summary: article.summary,
    contentHtml: site.url === undefined ? article.html : await convertHtmlToAbsoluteUrls(article.html, url),
    published: rfc3339(article.date),
    updated: rfc3339(article.updated ?? article.date),
    authors: article.source.byline ? [article.source.byline] : [],
    categories: article.tags,
    lang: article.lang,
    ...(article.source.url ? { sourceUrl: article.source.url } : {}),
  };
}

/** Both feeds, from the articles newest first. */
export async function buildFeeds(articles: readonly Article[], site: FeedSite): Promise<{ atom: AtomFeed; json: JsonFeed }> {
  const entries = await Promise.all(articles.slice(0, FEED_SIZE).map((article) => entryOf(article, site)));
  const home = siteUrl(site, '/');
  // The feed changed when its newest entry did: never the build time, so builds are reproducible.
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), '1970-01-01T00:00:00Z');
  const atom: AtomFeed = {
    id: feedId(site, '/', '2000-01-01'),
    title: site.title,
    subtitle: site.description,
    selfUrl: siteUrl(site, '/feed.xml'),
    homeUrl: home,
    lang: site.lang,
    updated,
    entries,
  };
  const json: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: home,
    feed_url: siteUrl(site, '/feed.json'),
    description: site.description,
    language: site.lang,
    authors: [{ name: site.title }],
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      ...(entry.sourceUrl ? { external_url: entry.sourceUrl } : {}),
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: entry.published,
      date_modified: entry.updated,
      ...(entry.authors.length > 0 ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      ...(entry.categories.length > 0 ? { tags: entry.categories } : {}),
      language: entry.lang,
    })),
  };
  return { atom, json };
}
