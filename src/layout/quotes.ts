/**
 * Quotes by speaker, for `/quotes/` and the people pages: every quote of the
 * archive, each with a link to its place in its article (`url#quote-N`).
 * Speakers are sorted by surname, as a newspaper's index is, and `/quotes/`
 * is cut into pages (`/quotes/page/2/` …) of about `QUOTES_PER_PAGE` quotes
 * so that a page stays small however large the archive grows.
 */
import type { Article } from '../model/article.ts';
import { quoteUrl } from '../model/urls.ts';
import { byName, type Term } from '../taxonomy/terms.ts';
import type { ArticleChanges } from './articleChanges.ts';
import { pageUrl } from '../model/urls.ts';
import { sameItems } from '../util/sameItems.ts';

/** Quotes on one page of `/quotes/`. */
export const QUOTES_PER_PAGE = 100;

/** The `/quotes/` page the people index and the navigation link to. */
export const QUOTES_URL = '/quotes/';

export interface QuoteRef {
  text: string;
  role?: string;
  /** `/2020/11/28/slug/#quote-1` */
  href: string;
  article: Article;
}

export interface SpeakerQuotes {
  name: string;
  /** The speaker's page; absent for quotes with no speaker recorded. */
  url?: string;
  /** Anchor on `/quotes/`. */
  id: string;
  quotes: QuoteRef[];
}

/** The anchor of the quotes without a speaker recorded, last on `/quotes/`. */
const ANONYMOUS_ID = 'speaker-not-recorded';

/** An article's quotes as links, each with its speaker's slug (none when no speaker is recorded). */
export type QuoteRefMemo = WeakMap<Article, readonly { slug: string | undefined; ref: QuoteRef }[]>;

function refOf(article: Article, quote: Article['quotes'][number]): QuoteRef {
  return { text: quote.text, ...(quote.role ? { role: quote.role } : {}), href: quoteUrl(article.url, quote.id), article };
}

function allRefsOf(article: Article, slugOf: (name: string) => string, memo: QuoteRefMemo): readonly { slug: string | undefined; ref: QuoteRef }[] {
  let refs = memo.get(article);
  if (!refs) {
    refs = article.quotes.map((quote) => ({ slug: quote.speaker === undefined ? undefined : slugOf(quote.speaker), ref: refOf(article, quote) }));
    memo.set(article, refs);
  }
  return refs;
}

/**
 * Every quote grouped by speaker (people terms give the grouping, so merged
 * spellings stay together), speakers by name, quotes newest first; quotes
 * without a speaker last. `memo`: each article's links, kept between updates by `npm start`.
 * One pass over the articles (newest first, the order of every term's list): a quote goes to its speaker's
 * slug, which is a people term's (a term lists the articles that quote its name), instead of each term
 * walking its articles' quotes — at 100,000 articles that walked every quote once per person the article names.
 */
export function quotesBySpeaker(
  people: readonly Term[],
  articles: readonly Article[],
  slugOf: (name: string) => string,
  memo?: QuoteRefMemo,
  groupsBefore?: { kept: ReadonlyMap<string, SpeakerQuotes>; next: Map<string, SpeakerQuotes>; changes?: ArticleChanges },
): SpeakerQuotes[] {
  const bySlug = (memo && groupsBefore?.changes && keptQuotes(people, slugOf, memo, groupsBefore.kept, groupsBefore.changes)) || new Map<string | undefined, QuoteRef[]>();
  const add = (slug: string | undefined, ref: QuoteRef): void => {
    const list = bySlug.get(slug);
    if (list) list.push(ref);
    else bySlug.set(slug, [ref]);
  };
  if (bySlug.size === 0) {
    for (const article of articles) {
      if (memo) for (const { slug, ref } of allRefsOf(article, slugOf, memo)) add(slug, ref);
      // Without a memo (a build's), no pairs to keep: at 100k half a million of them, and a WeakMap entry an article.
      else for (const quote of article.quotes) add(quote.speaker === undefined ? undefined : slugOf(quote.speaker), refOf(article, quote));
    }
  }
  // A speaker's group of the last call is taken (the same object) while its name, page and quotes are the same (`npm start`).
  const kept = groupsBefore?.kept;
  let sameNames = kept !== undefined;
  const group = (name: string, url: string | undefined, id: string, quotes: QuoteRef[]): SpeakerQuotes => {
    const before = kept?.get(id);
    if (before?.name !== name) sameNames = false;
    return before && before.name === name && before.url === url && sameItems(before.quotes, quotes) ? before : { name, ...(url === undefined ? {} : { url }), id, quotes };
  };
  const groups: SpeakerQuotes[] = [];
  for (const term of people) {
    const quotes = bySlug.get(term.slug);
    if (quotes) groups.push(group(term.name, term.url, `speaker-${term.slug}`, quotes));
  }
  const anonymous = bySlug.get(undefined);
  const last = anonymous && group('Speaker not recorded', undefined, ANONYMOUS_ID, anonymous);
  if (kept && sameNames && groups.length + (last ? 1 : 0) === kept.size) {
    // The same speakers under the same names: the order of the last call (the kept map's), not a sort by surname again.
    const position = new Map([...kept.keys()].map((id, index) => [id, index]));
    groups.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  } else {
    groups.sort(bySurname);
  }
  if (last) groups.push(last);
  for (const entry of groups) groupsBefore?.next.set(entry.id, entry);
  return groups;
}

/**
 * Every speaker's quotes from the last call's groups, after an edit (`changes`): a speaker none of whose
 * quotes left or joined has the same links as then (an unchanged article keeps its links' objects, and its
 * place in the archive order); a speaker of the edit's quotes is walked anew through their people term,
 * which lists every article quoting them, newest first. Undefined (walk every article) when the edit has a
 * quote without a speaker, or no speaker had quotes yet.
 */
function keptQuotes(
  people: readonly Term[],
  slugOf: (name: string) => string,
  memo: QuoteRefMemo,
  kept: ReadonlyMap<string, SpeakerQuotes>,
  changes: ArticleChanges,
): Map<string | undefined, QuoteRef[]> | undefined {
  if (kept.size === 0) return undefined;
  const touched = new Set<string>();
  for (const article of [...changes.gone, ...changes.added]) {
    for (const quote of article.quotes) {
      if (quote.speaker === undefined) return undefined;
      touched.add(slugOf(quote.speaker));
    }
  }
  const bySlug = new Map<string | undefined, QuoteRef[]>();
  for (const term of people) {
    if (touched.has(term.slug)) {
      const quotes = term.articles.flatMap((article) => allRefsOf(article, slugOf, memo).flatMap(({ slug, ref }) => (slug === term.slug ? [ref] : [])));
      if (quotes.length > 0) bySlug.set(term.slug, quotes);
    } else {
      const before = kept.get(`speaker-${term.slug}`);
      if (before) bySlug.set(term.slug, before.quotes);
    }
  }
  const anonymous = kept.get(ANONYMOUS_ID);
  if (anonymous) bySlug.set(undefined, anonymous.quotes);
  return bySlug;
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'junior', 'senior']);

/**
 * The name a speaker is filed under: `Jean-Baptiste Lemoyne` → `Lemoyne`,
 * `Martin Luther King Jr.` → `King`, `Lemoyne, Jean-Baptiste` → `Lemoyne`,
 * a single name as it is.
 */
export function surnameOf(name: string): string {
  const comma = name.indexOf(',');
  if (comma > 0 && !SUFFIXES.has(name.slice(comma + 1).trim().toLowerCase())) return name.slice(0, comma).trim();
  const words = name.trim().split(/\s+/).map((word) => word.replace(/,$/, ''));
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words[words.length - 1] ?? name;
}


/** By surname, then by the whole name. */
export function bySurname(a: { name: string }, b: { name: string }): number {
  return byName(surnameOf(a.name), surnameOf(b.name)) || byName(a.name, b.name);
}

export interface QuoteGroup extends SpeakerQuotes {
  /** The speaker's quotes began on an earlier page. */
  continued: boolean;
}

export interface QuotePage {
  url: string;
  /** 1-based. */
  number: number;
  count: number;
  groups: QuoteGroup[];
  quoteCount: number;
  /** First and last surname on the page, as a dictionary's guide words. */
  from: string;
  to: string;
  previousUrl?: string;
  nextUrl?: string;
  /** Every surname initial, with the page it starts on: the same list on every page. */
  letters: { letter: string; url: string }[];
}

function initialOf(group: SpeakerQuotes): string {
  if (!group.url) return '…';
  const letter = surnameOf(group.name).normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/**
 * `/quotes/` cut into pages of about `perPage` quotes. A speaker with fewer
 * quotes than a page stays on one page; a speaker with more goes on over the
 * next pages, marked as continued.
 */
export function paginateQuotes(groups: readonly SpeakerQuotes[], perPage: number = QUOTES_PER_PAGE): QuotePage[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`Unexpected quotes per page ${perPage}, expected a whole number above 0`);
  const pages: QuoteGroup[][] = [[]];
  let room = perPage;
  for (const group of groups) {
    // Start a new page rather than split a speaker who would fit on one.
    if (room < group.quotes.length && group.quotes.length <= perPage && room < perPage) {
      pages.push([]);
      room = perPage;
    }
    let start = 0;
    while (start < group.quotes.length) {
      if (room === 0) {
        pages.push([]);
        room = perPage;
      }
      const end = Math.min(group.quotes.length, start + room);
      pages[pages.length - 1]!.push({ ...group, quotes: group.quotes.slice(start, end), continued: start > 0 });
      room -= end - start;
      start = end;
    }
  }
  const letters: QuotePage['letters'] = [];
  pages.forEach((page, index) => {
    for (const group of page) {
      const letter = initialOf(group);
      if (!group.continued && !letters.some((entry) => entry.letter === letter)) letters.push({ letter, url: `${pageUrl(QUOTES_URL, index + 1)}#${group.id}` });
    }
  });
  const count = pages.length;
  return pages.map((page, index) => {
    const number = index + 1;
    return {
      url: pageUrl(QUOTES_URL, number),
      number,
      count,
      groups: page,
      quoteCount: page.reduce((sum, group) => sum + group.quotes.length, 0),
      from: page[0] ? (page[0].url ? surnameOf(page[0].name) : page[0].name) : '',
      to: page.at(-1) ? (page.at(-1)!.url ? surnameOf(page.at(-1)!.name) : page.at(-1)!.name) : '',
      ...(number > 1 ? { previousUrl: pageUrl(QUOTES_URL, number - 1) } : {}),
      ...(number < count ? { nextUrl: pageUrl(QUOTES_URL, number + 1) } : {}),
      letters,
    };
  });
}
