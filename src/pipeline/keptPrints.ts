/**
 * Page fingerprints a build takes from its layout state instead of serialising and hashing the page's
 * item again (changedPages.ts): at 100k, 159,079 items were made canonical and hashed on every build,
 * 12.8 s of a one-article build. A page's fingerprint is kept when its item is provably made of what it
 * was made of when the published site was laid out: the same articles in the same places, none of them
 * read anew since (`fresh`), so the same values. What the item shows besides articles follows from those
 * (a term's counts and profile, an article's breadcrumbs) or is checked here (neighbours, related
 * articles, the outlet's list). Every other page is fingerprinted as before; a page this cannot vouch for
 * is never kept (the edit-sequence property test compares with clean builds).
 */
import type { Paginated } from '../layout/layoutPasses.ts';
import type { ArticlePage } from '../layout/articlePages.ts';
import type { HomePage, SiteData } from '../layout/siteData.ts';
import type { TermPage } from '../layout/taxonomyPages.ts';
import { dayUrl, monthUrl, yearUrl } from '../model/urls.ts';
import type { Article } from '../model/article.ts';
import type { RelatedState } from '../taxonomy/related.ts';
import type { SpeakerQuotes } from '../layout/quotes.ts';
import { quotePart, type LayoutFingerprint } from './changedPages.ts';

/** What the published site was laid out from, as the layout state keeps it, and what changed since. */
export interface SinceLayout {
  previous: LayoutFingerprint;
  /** The related articles of that layout (positions in its article order). */
  related: RelatedState | undefined;
  /** Whether an article was read anew since that layout (or is new): its data may differ. */
  fresh: (article: Article) => boolean;
  /** URLs of the terms whose articles are those of that layout, none fresh, under the same names (profiles.ts). */
  unchangedTerms: ReadonlySet<string>;
  /** Articles per home page. */
  pageSize: number;
  /** What is published now: the articles, and the dates that have pages. */
  data: Pick<SiteData, 'articles' | 'days' | 'months' | 'years'>;
}

/** Fingerprints from the layout state, for what is known to be unchanged; undefined for the rest. */
export interface KeptPrint {
  /** A page's, by its collection, item and URL. */
  page(key: Paginated, item: unknown, url: string): string | undefined;
  /** A part of the unpaginated pages' data, by name (changedPages.ts). */
  part(name: string, value: unknown): string | undefined;
}

export function keptPrints(since: SinceLayout): KeptPrint {
  const old = since.previous.pages;
  // The layout state lists article pages in the archive order of that layout.
  const oldUrls = [...old.articlePages.keys()];
  const oldIndex = new Map(oldUrls.map((url, index) => [url, index]));
  const related = since.related?.result.length === oldUrls.length ? since.related.result : undefined;
  const { fresh, unchangedTerms } = since;
  const homeCount = old.homePages.size;
  const { articles } = since.data;
  const dates = datesTouched(oldUrls, articles, fresh);
  // A date page links the dates before and after it that have pages: the same while no date gained or lost its page.
  const sameDates = (['days', 'months', 'years'] as const).every((key) => since.data[key].length === old[key].size && since.data[key].every((page) => old[key].has(page.url)));

  /** The article at `position` of the old order is `article`, unchanged (both absent counts as the same). */
  const sameAt = (article: Article | undefined, position: number): boolean =>
    article === undefined ? oldUrls[position] === undefined : oldUrls[position] === article.url && !fresh(article);

  function sameArticlePage(page: ArticlePage): boolean {
    const at = oldIndex.get(page.article.url);
    if (at === undefined || fresh(page.article)) return false;
    if (!sameAt(page.previous, at + 1) || !sameAt(page.next, at - 1)) return false;
    const before = related?.[at];
    if (!before || before.length !== page.related.length) return false;
    for (let i = 0; i < before.length; i++) if (!sameAt(page.related[i], before[i]!)) return false;
    // The outlet's list is that of the layout: the same label, page, and nearest articles in it.
    return unchangedTerms.has(page.source.url);
  }

  function sameHomePage(page: HomePage, total: number): boolean {
    // The first page's front page draws on the whole archive.
    if (page.number === 1 || page.count !== homeCount || total !== oldUrls.length) return false;
    const start = (page.number - 1) * since.pageSize;
    return page.items.every((article, index) => sameAt(article, start + index));
  }

  return {
    page(key, item, url) {
      const print = old[key].get(url);
      if (print === undefined) return undefined;
      switch (key) {
        case 'termPages':
          return unchangedTerms.has((item as TermPage).term.url) ? print : undefined;
        case 'articlePages':
          return sameArticlePage(item as ArticlePage) ? print : undefined;
        case 'homePages':
          return sameHomePage(item as HomePage, articles.length) ? print : undefined;
        // A day's, month's or year's page shows its own articles (a year's, their counts and latest by month) and its neighbours' links.
        case 'days':
        case 'months':
        case 'years':
          return sameDates && !dates.has(url) ? print : undefined;
        default:
          return undefined;
      }
    },
    part(name, value) {
      // A speaker's quotes are those of their term's articles (a person's term lists every article quoting them), under its name.
      if (!name.startsWith(quotePart(''))) return undefined;
      const url = (value as SpeakerQuotes).url;
      return url !== undefined && unchangedTerms.has(url) ? since.previous.parts.get(name) : undefined;
    },
  };
}

/**
 * The pages of the days, months and years an article was added to, changed in or removed from since the
 * layout: the dates of the articles read anew, and of the old article pages that are gone (an article
 * URL is `/year/month/day/slug/`).
 */
function datesTouched(oldUrls: readonly string[], articles: readonly Article[], fresh: (article: Article) => boolean): Set<string> {
  const touched = new Set<string>();
  const add = (url: string): void => {
    const [, year = '', month = '', day = ''] = url.split('/');
    touched.add(dayUrl(year, month, day)).add(monthUrl(year, month)).add(yearUrl(year));
  };
  const now = new Set<string>();
  for (const article of articles) {
    now.add(article.url);
    if (fresh(article)) add(article.url);
  }
  for (const url of oldUrls) if (!now.has(url)) add(url);
  return touched;
}
