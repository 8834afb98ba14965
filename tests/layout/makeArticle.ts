/** Test support: an Article as the layout stage receives it, with only what a test cares about given. */
import type { Article } from '../../src/model/article.ts';
import { articleUrl, fileNameForSlug } from '../../src/model/urls.ts';

export interface ArticleSketch {
  slug?: string;
  date?: string;
  title?: string;
  place?: string;
  outlet?: string;
  agency?: string;
  byline?: string;
  url?: string;
  speakers?: (string | undefined)[];
  people?: string[];
  tags?: string[];
  lang?: string;
  updated?: string;
}

export function makeArticle(sketch: ArticleSketch = {}): Article {
  const date = sketch.date ?? '2020-11-28';
  const [year = '', month = '', day = ''] = date.slice(0, 10).split('-');
  const slug = sketch.slug ?? 'an-article';
  return {
    title: sketch.title ?? 'An article',
    date,
    ...(sketch.place ? { dateline: { place: sketch.place } } : {}),
    source: {
      outlet: sketch.outlet ?? 'The Daily Test',
      ...(sketch.agency ? { agency: sketch.agency } : {}),
      ...(sketch.byline ? { byline: sketch.byline } : {}),
      ...(sketch.url ? { url: sketch.url } : {}),
    },
    quotes: (sketch.speakers ?? []).map((speaker, index) => ({
      text: `Quote ${index + 1}`,
      ...(speaker ? { speaker } : {}),
      id: `quote-${index + 1}`,
    })),
    tags: sketch.tags ?? [],
    people: sketch.people ?? [],
    lang: sketch.lang ?? 'en',
    ...(sketch.updated ? { updated: sketch.updated } : {}),
    corrections: [],
    draft: false,
    inputPath: `content/${fileNameForSlug(date.slice(0, 10), slug)}`,
    slug,
    url: articleUrl(date, slug),
    year,
    month,
    day,
    dir: 'ltr',
    summary: 'A summary.',
    html: '<p>Body.</p>',
  };
}
