/**
 * Every URL the site has, built in one place (DESIGN.md's URL table; an
 * archive never breaks a link, so no stage spells a URL itself). Quartz's
 * quartz/util/path.ts is the model: small pure functions over strings, tested
 * as a table. Every URL is root-relative and ends in `/`, except files.
 *
 *   article        /YYYY/MM/DD/slug/      from the date and the file name
 *   by date        /YYYY/, /YYYY/MM/
 *   taxonomy       /sources/, /sources/slug/ (places, people, topics alike)
 *   later pages    BASE + page/N/         (/page/2/, /topics/x/page/3/)
 */

/** `2020-11-28-some-headline.md` → its date prefix and its slug. */
const DATED_FILE_NAME = /^(\d{4}-\d{2}-\d{2})-/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export interface FileNameParts {
  /** `2020-11-28` when the name starts with a date. */
  date: string | undefined;
  /** The name without its date prefix and `.md`: the last part of the URL. */
  slug: string;
}

/** `2020-11-28-talks.md` → `{ date: '2020-11-28', slug: 'talks' }`; `talks.md` → `{ date: undefined, slug: 'talks' }`. */
export function fileNameParts(fileName: string): FileNameParts {
  const base = fileName.replace(/\.md$/, '');
  const prefix = DATED_FILE_NAME.exec(base);
  return prefix ? { date: prefix[1], slug: base.slice(prefix[0].length) } : { date: undefined, slug: base };
}

/** Stands for the date in the name of an article whose date is still a placeholder (the importer's drafts). */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

/**
 * The file an article with this slug is kept in: `2020-11-28-slug.md`; while
 * its date is unknown `YYYY-MM-DD-slug.md`, which `npm run check` rejects
 * until the editor fills in the date and renames the file to it.
 */
export function fileNameForSlug(date: string, slug: string): string {
  const day = DAY.exec(date);
  return `${day ? day[0] : DATE_PLACEHOLDER}-${slug}.md`;
}

/** `2020-11-28…`, `talks` → `/2020/11/28/talks/`: the day as written (no time-zone shift). */
export function articleUrl(date: string, slug: string): string {
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  return `/${year}/${month}/${day}/${slug}/`;
}

/** The URL an article file gets, or undefined while its date is unknown (the importer's drafts). */
export function articleUrlFor(date: string, fileName: string): string | undefined {
  return DAY.test(date) ? articleUrl(date, fileNameParts(fileName).slug) : undefined;
}

/** `2020` → `/2020/` */
export function yearUrl(year: string): string {
  return `/${year}/`;
}

/** `2020`, `11` → `/2020/11/` */
export function monthUrl(year: string, month: string): string {
  return `/${year}/${month}/`;
}

/** `2020`, `11`, `28` → `/2020/11/28/`: the day's page (an article's URL has its slug after it). */
export function dayUrl(year: string, month: string, day: string): string {
  return `/${year}/${month}/${day}/`;
}

/** `topics` → `/topics/`: the index of one taxonomy. */
export function taxonomyUrl(key: string): string {
  return `/${key}/`;
}

/** `topics`, `trade` → `/topics/trade/`: one term's page (the slug already made from its name). */
export function termPageUrl(key: string, slug: string): string {
  return `/${key}/${slug}/`;
}

/** `/topics/x/`, 2 → `/topics/x/page/2/`; page 1 is the list's own URL. */
export function pageUrl(baseUrl: string, number: number): string {
  return number <= 1 ? baseUrl : `${baseUrl}page/${number}/`;
}

/** `/2020/11/28/talks/`, `quote-2` → `/2020/11/28/talks/#quote-2`: a quote where it stands in its article. */
export function quoteUrl(articleUrl: string, quoteId: string): string {
  return `${articleUrl}#${quoteId}`;
}
