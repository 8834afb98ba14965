/**
 * `npm start`: which pages an edit changed. Every page is made from one item
 * of a paginated collection (layoutPasses.ts) plus what every page shows (the
 * footer's years); the unpaginated pages (feeds, sitemap, quotes, search)
 * from the rest of the site data. Fingerprints of each, before and after the
 * edit, give the layout pass that rewrites exactly the pages that differ.
 */
import { emptyPass, PAGINATED, wholeArchivePass, type LayoutPass, type Paginated } from '../layout/layoutPasses.ts';
import type { QuotePage } from '../layout/quotes.ts';
import type { SiteData } from '../layout/siteData.ts';
import type { Article } from '../model/article.ts';
import type { KeptPrint } from './keptPrints.ts';
import { articleDigest, dataDigest as digest, htmlDigest } from './bodyDigests.ts';

export interface LayoutFingerprint {
  /** What every page shows. */
  everywhere: string;
  /** What only the unpaginated pages show. */
  unpaginated: string;
  /** Per collection: page URL → fingerprint of its item. */
  pages: Record<Paginated, Map<string, string>>;
  /** The parts `unpaginated` is made of (feeds, sitemap, each speaker's quotes …), by name. */
  parts: Map<string, string>;
}

export interface PageChanges {
  pass: LayoutPass;
  /** Everything is laid out again (what every page shows changed). */
  whole: boolean;
  /** URLs of pages that are gone (an article deleted or renamed). */
  removed: string[];
  /** How many pages the pass lays out. */
  pages: number;
}

/**
 * What one fingerprint keeps for the next (`npm start` holds it between updates): the digest of each
 * article, and each page's item with its fingerprint. An article is not changed in place once loaded
 * (src/loadArchive.ts keeps the same object for an unchanged file), so an item made of the same articles
 * and equal values has the same fingerprint: it is compared, not serialised and hashed again.
 */
export interface FingerprintMemo {
  /** Article → digest of everything but its body (what listings show of it). */
  articles: WeakMap<object, string>;
  /** Article → digest of its body (what its own page shows besides); a build's come from the build state (storedBodies.ts), most bodies unread. */
  bodies: WeakMap<object, string>;
  /** The previous fingerprint's items, by collection and page URL. */
  items?: Record<Paginated, Map<string, { item: unknown; fingerprint: string }>>;
  /** The previous fingerprint's parts of the unpaginated pages' data (feeds, sitemap, each speaker's quotes …). */
  unpaginated?: Map<string, { value: unknown; fingerprint: string }>;
  /** A build's: the fingerprints its layout state vouches for (keptPrints.ts), taken without hashing the item. */
  kept?: KeptPrint;
}

export function fingerprintMemo(): FingerprintMemo {
  return { articles: new WeakMap(), bodies: new WeakMap() };
}

/**
 * An item's data with every article replaced by its fingerprint: articles are
 * most of the data and appear in many items, so each is hashed once. An
 * article's body appears on its own page only (the
 * article page, src/layout/pages/articlePage.ts); listings, neighbours and related articles show its title,
 * summary and date, so a body edit must not touch them.
 */
function canonical(value: unknown, memo: FingerprintMemo, own?: Article): unknown {
  if (value === null || typeof value !== 'object') return value;
  const article = memo.articles.get(value);
  if (article !== undefined) return value === own ? [article, bodyDigest(own, memo)] : article;
  if (Array.isArray(value)) return value.map((item: unknown) => canonical(item, memo, own));
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) result[key] = canonical(field, memo, own);
  return result;
}

function bodyDigest(article: Article, memo: FingerprintMemo): string {
  let body = memo.bodies.get(article);
  if (body === undefined) memo.bodies.set(article, (body = htmlDigest(article.html)));
  return body;
}

const PLAIN = [Object.prototype, Array.prototype, null];

/**
 * Whether two values have the same canonical form, so the same fingerprint: articles by identity (an
 * article is never changed in place), everything else by value, keys in the same order (they are
 * serialised in order). Anything but plain objects, arrays and primitives counts as different.
 */
export function sameData(a: unknown, b: unknown, articles: WeakMap<object, string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (articles.has(a) || articles.has(b)) return false;
  const prototype = Object.getPrototypeOf(a) as unknown;
  if (prototype !== Object.getPrototypeOf(b) || !PLAIN.includes(prototype as object | null)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i], articles)) return false;
    return true;
  }
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== otherKeys[i] || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], articles)) return false;
  }
  return true;
}

/** Every item's page URL: articles carry it on `entry.article`, the rest on themselves. */
export function urlOf(key: Paginated, item: unknown): string {
  if (key === 'articlePages') return (item as SiteData['articlePages'][number]).article.url;
  return (item as { url: string }).url;
}

/**
 * Every page's fingerprint. With the memo of the previous one (the preview's), an item equal to the one
 * its page had keeps its fingerprint; only the others are serialised and hashed: the cost follows the
 * pages an edit changed, not the archive (issue 11). The memo is updated for the next call.
 */
export function fingerprint(data: SiteData, memo: FingerprintMemo = fingerprintMemo()): LayoutFingerprint {
  for (const article of data.articles) {
    if (!memo.articles.has(article)) memo.articles.set(article, articleDigest(article));
  }
  // The unpaginated pages' data in parts, each compared with its previous value: an edit touches a few speakers' quotes, not all.
  // The parts without articles in them are hashed as they are.
  const parts: [string, unknown, boolean][] = [
    ['atom', data.atom, true],
    ['json', data.jsonFeed, true],
    ['sitemap', data.sitemap, false],
    ['sitemapParts', data.sitemapParts, false],
    ...data.quotes.map((group): [string, unknown, boolean] => [quotePart(group.id), group, true]),
    ['quoteCount', data.quoteCount, false],
    ['searchLanguages', data.searchLanguages, false],
  ];
  const beforeParts = memo.unpaginated;
  const unpaginated = (memo.unpaginated = new Map());
  const partPrints = new Map<string, string>();
  for (const [name, value, withArticles] of parts) {
    const previous = beforeParts?.get(name);
    const print =
      memo.kept?.part(name, value) ??
      (previous && sameData(previous.value, value, memo.articles) ? previous.fingerprint : digest(withArticles ? canonical(value, memo) : value));
    unpaginated.set(name, { value, fingerprint: print });
    partPrints.set(name, print);
  }

  const wholeGroups = new Map(data.quotes.map((group) => [group.id, { length: group.quotes.length, print: partPrints.get(quotePart(group.id))! }]));
  const pages = {} as LayoutFingerprint['pages'];
  const items = {} as NonNullable<FingerprintMemo['items']>;
  for (const key of PAGINATED) {
    const before = memo.items?.[key];
    const now = (items[key] = new Map());
    const list: readonly unknown[] = data[key];
    // What a quote page shows of the whole collection (templates/_includes/pages/quotes.njk): every quote page changes with it.
    const shared = key === 'quotePages' ? [data.quoteCount, data.quotes.length] : undefined;
    const found = (pages[key] = new Map());
    for (const item of list) {
      const url = urlOf(key, item);
      const previous = before?.get(url);
      const value = shared ? [item, shared] : item;
      const print =
        memo.kept?.page(key, item, url) ??
        (previous && sameData(previous.item, value, memo.articles)
          ? previous.fingerprint
          : key === 'quotePages'
            ? digest(canonical([quotePageData(item as QuotePage, wholeGroups), shared], memo))
            : digest(canonical(value, memo, key === 'articlePages' ? (item as SiteData['articlePages'][number]).article : undefined)));
      found.set(url, print);
      now.set(url, { item: value, fingerprint: print });
    }
  }
  memo.items = items;
  return {
    everywhere: digest(data.years.map((year) => [year.url, year.year])),
    unpaginated: digest([...partPrints]),
    pages,
    parts: partPrints,
  };
}

/** The name of a speaker's quotes among the unpaginated parts. */
export function quotePart(id: string): string {
  return `quotes/${id}`;
}

/**
 * What a quote page shows, with a speaker whose quotes are all on it as their part's fingerprint (the
 * same data: name, page, id and quotes): most speakers fit on one page, so the page's quotes are not
 * serialised a second time after their parts (at 100k half a million quote links). A speaker split over
 * pages is serialised with this page's share.
 */
function quotePageData(page: QuotePage, whole: ReadonlyMap<string, { length: number; print: string }>): unknown {
  return {
    ...page,
    groups: page.groups.map((group) => {
      const all = whole.get(group.id);
      return all && !group.continued && group.quotes.length === all.length ? { whole: all.print } : group;
    }),
  };
}

/** The file a page URL is written to, relative to the site: `/2020/11/` → `2020/11/index.html`. */
export function pageFile(url: string): string {
  return `${url.replace(/^\/+/, '')}index.html`;
}

export function pageCount(pass: LayoutPass): number {
  return PAGINATED.reduce((sum, key) => sum + pass[key].length, 0);
}

/** Every page: the first layout, after a template change, or when what every page shows changed. */
export function everyPage(data: SiteData, removed: string[] = []): PageChanges {
  const pass = wholeArchivePass(data);
  return { pass, whole: true, removed, pages: pageCount(pass) };
}

export function changedPages(before: LayoutFingerprint, after: LayoutFingerprint, data: SiteData): PageChanges {
  const removed = PAGINATED.flatMap((key) => [...before.pages[key].keys()].filter((url) => !after.pages[key].has(url)));
  if (before.everywhere !== after.everywhere) return everyPage(data, removed);
  const pass = emptyPass(before.unpaginated !== after.unpaginated);
  let pages = 0;
  for (const key of PAGINATED) {
    const items: readonly unknown[] = data[key];
    const old = before.pages[key];
    const now = after.pages[key];
    // `after` has the items' pages in their order (fingerprint): walked beside them, no URL is made again.
    const walk = now.entries();
    const changed =
      now.size === items.length
        ? items.filter(() => {
            const [url, print] = walk.next().value!;
            return old.get(url) !== print;
          })
        : items.filter((item) => old.get(urlOf(key, item)) !== now.get(urlOf(key, item)));
    (pass[key] as unknown[]) = changed;
    pages += changed.length;
  }
  return { pass, whole: false, removed, pages };
}
