/**
 * Lay out: the data of the taxonomy index pages (`/people/` …, long lists by
 * first letter) and of every term's pages (`/people/jane-doe/`, then
 * `page/2/` …), whose first page carries the term's quotes and profile.
 * Computed for src/layout/siteData.ts; the markup is src/layout/pages/termPage.ts.
 */
import type { Article } from '../model/article.ts';
import type { ArticleChanges } from './articleChanges.ts';
import { paginate, type Page } from './paginate.ts';
import { ProfileMaker, type ProfileMemo, type TermIndex, type TermProfile } from './profiles.ts';
import type { QuoteRef } from './quotes.ts';
import { site } from '../site.ts';
import type { Taxonomy, TaxonomyKey, Term } from '../taxonomy/terms.ts';
import { sameItems } from '../util/sameItems.ts';

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

/** A term's pages as the last site data made them, with its summary and what they were made of (siteData.ts `KeptPages`). */
export interface KeptTerm {
  summary: TermSummary;
  articles: readonly Article[];
  quotes: readonly QuoteRef[];
  profile: TermProfile | undefined;
  pages: TermPage[];
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

function summaryOf(term: Term): TermSummary {
  return { name: term.name, url: term.url, count: term.articles.length, variants: term.variants };
}

/** The kept summary of a term while its name, page, count and spellings are the same. */
function summaryFor(term: Term, kept: TermSummary | undefined): TermSummary {
  return kept && kept.name === term.name && kept.url === term.url && kept.count === term.articles.length && sameItems(kept.variants, term.variants) ? kept : summaryOf(term);
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

export interface TaxonomyPagesInput {
  /** A person's quotes by the URL of their term (quotes.ts `quotesBySpeaker`). */
  quotesByUrl: ReadonlyMap<string, QuoteRef[]>;
  /** The profiles the last site data made (profiles.ts), and what left and joined since (`npm start`). */
  profiles: ProfileMemo;
  changes: ArticleChanges | undefined;
  /** The last site data's term pages, by term URL; `next` receives this one's. */
  kept: ReadonlyMap<string, KeptTerm>;
  next: Map<string, KeptTerm>;
}

/** Per taxonomy, in order: its index page and its terms' pages; a term's kept pages where its summary, articles, quotes and profile are the same. */
export function taxonomyPages(taxonomies: readonly Taxonomy[], input: TaxonomyPagesInput): { index: TaxonomyIndex; pages: TermPage[] }[] {
  const { kept, next } = input;
  const termIndex: TermIndex = new Map(taxonomies.map((taxonomy) => [taxonomy.key, new Map(taxonomy.terms.map((term) => [term.slug, term]))]));
  const profiles = new ProfileMaker(input.profiles, termIndex, input.changes);
  const result = taxonomies.map((taxonomy) => {
    const info = TAXONOMY_INFO[taxonomy.key];
    const byLetter = taxonomy.terms.length > LETTER_GROUPS_FROM;
    const summaries = new Map(taxonomy.terms.map((term) => [term, summaryFor(term, kept.get(term.url)?.summary)]));
    const summary = (term: Term): TermSummary => summaries.get(term)!;
    const groups = byLetter ? groupByLetter(taxonomy.terms, summary) : [{ letter: '', id: 'terms', terms: taxonomy.terms.map(summary) }];
    const index: TaxonomyIndex = { ...info, termCount: taxonomy.terms.length, byLetter, groups };
    const pages = taxonomy.terms.flatMap((term) => {
      const termSummary = summary(term);
      const quotes = taxonomy.key === 'people' ? (input.quotesByUrl.get(term.url) ?? []) : [];
      const profile = term.articles.length > 0 ? profiles.profile(taxonomy.key, term) : undefined;
      const before = kept.get(term.url);
      // The same summary, articles, quotes and profile: the same pages.
      const termPages =
        before && before.summary === termSummary && before.profile === profile && sameItems(before.articles, term.articles) && sameItems(before.quotes, quotes)
          ? before.pages
          : paginate(term.articles, site.pageSize, term.url).map((page): TermPage => {
              const first = page.number === 1;
              return { ...page, taxonomy: info, term: termSummary, quotes: first ? quotes : [], ...(first && profile ? { profile } : {}) };
            });
      next.set(term.url, { summary: termSummary, articles: term.articles, quotes, profile, pages: termPages });
      return termPages;
    });
    return { index, pages };
  });
  profiles.done();
  return result;
}
