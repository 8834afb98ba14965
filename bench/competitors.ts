/**
 * What our build is measured against, on the same generated articles:
 *
 * - baseline: plain Eleventy 3 with its defaults (markdown-it, Liquid
 *   pre-processing of Markdown), one Nunjucks layout, article pages only,
 *   no search;
 * - Hugo (the Debian package) with equivalent taxonomy pages — sources,
 *   places, people, topics, each with an index and paginated term pages —
 *   article pages at our URLs, a paginated home page, an RSS feed and a
 *   sitemap; then Pagefind's CLI over its output.
 */
import { existsSync } from 'node:fs';
import { link, copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedArticle } from './generate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface Competitors {
  eleventyDir: string;
  eleventyInput: string;
  eleventyOutput: string;
  hugoDir: string;
  hugoOutput: string;
  /** Called once for each generated article, after ours is written to `filePath`. */
  addArticle(article: GeneratedArticle, filePath: string): Promise<void>;
}

const ELEVENTY_LAYOUT = `<!doctype html>
<html lang="{{ lang or 'en' }}">
<head><meta charset="utf-8"><title>{{ title }}</title><meta name="viewport" content="width=device-width"></head>
<body>
<main>
<article>
<h1>{{ title }}</h1>
<p>{{ dateline.printed }} · {{ source.outlet }}{% if source.agency %} / {{ source.agency }}{% endif %}</p>
{{ content | safe }}
<ul>{% for tag in tags %}<li>{{ tag }}</li>{% endfor %}</ul>
</article>
</main>
</body>
</html>
`;

const HUGO_CONFIG = `baseURL = "https://example.org/"
languageCode = "en"
title = "News Archive (Hugo benchmark)"
paginate = 20
disableKinds = ["robotsTXT", "404"]

[taxonomies]
  source = "sources"
  place = "places"
  person = "people"
  topic = "topics"

[permalinks]
  articles = "/:year/:month/:day/:slug/"

[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
`;

const HUGO_HEAD = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="viewport" content="width=device-width"></head>
<body>
<nav><a href="/">Home</a> <a href="/sources/">Sources</a> <a href="/places/">Places</a> <a href="/people/">People</a> <a href="/topics/">Topics</a></nav>
<main>
`;
const HUGO_FOOT = `</main>
</body>
</html>
`;

const HUGO_LAYOUTS: Record<string, string> = {
  '_default/single.html': `${HUGO_HEAD}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .Params.printed }}</p>
{{ .Content }}
</article>
{{ range $taxonomy, $_ := site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
${HUGO_FOOT}`,
  '_default/list.html': `${HUGO_HEAD}<h1>{{ .Title }}</h1>
<ol>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}
${HUGO_FOOT}`,
  '_default/terms.html': `${HUGO_HEAD}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
${HUGO_FOOT}`,
  'index.html': `${HUGO_HEAD}<h1>{{ site.Title }}</h1>
<ol>{{ range (.Paginate site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}
${HUGO_FOOT}`,
};

function hugoFrontmatter(article: GeneratedArticle): string {
  const { meta } = article;
  const s = (value: string) => JSON.stringify(value);
  const list = (items: readonly string[]) => `[${items.map(s).join(', ')}]`;
  const sources = meta.agency ? [meta.outlet, meta.agency] : [meta.outlet];
  return [
    '---',
    `title: ${s(meta.title)}`,
    `date: ${s(meta.date)}`,
    `slug: ${s(meta.slug)}`,
    `printed: ${s(meta.printed)}`,
    `sources: ${list(sources)}`,
    `places: ${list([meta.place])}`,
    `people: ${list([...meta.speakers, ...meta.people])}`,
    `topics: ${list(meta.tags)}`,
    '---',
    '',
  ].join('\n');
}

/** Lays out the baseline Eleventy project and the Hugo site under `dir`, empty of articles. */
export async function prepareCompetitors(dir: string): Promise<Competitors> {
  const eleventyDir = path.join(dir, 'eleventy');
  const eleventyInput = path.join(eleventyDir, 'src');
  const articlesDir = path.join(eleventyInput, 'articles');
  await mkdir(path.join(eleventyInput, '_includes'), { recursive: true });
  await mkdir(articlesDir, { recursive: true });
  await writeFile(path.join(eleventyInput, '_includes', 'article.njk'), ELEVENTY_LAYOUT);
  await writeFile(path.join(articlesDir, 'articles.json'), JSON.stringify({ layout: 'article.njk' }));

  const hugoDir = path.join(dir, 'hugo');
  const hugoArticles = path.join(hugoDir, 'content', 'articles');
  await mkdir(hugoArticles, { recursive: true });
  await writeFile(path.join(hugoDir, 'config.toml'), HUGO_CONFIG);
  for (const [name, text] of Object.entries(HUGO_LAYOUTS)) {
    await mkdir(path.dirname(path.join(hugoDir, 'layouts', name)), { recursive: true });
    await writeFile(path.join(hugoDir, 'layouts', name), text);
  }

  return {
    eleventyDir,
    eleventyInput,
    eleventyOutput: path.join(eleventyDir, 'out'),
    hugoDir,
    hugoOutput: path.join(hugoDir, 'public'),
    async addArticle(article, filePath) {
      const target = path.join(articlesDir, article.fileName);
      // The very same bytes: a hard link where the file system allows it.
      await link(filePath, target).catch(() => copyFile(filePath, target));
      await writeFile(path.join(hugoArticles, article.fileName), hugoFrontmatter(article) + article.meta.body + '\n');
    },
  };
}

/** `node …/eleventy/cmd.cjs` over the baseline project. */
export function eleventyCommand(competitors: Competitors): { command: string; args: string[]; cwd: string } {
  return {
    command: process.execPath,
    args: [
      path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'),
      `--input=${competitors.eleventyInput}`,
      `--output=${competitors.eleventyOutput}`,
      '--quiet',
    ],
    cwd: competitors.eleventyDir,
  };
}

export function hugoCommand(competitors: Competitors): { command: string; args: string[]; cwd: string } {
  return {
    command: 'hugo',
    args: ['--quiet', '--source', competitors.hugoDir, '--destination', competitors.hugoOutput],
    cwd: competitors.hugoDir,
  };
}

/** Pagefind's own CLI binary, as the `pagefind` package installed it. */
export function pagefindBinary(): string | undefined {
  const bin = path.join(ROOT, 'node_modules', '@pagefind', `${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}`, 'bin');
  return ['pagefind', 'pagefind_extended'].map((name) => path.join(bin, name)).find((file) => existsSync(file));
}

export function pagefindCommand(siteDir: string): { command: string; args: string[] } | undefined {
  const binary = pagefindBinary();
  return binary ? { command: binary, args: ['--site', siteDir, '--silent'] } : undefined;
}
