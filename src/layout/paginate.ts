/**
 * Pagination computed ahead: a list cut into pages with their URLs
 * (`/topics/slug/`, `/topics/slug/page/2/` …), so one Eleventy template
 * paginates over the pages of every term with `size: 1`.
 */
import { pageUrl } from '../model/urls.ts';

export interface Page<T> {
  url: string;
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  previousUrl?: string;
  nextUrl?: string;
}

/** Always at least one page, so a list with nothing in it still has its page. */
export function paginate<T>(items: readonly T[], size: number, baseUrl: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pages: Page<T>[] = [];
  for (let number = 1; number <= count; number++) {
    pages.push({
      url: pageUrl(baseUrl, number),
      number,
      count,
      items: items.slice((number - 1) * size, number * size),
      ...(number > 1 ? { previousUrl: pageUrl(baseUrl, number - 1) } : {}),
      ...(number < count ? { nextUrl: pageUrl(baseUrl, number + 1) } : {}),
    });
  }
  return pages;
}
