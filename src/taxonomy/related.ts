/**
 * Related articles: those sharing people, topics or the place with an
 * article, found through an inverted index (term → articles, in date order)
 * rather than by comparing every pair. For each of an article's terms only
 * the `window` nearest articles in that term's list are scored, so the work
 * grows with (articles × terms per article × window): about linearly.
 *
 * Scores: people weigh most, then topics, then the place; a term shared by
 * few articles weighs more than one shared by thousands. Ties go to the
 * article closest in time, then to archive order, so the result is stable.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import { namesOf, termSlug, type TaxonomyKey } from './terms.ts';

export interface RelatedOptions {
  /** How many related articles per article. */
  limit?: number;
  /** How many neighbours on each side to look at in each term's list. */
  window?: number;
}

const WEIGHTS: Partial<Record<TaxonomyKey, number>> = { people: 3, topics: 2, places: 1 };

interface TermKey {
  key: string;
  weight: number;
}

/**
 * The related lists by position, with what they were scored from: they depend on nothing but every
 * article's keys in archive order (and the options), so while those are the same (an edit of a body, a
 * title, a quote) the lists are the same. `npm start` keeps it in memory, a build in its layout state
 * (src/pipeline/layoutState.ts).
 */
export interface RelatedState {
  limit: number;
  window: number;
  /** SHA-256 of every article's keys, in archive order. */
  keys: string;
  /** Per article, the positions of its related articles, best first. */
  result: number[][];
  /** Per article, the SHA-1 of its keys (`keys` is made of these): a build compares only the articles read anew. */
  articles?: string[];
}

/**
 * What the last call kept: each article's keys (by article), and the last result. A build's articles are new
 * objects each time: `since` says where they stood in the layout `previous` was made for, and which are read
 * anew since; the others have the keys they had, and only the new ones' are made to compare.
 */
export interface RelatedMemo {
  keys: WeakMap<Article, readonly TermKey[]>;
  /** Article → ownDigest of its keys. */
  digests: WeakMap<Article, string>;
  /** `taxonomy/slug` of each name by taxonomy, made once per name: the same names recur across the archive (1.5 million keys at 100k). */
  names: Map<TaxonomyKey, Map<string, string>>;
  previous?: RelatedState;
  since?: { urls: readonly string[]; fresh: (article: Article) => boolean };
}

export function relatedMemo(previous?: RelatedState, since?: RelatedMemo['since']): RelatedMemo {
  return { keys: new WeakMap(), digests: new WeakMap(), names: new Map(), ...(previous ? { previous } : {}), ...(since ? { since } : {}) };
}

function ownDigest(own: readonly TermKey[]): string {
  return createHash('sha1')
    .update(own.map(({ key, weight }) => `${weight} ${key}`).join('\u0000'))
    .digest('base64');
}

function keysDigest(own: readonly string[]): string {
  const hash = createHash('sha256');
  for (const digest of own) hash.update(`${digest}\n`);
  return hash.digest('base64');
}

/** Each article's key digest taken from `previous` where it stands where it stood and was not read anew; undefined if any differ. */
function unchangedDigests(articles: readonly Article[], previous: RelatedState | undefined, memo: RelatedMemo): string[] | undefined {
  const since = memo.since;
  const before = previous?.articles;
  if (!since || !before || before.length !== articles.length || since.urls.length !== articles.length) return undefined;
  const digests: string[] = [];
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    if (article.url !== since.urls[i]) return undefined;
    if (!since.fresh(article)) digests.push(before[i]!);
    else {
      const own = ownDigest(keysOf(article, memo.names));
      if (own !== before[i]) return undefined;
      digests.push(own);
    }
  }
  return digests;
}

/** Whether a related state read from disk has the shape this code writes. */
export function isRelatedState(value: unknown): value is RelatedState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<Record<keyof RelatedState, unknown>>;
  return (
    typeof state.limit === 'number' &&
    typeof state.window === 'number' &&
    typeof state.keys === 'string' &&
    (state.articles === undefined || (Array.isArray(state.articles) && state.articles.every((digest) => typeof digest === 'string'))) &&
    Array.isArray(state.result) &&
    state.result.every((list) => Array.isArray(list) && list.every((n) => Number.isInteger(n)))
  );
}

const WEIGHTED = Object.entries(WEIGHTS) as [TaxonomyKey, number][];

function termKey(taxonomy: TaxonomyKey, name: string, names: RelatedMemo['names']): string {
  let keys = names.get(taxonomy);
  if (!keys) names.set(taxonomy, (keys = new Map()));
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 200_000) keys.clear();
    keys.set(name, (key = `${taxonomy}/${termSlug(name)}`));
  }
  return key;
}

/** Keys of the terms an article is filed under, for relatedness. */
function keysOf(article: Article, names: RelatedMemo['names']): TermKey[] {
  const keys = new Map<string, number>();
  for (const [taxonomy, weight] of WEIGHTED) {
    for (const name of namesOf(article, taxonomy)) keys.set(termKey(taxonomy, name, names), weight);
  }
  return [...keys].map(([key, weight]) => ({ key, weight }));
}

/**
 * For each article (given newest first), up to `limit` related articles, best
 * first. The result is parallel to `articles`.
 */
export function relatedArticles(articles: readonly Article[], options: RelatedOptions = {}, memo: RelatedMemo = relatedMemo()): Article[][] {
  const limit = options.limit ?? 5;
  const window = options.window ?? 25;
  const previous = memo.previous;
  // Every article's keys as they were: the lists are the same, and no keys need be made.
  const kept = unchangedDigests(articles, previous, memo);
  let keys: (readonly TermKey[])[] | undefined;
  const keysNow = (): (readonly TermKey[])[] =>
    (keys ??= articles.map((article) => {
      let own = memo.keys.get(article);
      if (!own) memo.keys.set(article, (own = keysOf(article, memo.names)));
      return own;
    }));
  const digests =
    kept ??
    keysNow().map((own, i) => {
      let digest = memo.digests.get(articles[i]!);
      if (digest === undefined) memo.digests.set(articles[i]!, (digest = ownDigest(own)));
      return digest;
    });
  const digest = keysDigest(digests);
  const same =
    previous !== undefined &&
    previous.limit === limit &&
    previous.window === window &&
    previous.keys === digest &&
    previous.result.length === articles.length &&
    previous.result.every((list) => list.every((other) => other >= 0 && other < articles.length));
  const result = same ? previous.result : relatedPositions(keysNow(), limit, window);
  memo.previous = { limit, window, keys: digest, result, articles: digests };
  return result.map((list) => list.map((other) => articles[other]!));
}

/** For each article's keys (archive order), the positions of its related articles, best first. */
function relatedPositions(keys: readonly (readonly TermKey[])[], limit: number, window: number): number[][] {
  // Inverted index, and where each article stands in each of its terms' lists.
  const postings = new Map<string, number[]>();
  const positions: { list: number[]; at: number; weight: number }[][] = [];
  keys.forEach((articleKeys, index) => {
    const own: { list: number[]; at: number; weight: number }[] = [];
    for (const { key, weight } of articleKeys) {
      let list = postings.get(key);
      if (!list) {
        list = [];
        postings.set(key, list);
      }
      own.push({ list, at: list.length, weight });
      list.push(index);
    }
    positions.push(own);
  });

  const total = keys.length;
  return positions.map((own, index) => {
    const scores = new Map<number, number>();
    for (const { list, at, weight } of own) {
      if (list.length < 2) continue;
      // Rarer terms say more: weight × idf.
      const score = weight * Math.log(1 + total / list.length);
      const end = Math.min(list.length, at + window + 1);
      for (let k = Math.max(0, at - window); k < end; k++) {
        const other = list[k]!;
        if (other !== index) scores.set(other, (scores.get(other) ?? 0) + score);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - index) - Math.abs(b[0] - index) || a[0] - b[0])
      .slice(0, limit)
      .map(([other]) => other);
  });
}

/**
 * The `limit` articles nearest in time to `article` in a list (newest
 * first) that contains it: "more from this source".
 */
export function nearestInList(list: readonly Article[], position: number, limit: number): Article[] {
  const picked: number[] = [];
  let before = position - 1;
  let after = position + 1;
  while (picked.length < limit && (before >= 0 || after < list.length)) {
    if (after < list.length) picked.push(after++);
    if (picked.length < limit && before >= 0) picked.push(before--);
  }
  return picked.sort((a, b) => a - b).map((index) => list[index]!);
}
