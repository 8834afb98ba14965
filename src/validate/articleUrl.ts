/**
 * Validate: an article's permanent URL, `/YYYY/MM/DD/slug/`, from its date and
 * its file name (`2020-11-28-some-headline.md` or `some-headline.md`).
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { reportError, reportWarning, type Place } from '../model/diagnostics.ts';
import { slugify, SLUG_PATTERN } from '../model/slug.ts';

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;

export interface ArticleUrl {
  slug: string;
  url: string;
  year: string;
  month: string;
  day: string;
}

export function articleUrl(file: VFile, date: string, datePlace: Place): ArticleUrl | undefined {
  const base = path.basename(file.path, '.md');
  const prefix = DATE_PREFIX.exec(base);
  const slug = prefix ? base.slice(prefix[0].length) : base;
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  if (!SLUG_PATTERN.test(slug)) {
    // `npm run import` names an undated copy `YYYY-MM-DD-slug.md`: the placeholder is no part of the slug.
    const suggestion = slugify(slug.replace(/^YYYY-MM-DD-/, '')) || 'headline-in-lower-case';
    reportError(file, {
      reason: `Unexpected file name \`${path.basename(file.path)}\`, expected lower-case letters, digits and hyphens`,
      rule: 'file-name',
      place: { line: 1, column: 1 },
      hint: `The file name is the article's URL: rename it to \`${year}-${month}-${day}-${suggestion}.md\`.`,
    });
    return undefined;
  }
  if (prefix && prefix[1] !== date.slice(0, 10)) {
    reportWarning(file, {
      reason: `Unexpected date ${prefix[1]} in the file name, expected the article's date ${date.slice(0, 10)}`,
      rule: 'file-name-date',
      place: datePlace,
      hint: 'The URL uses the frontmatter date; rename the file so the two agree.',
    });
  }
  return { slug, url: `/${year}/${month}/${day}/${slug}/`, year, month, day };
}
