/**
 * Index: the plan of the search index's shards. Pagefind holds a whole index
 * in memory while it writes it (about 300 KB per 5 KB article, measured:
 * 3.9 GB on 10,000 articles with their quotes), so a large archive is indexed
 * as several Pagefind bundles of at most `maxArticles` articles each, one at
 * a time, which the search page merges (Pagefind's multisite search:
 * https://pagefind.app/docs/multisite/).
 *
 * Shards are runs of whole years, packed from the oldest, so that new
 * articles (the usual change) only ever touch the newest shard and the older
 * shards stay byte-identical — and cached. A year larger than a shard is
 * split by month, a month larger than a shard into runs of articles.
 * The newest shard is the primary bundle at `/pagefind/`.
 */
import type { Article } from '../model/article.ts';

export const PRIMARY_BUNDLE = '/pagefind/';
export const SHARD_BUNDLES = '/pagefind-shards/';
/**
 * Articles per shard. Pagefind needs about 400 KB per article with its quotes
 * while it writes (3.9 GB for 10,000; up to 2.2 GB for shards of 4,000 at
 * 100k, measured), on top of the build's own memory. Its time grows faster
 * than the shard (one shard of the generated 10k archive alone, 2-core
 * machine, load 1-2.4: 500 articles 1.8-3.9 s, 1,000 4.1-5.7 s, 2,000
 * 9.9-11.0 s), and an edited article re-indexes its shard: Pagefind on that
 * shard was most of a one-article build's index stage (session 5). A first
 * search reads the newest shard, and one more when it finds fewer than ten
 * hits. On the same generated 10k archive (bench/firstSearchBytes.ts,
 * Chromium, session 5), shards of 500 — every year its own shard, about 330
 * articles — against 1,000 (two or three years, 656 in the newest): "yerevan"
 * 258,728 bytes in 27 requests against 264,111 in 27, "minister" 256,676
 * against 264,475, the same 8 results. So 500 costs readers nothing and
 * re-indexes a third as much per edit; the price is files: 35,152 bundle
 * files (175 MB) against 33,546 (156 MB) at 10k, each bundle carrying
 * Pagefind's UI files. The preview uses 500 too (src/dev/devSite.ts).
 */
export const DEFAULT_SHARD_ARTICLES = 500;

export interface SearchShard {
  /** Names the span of dates: `2019`, `1995-2003`, `2004-01-2004-06`. */
  id: string;
  /** Where the bundle is served from: `/pagefind/` or `/pagefind-shards/<id>/`. */
  bundlePath: string;
  /** Oldest first. */
  articles: Article[];
}

interface Unit {
  label: string;
  articles: Article[];
}

function oldestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

function groupBy(articles: readonly Article[], keyOf: (article: Article) => string): Unit[] {
  const units: Unit[] = [];
  for (const article of articles) {
    const label = keyOf(article);
    const last = units.at(-1);
    if (last && last.label === label) last.articles.push(article);
    else units.push({ label, articles: [article] });
  }
  return units;
}

/** Years; a year too big for a shard becomes months; a month too big, runs of articles. */
function units(sorted: readonly Article[], maxArticles: number): Unit[] {
  return groupBy(sorted, (a) => a.year).flatMap((year) => {
    if (year.articles.length <= maxArticles) return [year];
    return groupBy(year.articles, (a) => `${a.year}-${a.month}`).flatMap((month) => {
      if (month.articles.length <= maxArticles) return [month];
      const runs: Unit[] = [];
      for (let start = 0; start < month.articles.length; start += maxArticles) {
        runs.push({ label: `${month.label}-${runs.length + 1}`, articles: month.articles.slice(start, start + maxArticles) });
      }
      return runs;
    });
  });
}

export function planSearchShards(articles: readonly Article[], maxArticles: number): SearchShard[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) {
    throw new Error(`Unexpected search shard size ${maxArticles}, expected a whole number of articles above 0`);
  }
  const sorted = [...articles].sort(oldestFirst);
  const packed: Unit[][] = [];
  let count = 0;
  for (const unit of units(sorted, maxArticles)) {
    const current = packed.at(-1);
    if (current && count + unit.articles.length <= maxArticles) {
      current.push(unit);
      count += unit.articles.length;
    } else {
      packed.push([unit]);
      count = unit.articles.length;
    }
  }
  if (packed.length === 0) packed.push([]);
  return packed.map((group, i) => {
    const first = group[0]?.label ?? 'empty';
    const last = group.at(-1)?.label ?? first;
    const id = first === last ? first : `${first}-${last}`;
    const newest = i === packed.length - 1;
    return {
      id,
      bundlePath: newest ? PRIMARY_BUNDLE : `${SHARD_BUNDLES}${id}/`,
      articles: group.flatMap((unit) => unit.articles),
    };
  });
}
