/**
 * Lay out: what the templates receive. Computed here in TypeScript, in time
 * that grows about linearly with the archive, so the templates hold markup
 * only: the pages of the home page, of every term and of every date, each
 * article's neighbours and related articles, the quotes by speaker, the
 * feeds and the sitemap.
 */
import type { Archive } from '../loadArchive.ts';
import { indexLanguage, type Article } from '../model/article.ts';
import { dayUrl, monthUrl, yearUrl } from '../model/urls.ts';
import { site, type SiteSettings } from '../site.ts';
import { nearestInList, relatedArticles, relatedMemo, type RelatedMemo } from '../taxonomy/related.ts';
import { buildTaxonomies, termSlug, type SlugCollision, type TaxonomyKey, type Term } from '../taxonomy/terms.ts';
import { MONTH_NAMES } from '../model/dates.ts';
import { buildDateArchive, dateArchiveMemo, lastModified, newest, type DateArchiveMemo, type DayPage, type Link, type MonthPage, type YearPage } from './dateArchive.ts';
import { buildFeeds, type AtomFeed, type JsonFeed } from './feeds.ts';
import { frontPage, type FrontPage } from './frontPage.ts';
import { paginate, type Page } from './paginate.ts';
import { sameItems } from '../util/sameItems.ts';
import { articleChanges, type ArticleChanges } from './articleChanges.ts';
import { ProfileMaker, profileMemo, type ProfileMemo, type TermIndex, type TermProfile } from './profiles.ts';
import { paginateQuotes, quotesBySpeaker, type QuotePage, type QuoteRef, type QuoteRefMemo, type SpeakerQuotes } from './quotes.ts';
import { SitemapBuilder, sitemapParts, type SitemapEntry, type SitemapPart } from './sitemap.ts';

export interface ArticlePage {
  article: Article;
  /** Older, by date. */
  previous?: Article;
  /** Newer, by date. */
  next?: Article;
  related: Article[];
  source: Link;
  moreFromSource: Article[];
  /** Home › year › month › day (the article itself is the current page). */
  breadcrumbs: Link[];
}

export interface HomePage extends Page<Article> {
  /** The first page's lead story, headlines and sections (the front page), on the page itself so a preview that re-lays out changed pages sees it change. */
  front?: FrontPage;
}

export interface TaxonomyInfo {
  key: TaxonomyKey;
  title: string;
  singular: string;
  description: string;
  url: string;
}

export interface TermSummary {
  name: string;
  url: string;
  count: number;
  variants: string[];
}

export interface TaxonomyIndex extends TaxonomyInfo {
  termCount: number;
  /** Long lists get letter headings and a jump list; short ones are one list. */
  byLetter: boolean;
  /** Terms grouped by the first character of their slug (a–z, 0–9). */
  groups: { letter: string; id: string; terms: TermSummary[] }[];
}

export interface TermPage extends Page<Article> {
  taxonomy: TaxonomyInfo;
  term: TermSummary;
  /** A person's quotes, on the first page of their term only. */
  quotes: QuoteRef[];
  /** The facts of the term, on its first page only. */
  profile?: TermProfile;
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

export const TAXONOMY_INFO: Record<TaxonomyKey, TaxonomyInfo> = {
  sources: {
    key: 'sources',
    title: 'Sources',
    singular: 'Source',
    description: 'The outlets that published the copies, and the wire agencies they came from.',
    url: '/sources/',
  },
  places: { key: 'places', title: 'Places', singular: 'Place', description: 'Where the articles were filed, from their datelines.', url: '/places/' },
  people: {
    key: 'people',
    title: 'People',
    singular: 'Person',
    description: 'People quoted in the articles, and people the articles are about.',
    url: '/people/',
  },
  topics: { key: 'topics', title: 'Topics', singular: 'Topic', description: 'What the articles are about.', url: '/topics/' },
};

/** From how many terms an index page is split by first letter. */
const LETTER_GROUPS_FROM = 40;

/** Pages that are not made from data (templates/about.md, templates/search.njk). */
const STATIC_PAGES = ['/about/', '/search/'];

function summaryOf(term: Term): TermSummary {
  return { name: term.name, url: term.url, count: term.articles.length, variants: term.variants };
}

function groupByLetter(terms: readonly Term[], summary: (term: Term) => TermSummary): TaxonomyIndex['groups'] {
  const groups: TaxonomyIndex['groups'] = [];
  const byLetter = new Map<string, TermSummary[]>();
  for (const term of terms) {
    const letter = term.slug.charAt(0);
    let list = byLetter.get(letter);
    if (!list) {
      byLetter.set(letter, (list = []));
      groups.push({ letter: letter.toUpperCase(), id: `letter-${letter}`, terms: list });
    }
    list.push(summary(term));
  }
  return groups.sort((a, b) => (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0));
}

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
  /** With the outlet term the page's source and "more from" were made of. */
  articlePages: Map<string, { page: ArticlePage; outlet: Term }>;
  homePages: Map<string, HomePage>;
  /** Per term URL: its summary, what its pages were made of, and the pages. */
  terms: Map<string, { summary: TermSummary; articles: readonly Article[]; quotes: readonly QuoteRef[]; profile: TermProfile | undefined; pages: TermPage[] }>;
  /** Per speaker id (quotes.ts). */
  speakers: Map<string, SpeakerQuotes>;
}

export function keptPages(): KeptPages {
  return { dates: dateArchiveMemo(), articlePages: new Map(), homePages: new Map(), terms: new Map(), speakers: new Map() };
}

export function siteDataMemo(): SiteDataMemo {
  return { related: relatedMemo(), profiles: profileMemo(undefined, true), quoteRefs: new WeakMap(), pages: keptPages() };
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/** The kept summary of a term while its name, page, count and spellings are the same. */
function summaryFor(term: Term, kept: TermSummary | undefined): TermSummary {
  return kept && kept.name === term.name && kept.url === term.url && kept.count === term.articles.length && sameStrings(kept.variants, term.variants) ? kept : summaryOf(term);
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
  const quotesBySlug = new Map(quotes.flatMap((group) => (group.url ? [[group.url, group.quotes] as const] : [])));

  const termIndex: TermIndex = new Map(taxonomies.map((taxonomy) => [taxonomy.key, new Map(taxonomy.terms.map((term) => [term.slug, term]))]));
  const profiles = new ProfileMaker(memo.profiles, termIndex, changes);
  const taxonomyIndexes: TaxonomyIndex[] = [];
  const termPages: TermPage[] = [];
  for (const taxonomy of taxonomies) {
    const info = TAXONOMY_INFO[taxonomy.key];
    const byLetter = taxonomy.terms.length > LETTER_GROUPS_FROM;
    const summaries = new Map(taxonomy.terms.map((term) => [term, summaryFor(term, kept.terms.get(term.url)?.summary)]));
    const summary = (term: Term): TermSummary => summaries.get(term)!;
    const groups = byLetter ? groupByLetter(taxonomy.terms, summary) : [{ letter: '', id: 'terms', terms: taxonomy.terms.map(summary) }];
    taxonomyIndexes.push({ ...info, termCount: taxonomy.terms.length, byLetter, groups });
    addToSitemap(info.url, newestOfAll);
    for (const term of taxonomy.terms) {
      const termSummary = summary(term);
      const quotes = taxonomy.key === 'people' ? (quotesBySlug.get(term.url) ?? []) : [];
      const profile = term.articles.length > 0 ? profiles.profile(taxonomy.key, term) : undefined;
      const before = kept.terms.get(term.url);
      // The same summary, articles, quotes and profile: the same pages.
      const pages =
        before && before.summary === termSummary && before.profile === profile && sameItems(before.articles, term.articles) && sameItems(before.quotes, quotes)
          ? before.pages
          : paginate(term.articles, site.pageSize, term.url).map((page): TermPage => {
              const first = page.number === 1;
              return { ...page, taxonomy: info, term: termSummary, quotes: first ? quotes : [], ...(first && profile ? { profile } : {}) };
            });
      next.terms.set(term.url, { summary: termSummary, articles: term.articles, quotes, profile, pages });
      for (const page of pages) {
        termPages.push(page);
        addToSitemap(page.url, () => newest(page.items));
      }
    }
  }

  profiles.done();

  // Article pages: neighbours by date, related articles, more from the same outlet.
  const related = relatedArticles(articles, {}, memo.related);
  const outlets = new Map((byKey.get('sources')?.terms ?? []).map((term) => [term.slug, term]));
  // Where each article stands in its outlet's list, made for the outlets whose pages are made again only.
  const positions = new Map<Term, Map<Article, number>>();
  const positionIn = (term: Term, article: Article): number => {
    let position = positions.get(term);
    if (!position) positions.set(term, (position = new Map(term.articles.map((entry, index) => [entry, index]))));
    return position.get(article) ?? 0;
  };
  const articlePages = articles.map((article, index): ArticlePage => {
    const outlet = outlets.get(termSlug(article.source.outlet))!;
    const previous = articles[index + 1];
    const newer = articles[index - 1];
    addToSitemap(article.url, () => lastModified(article));
    const relatedList = related[index] ?? [];
    const before = kept.articlePages.get(article.url);
    // Its breadcrumbs are made of the article alone; "more from the source" of its place in the same outlet list (the same term object).
    if (
      before &&
      before.page.article === article &&
      before.page.previous === previous &&
      before.page.next === newer &&
      before.outlet === outlet &&
      sameItems(before.page.related, relatedList)
    ) {
      next.articlePages.set(article.url, before);
      return before.page;
    }
    const moreFromSource = nearestInList(outlet.articles, positionIn(outlet, article), 5);
    const page: ArticlePage = {
      article,
      ...(previous ? { previous } : {}),
      ...(newer ? { next: newer } : {}),
      related: relatedList,
      source: { label: outlet.name, url: outlet.url },
      moreFromSource,
      breadcrumbs: [
        { label: 'Home', url: '/' },
        { label: article.year, url: yearUrl(article.year) },
        { label: MONTH_NAMES[Number(article.month) - 1] ?? article.month, url: monthUrl(article.year, article.month) },
        { label: String(Number(article.day)), url: dayUrl(article.year, article.month, article.day) },
      ],
    };
    next.articlePages.set(article.url, { page, outlet });
    return page;
  });

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
    articlePages,
    taxonomies: taxonomyIndexes,
    termPages,
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
