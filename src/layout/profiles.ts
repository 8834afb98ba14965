/**
 * A term's page reads as a profile, built from the archive's facts: how many
 * articles and quotes, the first and the latest appearance, who is quoted
 * most in its articles, and what they are about. For a person, their own
 * quotes count and the roles they were quoted in; the others quoted beside
 * them. Computed once per term, in time that grows with its articles.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import { namesOf, termSlug, type TaxonomyKey, type Term } from '../taxonomy/terms.ts';
import { sameItems } from '../util/sameItems.ts';
import type { ArticleChanges } from './articleChanges.ts';

/** How many names each ranking shows. */
export const PROFILE_RANKING = 5;

export interface Ranked {
  name: string;
  url: string;
  count: number;
}

export interface TermProfile {
  articleCount: number;
  /** A person's own quotes; for any other term, the quotes in its articles. */
  quoteCount: number;
  first: Article;
  latest: Article;
  /** Speakers quoted most in the term's articles (for a person: others quoted beside them). */
  mostQuoted: Ranked[];
  /** Topics of the term's articles, most frequent first (none for a topic's own page). */
  topics: Ranked[];
  /** Where its articles were filed (none for a place's own page). */
  places: Ranked[];
  /** A person's roles as recorded with their quotes, most frequent first. */
  roles: string[];
}

/** Lookups from a slug to its term, per taxonomy, so rankings show each term's own spelling and page. */
export type TermIndex = Map<TaxonomyKey, Map<string, Term>>;

function ranked(counts: Map<string, number>, key: TaxonomyKey, index: TermIndex): Ranked[] {
  const terms = index.get(key);
  const rows: Ranked[] = [];
  for (const [slug, count] of counts) {
    const term = terms?.get(slug);
    if (term) rows.push({ name: term.name, url: term.url, count });
  }
  // Most first; ties by name, so the order is stable.
  rows.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return rows.slice(0, PROFILE_RANKING);
}

/** The slugs a profile counts of one article: its quotes' speakers (in quote order), its topics and places (each once). */
interface ArticleSlugs {
  speakers: (string | undefined)[];
  topics: string[];
  places: string[];
}

/** Each article's slugs, made once per article rather than once per term it is filed under. */
export type ArticleSlugMemo = WeakMap<Article, ArticleSlugs>;

function slugsOf(article: Article, memo: ArticleSlugMemo): ArticleSlugs {
  let slugs = memo.get(article);
  if (!slugs) {
    slugs = {
      speakers: article.quotes.map((quote) => (quote.speaker === undefined ? undefined : termSlug(quote.speaker))),
      topics: [...new Set(namesOf(article, 'topics').map(termSlug))],
      places: [...new Set(namesOf(article, 'places').map(termSlug))],
    };
    memo.set(article, slugs);
  }
  return slugs;
}

/**
 * A term's counts over all its articles: what a profile's rankings are cut from. `npm start` keeps them, so
 * an edit updates a big topic's counts by the article's old and new version instead of counting its
 * thousands of articles again.
 */
export interface ProfileCounts {
  quoteCount: number;
  speakers: Map<string, number>;
  topics: Map<string, number>;
  places: Map<string, number>;
  roles: Map<string, number>;
}

function add(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}

/** One article's share of a term's counts, added (`by` 1) or taken away (-1). */
function countArticle(counts: ProfileCounts, key: TaxonomyKey, slug: string, article: Article, slugs: ArticleSlugs, by: 1 | -1): void {
  for (const [at, quote] of article.quotes.entries()) {
    const speaker = slugs.speakers[at];
    if (key === 'people') {
      if (speaker === slug) {
        counts.quoteCount += by;
        if (quote.role) add(counts.roles, quote.role, by);
        continue;
      }
    } else {
      counts.quoteCount += by;
    }
    if (speaker !== undefined) add(counts.speakers, speaker, by);
  }
  if (key !== 'topics') for (const topic of slugs.topics) add(counts.topics, topic, by);
  if (key !== 'places') for (const place of slugs.places) add(counts.places, place, by);
}

function countTerm(key: TaxonomyKey, term: Term, slugMemo: ArticleSlugMemo): ProfileCounts {
  const counts: ProfileCounts = { quoteCount: 0, speakers: new Map(), topics: new Map(), places: new Map(), roles: new Map() };
  for (const article of term.articles) countArticle(counts, key, term.slug, article, slugsOf(article, slugMemo), 1);
  return counts;
}

function profileOf(term: Term, counts: ProfileCounts, index: TermIndex): TermProfile {
  return {
    articleCount: term.articles.length,
    quoteCount: counts.quoteCount,
    // Terms list their articles newest first.
    first: term.articles[term.articles.length - 1]!,
    latest: term.articles[0]!,
    mostQuoted: ranked(counts.speakers, 'people', index),
    topics: ranked(counts.topics, 'topics', index),
    places: ranked(counts.places, 'places', index),
    roles: [...counts.roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([role]) => role).slice(0, PROFILE_RANKING),
  };
}

export function termProfile(key: TaxonomyKey, term: Term, index: TermIndex, slugMemo: ArticleSlugMemo = new WeakMap()): TermProfile {
  return profileOf(term, countTerm(key, term, slugMemo), index);
}

/**
 * Profiles kept between updates (`npm start`): a profile is made of its term's articles and of the names
 * and pages of the terms its rankings show, so while both are the same (the same article objects, the
 * same spelling of every term) it is the same profile, taken rather than counted again.
 *
 * A build has new article objects each time: it keeps the profiles in its layout state instead
 * (`stored`, src/pipeline/layoutState.ts), and takes one while its term has as many articles as then and
 * none of them is `fresh` (read anew since that layout), under the same names. The same count with no new
 * member is the same list: an article joins or leaves a term only by being added, removed or changed, and
 * unchanged articles keep their order (by date, then URL).
 */
export interface ProfileMemo {
  /** The names every ranking could show when the profiles were made (termNames). */
  names?: string;
  profiles: Map<string, KeptProfile>;
  slugs: ArticleSlugMemo;
  /** Whether each profile's whole counts are kept with it, to be updated by an edit (`npm start`; a build has new articles each time). */
  counts: boolean;
  /** A build's: the profiles of the site it laid out last, and which articles changed since. */
  stored?: { state: ProfileState; fresh: (article: Article) => boolean };
  /** Set by the last site data (ProfileMaker.done): what a build keeps of its profiles, and the terms unchanged since `stored`. */
  made?: { state: ProfileState; unchanged: ReadonlySet<string> };
}

/** A profile as the layout state keeps it: its first and latest articles are its term's last and first. */
export type StoredProfile = Omit<TermProfile, 'first' | 'latest'>;

/** The profiles of a laid-out site, by `taxonomy/slug`, and a digest of the names their rankings could show. */
export interface ProfileState {
  names: string;
  profiles: Record<string, StoredProfile>;
}

interface KeptProfile {
  articles: readonly Article[];
  profile: TermProfile;
  counts?: ProfileCounts;
}

export function profileMemo(stored?: ProfileMemo['stored'], counts = false): ProfileMemo {
  return { profiles: new Map(), slugs: new WeakMap(), counts, ...(stored ? { stored } : {}) };
}

/** Whether a profile state read from disk has the shape this code writes. */
export function isProfileState(value: unknown): value is ProfileState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<Record<keyof ProfileState, unknown>>;
  return typeof state.names === 'string' && typeof state.profiles === 'object' && state.profiles !== null;
}

/** What rankings may show of the terms: each term's slug and name, per taxonomy. */
export function termNames(index: TermIndex): string {
  const parts: string[] = [];
  for (const [key, terms] of index) {
    parts.push(key);
    for (const [slug, term] of terms) parts.push(`${slug}\u0000${term.name}`);
  }
  return parts.join('\n');
}

function storedForm({ first: _first, latest: _latest, ...rest }: TermProfile): StoredProfile {
  return rest;
}

/** The profiles of one site data, from the memo where a term's articles and every name are unchanged; the memo then holds these. */
export class ProfileMaker {
  readonly #memo: ProfileMemo;
  readonly #index: TermIndex;
  readonly #reuse: boolean;
  readonly #names: string;
  readonly #stored: ProfileState | undefined;
  readonly #next = new Map<string, KeptProfile>();
  /** The URLs of the terms whose articles are those of the stored state. */
  readonly #unchanged = new Set<string>();
  readonly #changes: ArticleChanges | undefined;

  /** `changes`: what left and joined since the memo's profiles were made, by which their kept counts are updated. */
  constructor(memo: ProfileMemo, index: TermIndex, changes?: ArticleChanges) {
    this.#changes = changes;
    const names = termNames(index);
    this.#memo = memo;
    this.#index = index;
    this.#reuse = memo.names === names;
    this.#names = createHash('sha256').update(names).digest('base64');
    this.#stored = memo.stored?.state.names === this.#names ? memo.stored.state : undefined;
    memo.names = names;
  }

  profile(key: TaxonomyKey, term: Term): TermProfile {
    const id = `${key}/${term.slug}`;
    const known = this.#memo.profiles.get(id);
    if (known && this.#reuse && sameItems(known.articles, term.articles)) {
      this.#next.set(id, known);
      return known.profile;
    }
    const restored = this.#restored(id, term);
    if (restored) {
      this.#next.set(id, { articles: term.articles, profile: restored });
      return restored;
    }
    if (!this.#memo.counts) {
      const profile = termProfile(key, term, this.#index, this.#memo.slugs);
      this.#next.set(id, { articles: term.articles, profile });
      return profile;
    }
    const counts = (known && this.#updated(key, term, known)) ?? countTerm(key, term, this.#memo.slugs);
    const profile = profileOf(term, counts, this.#index);
    this.#next.set(id, { articles: term.articles, profile, counts });
    return profile;
  }

  /**
   * The kept counts of a term updated by the articles that left and joined it, or undefined when that does
   * not account for its articles now (counted again whole). An article is in a term's list when it files
   * a name of the term's slug (buildTaxonomy), so the old and new versions of an edited article say which.
   */
  #updated(key: TaxonomyKey, term: Term, known: KeptProfile): ProfileCounts | undefined {
    const counts = known.counts;
    if (!counts || !this.#changes) return undefined;
    const filed = (article: Article): boolean => namesOf(article, key).some((name) => termSlug(name) === term.slug);
    const gone = this.#changes.gone.filter(filed);
    const added = this.#changes.added.filter(filed);
    if (known.articles.length - gone.length + added.length !== term.articles.length) return undefined;
    // The kept entry is replaced by this one: its counts are updated in place.
    for (const article of gone) countArticle(counts, key, term.slug, article, slugsOf(article, this.#memo.slugs), -1);
    for (const article of added) countArticle(counts, key, term.slug, article, slugsOf(article, this.#memo.slugs), 1);
    return counts;
  }

  /** The stored profile of a term whose articles are those it was made of. */
  #restored(id: string, term: Term): TermProfile | undefined {
    const stored = this.#stored?.profiles[id];
    const fresh = this.#memo.stored?.fresh;
    if (!stored || !fresh || stored.articleCount !== term.articles.length || term.articles.some(fresh)) return undefined;
    this.#unchanged.add(term.url);
    return { ...stored, first: term.articles[term.articles.length - 1]!, latest: term.articles[0]! };
  }

  /**
   * The memo keeps this site data's profiles only, and (`made`) what a build keeps of them in its layout
   * state, with the URLs of the terms whose articles are unchanged since the stored profiles: their pages
   * show the same data (the same articles, counts, quotes and profile) as then.
   */
  done(): void {
    this.#memo.profiles = this.#next;
    if (this.#memo.counts) return;
    const profiles: Record<string, StoredProfile> = {};
    for (const [id, { profile }] of this.#next) profiles[id] = storedForm(profile);
    this.#memo.made = { state: { names: this.#names, profiles }, unchanged: this.#unchanged };
  }
}
