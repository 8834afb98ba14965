/**
 * The front page, as a newsroom lays one out from the archive's facts: the
 * latest article as the lead story, the next ones beside it, and the latest
 * by section — the topics, places and sources most written about lately —
 * each with its newest headlines not already on the page (above, or in an
 * earlier section).
 */
import type { Article } from '../model/article.ts';
import type { Taxonomy, TaxonomyKey, Term } from '../taxonomy/terms.ts';

export interface FrontSection {
  /** `Topic`, `Place`, `Source`. */
  kind: string;
  name: string;
  url: string;
  /** All the term's articles. */
  count: number;
  articles: Article[];
}

export interface FrontPage {
  lead?: Article;
  /** Beside the lead: the next latest headlines. */
  top: Article[];
  /** The rest of the first page's articles, as teasers. */
  more: Article[];
  sections: FrontSection[];
}

export const FRONT = {
  top: 5,
  /** "Lately": a section's weight is its share of this many latest articles. */
  recent: 500,
  headlines: 3,
  sections: [
    { key: 'topics', kind: 'Topic', count: 4 },
    { key: 'places', kind: 'Place', count: 2 },
    { key: 'sources', kind: 'Source', count: 2 },
  ] as { key: TaxonomyKey; kind: string; count: number }[],
};

/** How many of a term's articles (newest first) are on or after `since`. */
function recentCount(term: Term, since: string): number {
  let count = 0;
  for (const article of term.articles) {
    if (article.date < since) break;
    count++;
  }
  return count;
}

/**
 * `pageItems`: the first page's articles, newest first (the front page keeps
 * the home page's pagination, so `/page/2/` goes on where it ends).
 */
export function frontPage(pageItems: readonly Article[], articles: readonly Article[], taxonomies: readonly Taxonomy[]): FrontPage {
  const [lead, ...rest] = pageItems;
  const top = rest.slice(0, FRONT.top);
  const more = rest.slice(FRONT.top);
  const onPage = new Set<Article>(lead ? [lead, ...top] : []);
  const since = articles[Math.min(articles.length, FRONT.recent) - 1]?.date ?? '';
  const sections: FrontSection[] = [];
  for (const { key, kind, count } of FRONT.sections) {
    const terms = taxonomies.find((taxonomy) => taxonomy.key === key)?.terms ?? [];
    const busiest = terms
      .map((term) => ({ term, recent: recentCount(term, since) }))
      .filter((entry) => entry.recent > 0)
      .sort((a, b) => b.recent - a.recent || (a.term.name < b.term.name ? -1 : 1))
      .slice(0, count);
    for (const { term } of busiest) {
      const headlines: Article[] = [];
      for (const article of term.articles) {
        if (headlines.length === FRONT.headlines) break;
        if (!onPage.has(article)) headlines.push(article);
      }
      for (const article of headlines) onPage.add(article);
      if (headlines.length > 0) sections.push({ kind, name: term.name, url: term.url, count: term.articles.length, articles: headlines });
    }
  }
  return { ...(lead ? { lead } : {}), top, more, sections };
}
