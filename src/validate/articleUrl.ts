/**
 * Validate: an article's permanent URL, `/YYYY/MM/DD/slug/`, from its date and
 * its file name (`2020-11-28-some-headline.md` or `some-headline.md`).
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { reportError, reportWarning, type Place } from '../model/diagnostics.ts';
import { slugify, SLUG_PATTERN } from '../model/slug.ts';
import * as urls from '../model/urls.ts';

/** Where an article is published: its slug and permanent URL, and the date that URL is made of. */
export interface ArticleUrl {
  slug: string;
  /** `/YYYY/MM/DD/slug/`: permanent. */
  url: string;
  year: string;
  month: string;
  day: string;
}

/** What is wrong with a slug that is not one, said in its own terms. */
function slugExpectation(slug: string): string {
  if (!/^[a-z0-9-]*$/.test(slug)) return 'lower-case letters, digits and hyphens only';
  if (slug === '') return 'a slug after the date (the headline in lower case, words joined by hyphens)';
  if (slug.includes('--')) return 'one hyphen between words, not `--`';
  return 'no hyphen at the start or the end of the slug';
}

export function articleUrl(file: VFile, date: string, datePlace: Place): ArticleUrl | undefined {
  const { date: nameDate, slug } = urls.fileNameParts(path.basename(file.path));
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  if (!SLUG_PATTERN.test(slug)) {
    // `npm run import` names an undated copy `YYYY-MM-DD-slug.md`: the placeholder is no part of the slug.
    const suggestion = slugify(slug.replace(/^YYYY-MM-DD-/, '')) || 'headline-in-lower-case';
    reportError(file, {
      reason: `Unexpected file name \`${path.basename(file.path)}\`, expected ${slugExpectation(slug)}`,
      rule: 'file-name',
      place: { line: 1, column: 1 },
      hint: `The file name is the article's URL: rename it to \`${year}-${month}-${day}-${suggestion}.md\`.`,
    });
    return undefined;
  }
  if (nameDate !== undefined && nameDate !== date.slice(0, 10)) {
    reportWarning(file, {
      reason: `Unexpected date ${nameDate} in the file name, expected the article's date ${date.slice(0, 10)}`,
      rule: 'file-name-date',
      place: datePlace,
      hint: 'The URL uses the frontmatter date; rename the file so the two agree.',
    });
  }
  return { slug, url: urls.articleUrl(date, slug), year, month, day };
}
