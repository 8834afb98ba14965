/**
 * The archive by date, as a newspaper's archive is kept: `/YYYY/` (months
 * with counts, a bar chart (monthChart.ts) and each month's latest headlines), `/YYYY/MM/`
 * (the month's headlines day by day) and `/YYYY/MM/DD/` (every article of
 * the day). Days and months without articles have no page and no link. A
 * day page cannot clash with an article, whose URL is `/YYYY/MM/DD/slug/`.
 */
import type { Article } from '../model/article.ts';
import { MONTH_NAMES } from '../model/dates.ts';
import { dayUrl, monthUrl, yearUrl } from '../model/urls.ts';
import { sameItems } from '../util/sameItems.ts';
import { monthChart, type Chart } from './monthChart.ts';
import { newest } from './sitemap.ts';

export interface Link {
  label: string;
  url: string;
}

export interface MonthSummary {
  month: string;
  name: string;
  count: number;
  /** Absent for a month with no articles. */
  url?: string;
  /** The month's latest articles (at most `YEAR_HEADLINES`), newest first. */
  latest: Article[];
}

/** Headlines a year page shows for each month; the month page has them all. */
export const YEAR_HEADLINES = 5;

export interface YearPage {
  year: string;
  url: string;
  count: number;
  months: MonthSummary[];
  chart: Chart;
  /** Older and newer years that have articles. */
  previous?: Link;
  next?: Link;
  /** Newest (updated or published) date among its articles. */
  lastmod: string;
}

export interface DayGroup {
  /** `2020-11-28` */
  date: string;
  /** The day's page, `/2020/11/28/`. */
  url: string;
  articles: Article[];
}

export interface DayPage {
  /** `2020-11-28` */
  date: string;
  url: string;
  year: string;
  month: string;
  day: string;
  monthName: string;
  monthUrl: string;
  yearUrl: string;
  count: number;
  /** Newest first. */
  articles: Article[];
  /** Older and newer days that have articles (`label` is the ISO day). */
  previous?: Link;
  next?: Link;
  lastmod: string;
}

export interface MonthPage {
  year: string;
  month: string;
  name: string;
  url: string;
  yearUrl: string;
  count: number;
  /** Newest day first. */
  days: DayGroup[];
  previous?: Link;
  next?: Link;
  lastmod: string;
}

/**
 * The date pages of the last call, by URL, with the article lists they were made of (`npm start` keeps it
 * between updates): a page whose articles and neighbours are those it had is the same object, so an edit
 * makes the pages of the days, months and years it joined, left or changed in, and the fingerprint of every
 * other page is a comparison by identity (src/pipeline/changedPages.ts).
 */
export interface DateArchiveMemo {
  days: Map<string, DayPage>;
  groups: Map<string, DayGroup>;
  months: Map<string, { list: readonly Article[]; page: MonthPage }>;
  years: Map<string, { lists: readonly (readonly Article[])[]; page: YearPage }>;
}

export function dateArchiveMemo(): DateArchiveMemo {
  return { days: new Map(), groups: new Map(), months: new Map(), years: new Map() };
}

const sameLink = (a: Link | undefined, b: Link | undefined): boolean => a === b || (a !== undefined && b !== undefined && a.url === b.url && a.label === b.label);

/** Year, month and day pages from the articles (newest first); `memo`: the previous call's, whose unchanged pages are taken. */
export function buildDateArchive(
  articles: readonly Article[],
  memo: DateArchiveMemo = dateArchiveMemo(),
): { years: YearPage[]; months: MonthPage[]; days: DayPage[] } {
  const next = dateArchiveMemo();
  const byYear = new Map<string, Map<string, Article[]>>();
  for (const article of articles) {
    let months = byYear.get(article.year);
    if (!months) byYear.set(article.year, (months = new Map()));
    let list = months.get(article.month);
    if (!list) months.set(article.month, (list = []));
    list.push(article);
  }

  const yearKeys = [...byYear.keys()].sort().reverse();
  const years: YearPage[] = [];
  const months: MonthPage[] = [];
  yearKeys.forEach((year, yearIndex) => {
    const monthMap = byYear.get(year)!;
    const lists = MONTH_NAMES.map((_, index) => monthMap.get(String(index + 1).padStart(2, '0')) ?? []);
    const older = yearKeys[yearIndex + 1];
    const newer = yearKeys[yearIndex - 1];
    const previous = older ? { label: older, url: yearUrl(older) } : undefined;
    const following = newer ? { label: newer, url: yearUrl(newer) } : undefined;
    const url = yearUrl(year);
    const kept = memo.years.get(url);
    if (kept && lists.every((list, index) => sameItems(kept.lists[index], list)) && sameLink(kept.page.previous, previous) && sameLink(kept.page.next, following)) {
      years.push(kept.page);
      next.years.set(url, kept);
      return;
    }
    const summaries: MonthSummary[] = MONTH_NAMES.map((name, index) => {
      const month = String(index + 1).padStart(2, '0');
      const list = lists[index]!;
      const latest = list.slice(0, YEAR_HEADLINES);
      return list.length > 0 ? { month, name, count: list.length, url: monthUrl(year, month), latest } : { month, name, count: 0, latest };
    });
    const all = lists.flat();
    const page: YearPage = {
      year,
      url,
      count: all.length,
      months: summaries,
      chart: monthChart(summaries.map((summary) => summary.count)),
      ...(previous ? { previous } : {}),
      ...(following ? { next: following } : {}),
      lastmod: newest(all),
    };
    years.push(page);
    next.years.set(url, { lists, page });
  });

  // Month pages, newest first, each linked to its neighbours that have articles.
  const monthKeys = yearKeys.flatMap((year) =>
    [...byYear.get(year)!.keys()].sort().reverse().map((month) => ({ year, month })),
  );
  const monthDays: DayGroup[] = [];
  const link = (key: { year: string; month: string }): Link => ({
    label: `${MONTH_NAMES[Number(key.month) - 1]} ${key.year}`,
    url: monthUrl(key.year, key.month),
  });
  monthKeys.forEach(({ year, month }, index) => {
    const list = byYear.get(year)!.get(month)!;
    const url = monthUrl(year, month);
    const olderKey = monthKeys[index + 1];
    const newerKey = monthKeys[index - 1];
    const older = olderKey && link(olderKey);
    const newer = newerKey && link(newerKey);
    const kept = memo.months.get(url);
    if (kept && sameItems(kept.list, list) && sameLink(kept.page.previous, older) && sameLink(kept.page.next, newer)) {
      months.push(kept.page);
      monthDays.push(...kept.page.days);
      next.months.set(url, kept);
      for (const group of kept.page.days) next.groups.set(group.url, group);
      return;
    }
    const days: DayGroup[] = [];
    let start = 0;
    for (let at = 1; at <= list.length; at++) {
      const first = list[start]!;
      const article = list[at];
      if (article && article.day === first.day) continue;
      const dayGroupUrl = dayUrl(first.year, first.month, first.day);
      const dayList = list.slice(start, at);
      const keptGroup = memo.groups.get(dayGroupUrl);
      const group = keptGroup && sameItems(keptGroup.articles, dayList) ? keptGroup : { date: `${first.year}-${first.month}-${first.day}`, url: dayGroupUrl, articles: dayList };
      days.push(group);
      next.groups.set(dayGroupUrl, group);
      start = at;
    }
    monthDays.push(...days);
    const page: MonthPage = {
      year,
      month,
      name: MONTH_NAMES[Number(month) - 1]!,
      url,
      yearUrl: yearUrl(year),
      count: list.length,
      days,
      ...(older ? { previous: older } : {}),
      ...(newer ? { next: newer } : {}),
      lastmod: newest(list),
    };
    months.push(page);
    next.months.set(url, { list, page });
  });
  const days = dayPages(monthDays, memo.days, next.days);
  Object.assign(memo, next);
  return { years, months, days };
}

/** One page per day with articles, newest first, each linked to its neighbours; the kept page where its group and neighbours are the same. */
function dayPages(groups: readonly DayGroup[], kept: ReadonlyMap<string, DayPage>, next: Map<string, DayPage>): DayPage[] {
  return groups.map((group, index): DayPage => {
    const older = groups[index + 1];
    const newer = groups[index - 1];
    const previous = kept.get(group.url);
    if (previous && previous.articles === group.articles && previous.previous?.url === older?.url && previous.next?.url === newer?.url) {
      next.set(group.url, previous);
      return previous;
    }
    const [year = '', month = '', day = ''] = group.date.split('-');
    const page: DayPage = {
      date: group.date,
      url: group.url,
      year,
      month,
      day,
      monthName: MONTH_NAMES[Number(month) - 1] ?? month,
      monthUrl: monthUrl(year, month),
      yearUrl: yearUrl(year),
      count: group.articles.length,
      articles: group.articles,
      ...(older ? { previous: { label: older.date, url: older.url } } : {}),
      ...(newer ? { next: { label: newer.date, url: newer.url } } : {}),
      lastmod: newest(group.articles),
    };
    next.set(group.url, page);
    return page;
  });
}
