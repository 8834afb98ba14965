/**
 * A build split across CI runners (`npm run build -- --part K/N`): which
 * share of the site part K of N lays out and indexes, and which article
 * bodies it must render for that. Every part loads and validates the whole
 * archive (listings, taxonomies, feeds and the sitemap need every article's
 * frontmatter); the join (joinParts.ts) puts the parts together.
 *
 * Shares are the search shards (src/searchIndex/searchShards.ts: runs of
 * whole years, oldest first), each given, oldest first, to the part with
 * the fewest articles so far (the lowest-numbered on a tie). A shard's part
 * depends only on the sizes of the shards up to it, so articles added to
 * the newest year never move an older shard to another part; an article
 * added to or removed from an old year can move that shard and the newer
 * ones. Article pages follow their shard. A page that lists articles (home
 * pages, days, months, years, terms) goes to the part of its newest
 * article; the pages that list none (the taxonomy indexes, the quote pages)
 * to a part by a hash of their URL; the pages that are not paginated (feeds,
 * sitemap, search, about, 404), the fonts, scripts and public/ to part 1.
 * So no two parts write the same file.
 *
 * A part renders the bodies of its own articles, and part 1 those the feeds
 * carry in full. Its listings also show summaries of other parts' articles
 * (an article without a frontmatter summary is summarised by its first
 * paragraph): those it takes from the body's first blocks alone
 * (partSummary.ts), or renders whole when that cannot tell.
 */
import { createHash } from 'node:crypto';
import { emptyPass, PAGINATED, type LayoutPass, type Paginated } from '../layout/layoutPasses.ts';
import type { SiteData } from '../layout/siteData.ts';
import { FEED_SIZE } from '../layout/feeds.ts';
import type { Article } from '../model/article.ts';
import { planSearchShards, type SearchShard } from '../searchIndex/searchShards.ts';

export interface PartSpec {
  /** 1-based. */
  k: number;
  n: number;
}

/** `2/3` → { k: 2, n: 3 }. */
export function parsePart(text: string): PartSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || n < 1 || k < 1 || k > n) {
    throw new Error(`--part ${text}: Unexpected part, expected K/N with 1 ≤ K ≤ N (e.g. --part 2/3)`);
  }
  return { k, n };
}

/** Shard id → its part (1-based): greedy, oldest first, to the least loaded part. */
export function assignShards(shards: readonly SearchShard[], n: number): Map<string, number> {
  const load = new Array<number>(n).fill(0);
  const parts = new Map<string, number>();
  for (const shard of shards) {
    let best = 0;
    for (let part = 1; part < n; part++) if (load[part]! < load[best]!) best = part;
    load[best]! += shard.articles.length;
    parts.set(shard.id, best + 1);
  }
  return parts;
}

/** A part by the hash of a page's URL, for pages that list no articles. */
export function partOfUrl(url: string, n: number): number {
  return (createHash('sha1').update(url).digest().readUInt32BE(0) % n) + 1;
}

export interface PartPlan {
  spec: PartSpec;
  /** Every shard of the archive, oldest first (as the one-machine build plans them). */
  shards: SearchShard[];
  /** Shard id → part. */
  shardPart: Map<string, number>;
  /** Article URL → part. */
  articlePart: Map<string, number>;
}

export function planParts(articles: readonly Article[], spec: PartSpec, maxShardArticles: number): PartPlan {
  const shards = planSearchShards(articles, maxShardArticles);
  const shardPart = assignShards(shards, spec.n);
  const articlePart = new Map<string, number>();
  for (const shard of shards) for (const article of shard.articles) articlePart.set(article.url, shardPart.get(shard.id)!);
  return { spec, shards, shardPart, articlePart };
}

/** The shards part K indexes. */
export function ownShards(plan: PartPlan): SearchShard[] {
  return plan.shards.filter((shard) => plan.shardPart.get(shard.id) === plan.spec.k);
}

/** The articles a page lists, newest first, or none (taxonomy indexes, quote pages). */
function listed(key: Paginated, item: unknown): readonly Article[] {
  switch (key) {
    case 'articlePages':
      return [(item as SiteData['articlePages'][number]).article];
    case 'homePages':
    case 'termPages':
      return (item as SiteData['homePages'][number]).items;
    case 'days':
      return (item as SiteData['days'][number]).articles;
    case 'months':
      return (item as SiteData['months'][number]).days.flatMap((day) => day.articles);
    case 'years':
      return (item as SiteData['years'][number]).months.flatMap((month) => month.latest);
    case 'taxonomies':
    case 'quotePages':
      return [];
  }
}

/** The part that lays out one page. */
function partOfPage(plan: PartPlan, key: Paginated, item: unknown, newestOfYear: ReadonlyMap<string, Article>): number {
  // A year's page lists its months' latest; its newest article is the year's.
  const newest = key === 'years' ? newestOfYear.get((item as SiteData['years'][number]).year) : newestOf(listed(key, item));
  const part = newest && plan.articlePart.get(newest.url);
  return part ?? partOfUrl((item as { url?: string }).url ?? (item as SiteData['articlePages'][number]).article.url, plan.spec.n);
}

function newestOf(articles: readonly Article[]): Article | undefined {
  let newest: Article | undefined;
  for (const article of articles) if (!newest || article.date > newest.date) newest = article;
  return newest;
}

/** The pages of `data` that part K lays out, as one pass (the first pass of part 1 also writes the unpaginated pages and assets). */
export function partPages(plan: PartPlan, data: SiteData): LayoutPass {
  const newestOfYear = new Map<string, Article>();
  // Newest first: the first article seen of a year is its newest.
  for (const article of data.articles) if (!newestOfYear.has(article.year)) newestOfYear.set(article.year, article);
  const pass = emptyPass(plan.spec.k === 1);
  for (const key of PAGINATED) {
    const items: readonly unknown[] = data[key];
    (pass[key] as unknown[]) = items.filter((item) => partOfPage(plan, key, item, newestOfYear) === plan.spec.k);
  }
  return pass;
}

/**
 * The URLs of the articles part K renders — its own, and for part 1 the
 * feeds' entries (carried in full) — and of those whose summary alone its
 * home, day and term pages show (src/pipeline/partSummary.ts).
 */
export function articlesToRender(plan: PartPlan, data: SiteData, pass: LayoutPass): { render: Set<string>; summarize: Set<string> } {
  const render = new Set<string>();
  for (const [url, part] of plan.articlePart) if (part === plan.spec.k) render.add(url);
  if (pass.first) for (const article of data.articles.slice(0, FEED_SIZE)) render.add(article.url);
  const summarize = new Set<string>();
  const teasers = [...pass.homePages.flatMap((page) => page.items), ...pass.days.flatMap((day) => day.articles), ...pass.termPages.flatMap((page) => page.items)];
  for (const article of teasers) if (!render.has(article.url)) summarize.add(article.url);
  return { render, summarize };
}
