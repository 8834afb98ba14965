/**
 * Taxonomies: the sources, places, people and topics of the archive, each
 * term with its articles (newest first) and its permanent page URL.
 *
 * A term's URL comes from `slugify()` of its name alone, so it never depends
 * on the rest of the archive. Two spellings that slugify alike (`Zoé Ćosić`,
 * `Zoe Cosic`) are one page — almost always the same name written two ways —
 * shown under the more frequent spelling, and reported as a collision so an
 * editor can make the spelling consistent. Nothing is lost and no URL moves.
 */
import type { Article } from '../model/article.ts';
import { slugify } from '../model/slug.ts';
import { taxonomyUrl, termPageUrl } from '../model/urls.ts';
import { foldName } from '../text/normalizeText.ts';

export type TaxonomyKey = 'sources' | 'places' | 'people' | 'topics';

export const TAXONOMY_KEYS: readonly TaxonomyKey[] = ['sources', 'places', 'people', 'topics'];

export interface Term {
  /** The name shown: the most frequent spelling. */
  name: string;
  slug: string;
  /** `/people/zoe-cosic/` */
  url: string;
  /** Other spellings merged into this term, if any. */
  variants: string[];
  /** Newest first. */
  articles: Article[];
}

export interface Taxonomy {
  key: TaxonomyKey;
  /** `/topics/` */
  url: string;
  /** Sorted by name. */
  terms: Term[];
}

export interface SlugCollision {
  taxonomy: TaxonomyKey;
  slug: string;
  /** The shared page; when the names got different pages (`Zürich` → zuerich, `Zurich` → zurich), each page. */
  url: string;
  /** False when the names differ only in case or accents but slugify to different pages. */
  shared: boolean;
  urls: string[];
  /** Every spelling, most frequent first. */
  names: string[];
  /** A few files per spelling, to say where to look. */
  files: Record<string, string[]>;
}

/** The names an article files under a taxonomy (may repeat; deduplicated by slug later). */
export function namesOf(article: Article, key: TaxonomyKey): string[] {
  switch (key) {
    case 'sources':
      return article.source.agency ? [article.source.outlet, article.source.agency] : [article.source.outlet];
    case 'places':
      return article.dateline ? [article.dateline.place] : [];
    case 'people':
      return [...article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])), ...article.people];
    case 'topics':
      return article.tags;
  }
}

const slugCache = new Map<string, string>();

/** The slug of a term name (memoised: the same names recur across the archive). */
export function termSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    if (slugCache.size > 200_000) slugCache.clear();
    slugCache.set(name, slug);
  }
  return slug;
}

export function termUrl(key: TaxonomyKey, name: string): string {
  return termPageUrl(key, termSlug(name));
}

interface Bucket {
  slug: string;
  spellings: Map<string, { count: number; files: string[] }>;
  articles: Article[];
}

const FILES_PER_SPELLING = 3;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders names as a reader looks them up; code points break ties, so the order is total. */
export function byName(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function nonAscii(text: string): number {
  let count = 0;
  for (const char of text) if (char.charCodeAt(0) > 127) count++;
  return count;
}

/** Most frequent spelling first; on a tie the one with more accents (usually the careful one), then code points. */
function bySpelling(a: [string, { count: number }], b: [string, { count: number }]): number {
  return b[1].count - a[1].count || nonAscii(b[0]) - nonAscii(a[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * Names that differ only in case or accents but still got different pages
 * (slugify transliterates `ü` as `ue`, so `Zürich` and `Zurich` part ways):
 * reported too, so an editor can choose one spelling.
 */
function separatePages(key: TaxonomyKey, buckets: Map<string, Bucket>): SlugCollision[] {
  const byFold = new Map<string, { names: string[]; buckets: Bucket[] }>();
  for (const bucket of buckets.values()) {
    for (const name of bucket.spellings.keys()) {
      const fold = foldName(name);
      let group = byFold.get(fold);
      if (!group) byFold.set(fold, (group = { names: [], buckets: [] }));
      group.names.push(name);
      if (!group.buckets.includes(bucket)) group.buckets.push(bucket);
    }
  }
  const result: SlugCollision[] = [];
  for (const group of byFold.values()) {
    if (group.buckets.length < 2) continue;
    const spellings = group.buckets.flatMap((bucket) =>
      [...bucket.spellings].filter(([name]) => group.names.includes(name)),
    ).sort(bySpelling);
    const urls = group.buckets.map((bucket) => termPageUrl(key, bucket.slug)).sort();
    result.push({
      taxonomy: key,
      slug: group.buckets[0]!.slug,
      url: urls[0]!,
      shared: false,
      urls,
      names: spellings.map(([name]) => name),
      files: Object.fromEntries(spellings.map(([name, { files }]) => [name, files])),
    });
  }
  return result;
}

/** One taxonomy, in one pass over the articles (given newest first). */
export function buildTaxonomy(articles: readonly Article[], key: TaxonomyKey): { taxonomy: Taxonomy; collisions: SlugCollision[] } {
  const buckets = new Map<string, Bucket>();
  // The slugs an article was filed under so far: a few names an article, so a list, not a Set per article (400,000 at 100k).
  const seen: string[] = [];
  for (const article of articles) {
    seen.length = 0;
    for (const name of namesOf(article, key)) {
      const slug = termSlug(name);
      let bucket = buckets.get(slug);
      if (!bucket) {
        bucket = { slug, spellings: new Map(), articles: [] };
        buckets.set(slug, bucket);
      }
      let spelling = bucket.spellings.get(name);
      if (!spelling) {
        spelling = { count: 0, files: [] };
        bucket.spellings.set(name, spelling);
      }
      if (seen.includes(slug)) continue;
      seen.push(slug);
      spelling.count++;
      if (spelling.files.length < FILES_PER_SPELLING) spelling.files.push(article.inputPath);
      bucket.articles.push(article);
    }
  }

  const terms: Term[] = [];
  const collisions: SlugCollision[] = [];
  for (const bucket of buckets.values()) {
    const spellings = [...bucket.spellings].sort(bySpelling);
    const names = spellings.map(([name]) => name);
    const url = termPageUrl(key, bucket.slug);
    terms.push({ name: names[0] ?? bucket.slug, slug: bucket.slug, url, variants: names.slice(1), articles: bucket.articles });
    if (names.length > 1) {
      collisions.push({
        taxonomy: key,
        slug: bucket.slug,
        url,
        shared: true,
        urls: [url],
        names,
        files: Object.fromEntries(spellings.map(([name, { files }]) => [name, files])),
      });
    }
  }
  terms.sort((a, b) => byName(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
  collisions.push(...separatePages(key, buckets));
  collisions.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { taxonomy: { key, url: taxonomyUrl(key), terms }, collisions };
}

export interface Taxonomies {
  taxonomies: Taxonomy[];
  collisions: SlugCollision[];
}

/**
 * What the last call made (`npm start` keeps it between updates). The taxonomies are made of every
 * article's names and file, in archive order: while those are the same (an edit of a body, a title, a
 * date within the same order) so are the terms, with the edited articles' new objects in their lists.
 */
export interface TaxonomyMemo {
  /** Article → its file and names under every taxonomy, as one string. */
  names: WeakMap<Article, string>;
  previous?: { articles: readonly Article[]; names: string[]; result: Taxonomies };
}

export function taxonomyMemo(): TaxonomyMemo {
  return { names: new WeakMap() };
}

function namesKey(article: Article, memo: TaxonomyMemo): string {
  let key = memo.names.get(article);
  if (key === undefined) memo.names.set(article, (key = JSON.stringify([article.inputPath, ...TAXONOMY_KEYS.map((taxonomy) => namesOf(article, taxonomy))])));
  return key;
}

/**
 * The previous taxonomies with some articles replaced by their new objects. An article is in the terms of
 * the slugs of its names, so only those terms are looked at: an edit costs its terms' lists, not every list.
 */
function withArticles(previous: Taxonomies, replaced: ReadonlyMap<Article, Article>): Taxonomies {
  if (replaced.size === 0) return previous;
  const taxonomies = previous.taxonomies.map((taxonomy) => {
    const slugs = new Set<string>();
    for (const old of replaced.keys()) for (const name of namesOf(old, taxonomy.key)) slugs.add(termSlug(name));
    const terms = taxonomy.terms.map((term) =>
      slugs.has(term.slug) ? { ...term, articles: term.articles.map((article) => replaced.get(article) ?? article) } : term,
    );
    return { ...taxonomy, terms };
  });
  return { taxonomies, collisions: previous.collisions };
}

export function buildTaxonomies(articles: readonly Article[], memo?: TaxonomyMemo): Taxonomies {
  if (!memo) return taxonomiesOf(articles);
  const names = articles.map((article) => namesKey(article, memo));
  const previous = memo.previous;
  let result: Taxonomies;
  if (previous && previous.names.length === names.length && names.every((key, i) => key === previous.names[i])) {
    const replaced = new Map<Article, Article>();
    articles.forEach((article, i) => {
      if (article !== previous.articles[i]) replaced.set(previous.articles[i]!, article);
    });
    result = withArticles(previous.result, replaced);
  } else {
    result = taxonomiesOf(articles);
  }
  memo.previous = { articles, names, result };
  return result;
}

function taxonomiesOf(articles: readonly Article[]): Taxonomies {
  const taxonomies: Taxonomy[] = [];
  const collisions: SlugCollision[] = [];
  for (const key of TAXONOMY_KEYS) {
    const built = buildTaxonomy(articles, key);
    taxonomies.push(built.taxonomy);
    collisions.push(...built.collisions);
  }
  return { taxonomies, collisions };
}
