/**
 * A term's page reads as a profile, built from the archive's facts: how many
 * articles and quotes, the first and the latest appearance, who is quoted
 * most in its articles, and what they are about. For a person, their own
 * quotes count and the roles they were quoted in; the others quoted beside
 * them. Computed once per term, in time that grows with its articles.
 */
import type { Article } from '../model/article.ts';
import { namesOf, termSlug, type TaxonomyKey, type Term } from '../taxonomy/terms.ts';

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

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function termProfile(key: TaxonomyKey, term: Term, index: TermIndex): TermProfile {
  const speakers = new Map<string, number>();
  const topics = new Map<string, number>();
  const places = new Map<string, number>();
  const roles = new Map<string, number>();
  let quoteCount = 0;
  for (const article of term.articles) {
    for (const quote of article.quotes) {
      const slug = quote.speaker === undefined ? undefined : termSlug(quote.speaker);
      if (key === 'people') {
        if (slug === term.slug) {
          quoteCount++;
          if (quote.role) bump(roles, quote.role);
          continue;
        }
      } else {
        quoteCount++;
      }
      if (slug !== undefined) bump(speakers, slug);
    }
    if (key !== 'topics') for (const name of new Set(namesOf(article, 'topics').map(termSlug))) bump(topics, name);
    if (key !== 'places') for (const name of new Set(namesOf(article, 'places').map(termSlug))) bump(places, name);
  }
  return {
    articleCount: term.articles.length,
    quoteCount,
    // Terms list their articles newest first.
    first: term.articles[term.articles.length - 1]!,
    latest: term.articles[0]!,
    mostQuoted: ranked(speakers, 'people', index),
    topics: ranked(topics, 'topics', index),
    places: ranked(places, 'places', index),
    roles: [...roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([role]) => role).slice(0, PROFILE_RANKING),
  };
}
