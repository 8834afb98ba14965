/**
 * Lay out: what the templates receive. Computed here in TypeScript, in time
 * that grows about linearly with the archive, so the templates hold markup
 * only. This module assembles it — the home pages, the quotes by speaker,
 * the feeds, the sitemap and the search languages — from the parts made
 * beside it: the taxonomy and term pages (taxonomyPages.ts), the article
 * pages (articlePages.ts) and the date pages (dateArchive.ts).
 */
import type { Archive } from '../loadArchive.ts';
import { indexLanguage, type Article } from '../model/article.ts';
import { site, type SiteSettings } from '../site.ts';
import { relatedMemo, type RelatedMemo } from '../taxonomy/related.ts';
import { buildTaxonomies, termSlug, type SlugCollision } from '../taxonomy/terms.ts';
import { articlePages, type ArticlePage, type KeptArticlePage } from './articlePages.ts';
import { buildDateArchive, dateArchiveMemo, type DateArchiveMemo, type DayPage, type MonthPage, type YearPage } from './dateArchive.ts';
import { buildFeeds, type AtomFeed, type JsonFeed } from './feeds.ts';
import { frontPage, type FrontPage } from './frontPage.ts';
import { paginate, type Page } from './paginate.ts';
import { sameItems } from '../util/sameItems.ts';
import { articleChanges, type ArticleChanges } from './articleChanges.ts';
import { profileMemo, type ProfileMemo } from './profiles.ts';
import { paginateQuotes, quotesBySpeaker, type QuotePage, type QuoteRefMemo, type SpeakerQuotes } from './quotes.ts';
import { lastModified, newest, SitemapBuilder, sitemapParts, type SitemapEntry, type SitemapPart } from './sitemap.ts';
import { taxonomyPages, type KeptTerm, type TaxonomyIndex, type TermPage } from './taxonomyPages.ts';

export interface HomePage extends Page<Article> {
  /** The first page's lead story, headlines and sections (the front page), on the page itself so a preview that re-lays out changed pages sees it change. */
  front?: FrontPage;
}

export interface SiteData {
  /** The languages the search index is split into (src/model/article.ts indexLanguage), most articles first. */
  searchLanguages: string[];
  /** Published articles, newest first. */
  articles: Article[];
  homePages: HomePage[];
  articlePages: ArticlePage[];
  taxonomies: TaxonomyIndex[];
  termPages: TermPage[];
  years: YearPage[];
  months: MonthPage[];
  days: DayPage[];
  quotes: SpeakerQuotes[];
  /** `/quotes/`, `/quotes/page/2/` …: the quotes by speaker, sorted by surname. */
  quotePages: QuotePage[];
  quoteCount: number;
  atom: AtomFeed;
  jsonFeed: JsonFeed;
  sitemap: SitemapEntry[];
  /** Empty while the sitemap fits in one file; else the files `/sitemap.xml` indexes. */
  sitemapParts: SitemapPart[];
  /** Names that share a slug, and so a page. */
  collisions: SlugCollision[];
}

/** Pages that are not made from data (templates/about.md, templates/search.njk). */
const STATIC_PAGES = ['/about/', '/search/'];

export interface SiteDataOptions {
  /** The site settings (src/site.ts); the preview's when not given. */
  site?: SiteSettings;
  /** URLs per sitemap file before `/sitemap.xml` becomes an index (the protocol's 50,000). */
  sitemapLimit?: number;
  /** Quotes per page of `/quotes/`. */
  quotesPerPage?: number;
  /** What the previous site data kept (`npm start` holds it between updates), so unchanged parts are taken, not computed again. */
  memo?: SiteDataMemo;
}

/**
 * The parts of the site data that cost most at 10k (related articles, term profiles, quote links), kept
 * between updates by `npm start`: each is reused only while what it is made of is the same (the same
 * article objects: src/loadArchive.ts keeps them for unchanged files), so the result equals a site data
 * made from nothing (tests/layout/siteDataMemo.test.ts).
 */
export interface SiteDataMemo {
  related: RelatedMemo;
  profiles: ProfileMemo;
  /** Absent in a build (its articles are new objects each time). */
  quoteRefs?: QuoteRefMemo;
  /**
   * The last site data's pages, by URL, each taken again (the same object) while what it is made of is the
   * same: an edit makes the pages it can change, and every other page's fingerprint is a comparison by
   * identity (src/pipeline/changedPages.ts `sameData`). A build's memo is new each time: nothing is taken.
   */
  pages: KeptPages;
  /** The articles of the last site data: what an edit's articles are compared with (`articleChanges`), and their count by search language. */
  articles?: readonly Article[];
  languages?: Map<string, number>;
}

export interface KeptPages {
  dates: DateArchiveMemo;
  articlePages: Map<string, KeptArticlePage>;
  homePages: Map<string, HomePage>;
  /** Per term URL. */
  terms: Map<string, KeptTerm>;
  /** Per speaker id (quotes.ts). */
  speakers: Map<string, SpeakerQuotes>;
}

export function keptPages(): KeptPages {
  return { dates: dateArchiveMemo(), articlePages: new Map(), homePages: new Map(), terms: new Map(), speakers: new Map() };
}

export function siteDataMemo(): SiteDataMemo {
  return { related: relatedMemo(), profiles: profileMemo(undefined, true), quoteRefs: new WeakMap(), pages: keptPages() };
}

/**
 * Counted here so the search page shows its language choice from the first paint, not once the index says.
 * `kept`: the last site data's counts, updated by what left and joined (`npm start`); in place.
 */
function searchLanguages(articles: readonly Article[], kept?: { counts: Map<string, number>; changes: ArticleChanges }): { languages: string[]; counts: Map<string, number> } {
  const counts = kept?.counts ?? new Map<string, number>();
  const count = (article: Article, by: number): void => {
    const lang = indexLanguage(article);
    const n = (counts.get(lang) ?? 0) + by;
    if (n === 0) counts.delete(lang);
    else counts.set(lang, n);
  };
  if (kept) {
    for (const article of kept.changes.gone) count(article, -1);
    for (const article of kept.changes.added) count(article, 1);
  } else {
    for (const article of articles) count(article, 1);
  }
  return { languages: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([lang]) => lang), counts };
}

export async function siteData(archive: Pick<Archive, 'articles' | 'taxonomies'>, options: SiteDataOptions & { site: SiteSettings }): Promise<SiteData> {
  const articles = archive.articles;
  const memo = options.memo ?? siteDataMemo();
  // What left and joined since the memo's last site data (`npm start`'s; a build's memo has none).
  const changes = memo.articles ? articleChanges(memo.articles, articles) : undefined;
  const kept = memo.pages;
  const next = keptPages();
  // The sitemap protocol wants absolute URLs: without a base URL there is no sitemap.xml (and nothing to add to it).
  const sitemap = options.site.url === undefined ? undefined : new SitemapBuilder(options.site);
  // Asked for the sitemap only (the preview has none).
  let newestKnown: string | undefined;
  const newestOfAll = (): string => (newestKnown ??= newest(articles));
  const addToSitemap = (url: string, lastmod: () => string): void => sitemap?.add(url, lastmod());

  const homePages: HomePage[] = paginate(articles, site.pageSize, '/').map((page) => {
    const before = kept.homePages.get(page.url);
    // The first page's front page is made anew below.
    const same = before && page.number > 1 && before.count === page.count && sameItems(before.items, page.items) ? before : page;
    next.homePages.set(page.url, same);
    return same;
  });
  for (const page of homePages) addToSitemap(page.url, () => newest(page.items));

  const { taxonomies, collisions } = archive.taxonomies ?? buildTaxonomies(articles);
  if (homePages[0]) homePages[0].front = frontPage(homePages[0].items, articles, taxonomies);
  const byKey = new Map(taxonomies.map((taxonomy) => [taxonomy.key, taxonomy]));
  const quotes = quotesBySpeaker(byKey.get('people')?.terms ?? [], articles, termSlug, memo.quoteRefs, { kept: kept.speakers, next: next.speakers, ...(changes ? { changes } : {}) });
  const quotesByUrl = new Map(quotes.flatMap((group) => (group.url ? [[group.url, group.quotes] as const] : [])));

  const byTaxonomy = taxonomyPages(taxonomies, { quotesByUrl, profiles: memo.profiles, changes, kept: kept.terms, next: next.terms });
  for (const { index, pages } of byTaxonomy) {
    addToSitemap(index.url, newestOfAll);
    for (const page of pages) addToSitemap(page.url, () => newest(page.items));
  }

  const articlePageList = articlePages(articles, { outlets: byKey.get('sources')?.terms ?? [], related: memo.related, kept: kept.articlePages, next: next.articlePages });
  for (const article of articles) addToSitemap(article.url, () => lastModified(article));

  const { years, months, days } = buildDateArchive(articles, kept.dates);
  next.dates = kept.dates;
  for (const page of [...years, ...months, ...days]) addToSitemap(page.url, () => page.lastmod);
  const quotePages = paginateQuotes(quotes, options.quotesPerPage);
  for (const page of quotePages) addToSitemap(page.url, () => newest(page.groups.flatMap((group) => group.quotes.map((quote) => quote.article))) || newestOfAll());
  for (const url of STATIC_PAGES) addToSitemap(url, newestOfAll);

  const feeds = await buildFeeds(articles, options.site);
  const languages = searchLanguages(articles, changes && memo.languages ? { counts: memo.languages, changes } : undefined);
  memo.pages = next;
  memo.articles = articles;
  memo.languages = languages.counts;
  const sitemapEntries = sitemap?.entries() ?? [];
  return {
    searchLanguages: languages.languages,
    articles,
    homePages,
    articlePages: articlePageList,
    taxonomies: byTaxonomy.map(({ index }) => index),
    termPages: byTaxonomy.flatMap(({ pages }) => pages),
    years,
    months,
    days,
    quotes,
    quotePages,
    quoteCount: quotes.reduce((sum, group) => sum + group.quotes.length, 0),
    atom: feeds.atom,
    jsonFeed: feeds.json,
    sitemap: sitemapEntries,
    sitemapParts: options.site.url === undefined ? [] : sitemapParts(sitemapEntries, options.site.url, options.sitemapLimit),
    collisions,
  };
}
