/**
 * The reader's pages, built from the fixture archive with the real pipeline:
 * every kind of page exists with the right content, every internal link
 * resolves, and the HTML of every kind is valid.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { COLLISION_RULE } from '../../src/taxonomy/collisions.ts';
import { buildFixtureArchive, fileOfUrl, internalLinks, type BuiltFixture } from './fixtureBuild.ts';

let built: BuiltFixture;
const read = (url: string) => built.project.read(fileOfUrl(url));
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

before(async () => {
  built = await buildFixtureArchive();
});
after(async () => {
  await built?.project.remove();
});

describe('reader pages', () => {
  test('the home page shows the latest 20 articles and pages on at /page/2/', async () => {
    const home = await read('/');
    assert.equal(count(home, /class="summary"/g), 20);
    assert.match(home, /<a class="pager__link" rel="next" href="\/page\/2\/">/);
    const last = await read('/page/3/');
    assert.equal(count(last, /class="summary"/g), 45 - 40);
    assert.match(last, /Page 3 of 3/);
  });

  test('a year page lists months with counts, links only months with articles, and draws a chart', async () => {
    const year = await read('/2020/');
    assert.match(year, /<svg class="chart__svg"[^>]*role="img"/);
    assert.match(year, /<th scope="row"><a href="\/2020\/11\/">November<\/a><\/th>\s*<td>3<\/td>/);
    assert.match(year, /<th scope="row">March<\/th>\s*<td>0<\/td>/, 'an empty month is not a link');
    assert.ok(!built.files.includes('2020/03/index.html'), 'an empty month has no page');
  });

  test('a month page lists its articles by day', async () => {
    const month = await read('/2020/11/');
    assert.match(month, /<h1 class="page-title">November 2020<\/h1>/);
    assert.ok(count(month, /<section class="day"/g) >= 1);
    assert.equal(count(month, /class="summary"/g), 3);
  });

  for (const [index, example] of [
    ['/sources/', '/sources/sputnik/'],
    ['/places/', '/places/sao-paulo/'],
    ['/people/', '/people/jean-baptiste-lemoyne/'],
    ['/topics/', '/topics/nagorno-karabakh/'],
  ] as const) {
    test(`${index} lists every term with its count and links to pages such as ${example}`, async () => {
      const html = await read(index);
      assert.match(html, new RegExp(`<a href="${example}">[^<]+</a>\\s*<span class="term-list__count">\\d+`));
      assert.match(await read(example), /<span class="page-title__kicker">/);
    });
  }

  test('sources cover both the outlet and the wire agency', async () => {
    const sources = await read('/sources/');
    assert.match(sources, /href="\/sources\/urdupoint-news\/"/);
    assert.match(sources, /href="\/sources\/afp\/"/);
  });

  test('a term with more than 20 articles is paginated at /topics/slug/page/2/', async () => {
    const first = await read('/topics/elections/');
    assert.equal(count(first, /class="summary"/g), 20);
    assert.match(first, /href="\/topics\/elections\/page\/2\/"/);
    assert.match(await read('/topics/elections/page/2/'), /Page 2 of 2/);
  });

  test('/quotes/ groups every quote by speaker, each linking to its place in its article', async () => {
    const quotes = await read('/quotes/');
    const links = quotes.match(/<a href="\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/#quote-\d+"/g) ?? [];
    assert.equal(links.length, 44 + 1 + 1, 'one quote per generated article, the extra anonymous quote and the Urdu quote');
    assert.match(quotes, /<h2 class="speaker__name" id="speaker-zoe-cosic"><a href="\/people\/zoe-cosic\/">Zoé Ćosić<\/a><\/h2>/);
    assert.match(quotes, /Speaker not recorded/);
  });

  test('a person’s page shows their quotes before their articles', async () => {
    const person = await read('/people/zoe-cosic/');
    const quotesAt = person.indexOf('class="quote-list"');
    const articlesAt = person.indexOf('class="summaries"');
    assert.ok(quotesAt > 0 && quotesAt < articlesAt);
    assert.match(person, /also written Zoe Cosic/);
  });

  test('an article page has breadcrumbs, previous and next, related articles and more from its source', async () => {
    const url = built.result.archive.articles[10]!.url;
    const html = await read(url);
    assert.match(html, /<nav class="breadcrumbs[^"]*" aria-label="Breadcrumb"/);
    assert.match(html, /rel="prev" href="\/\d{4}\//);
    assert.match(html, /rel="next" href="\/\d{4}\//);
    assert.match(html, /id="related-heading"/);
    assert.match(html, /id="source-heading"[^>]*>More from /);
  });

  test('the Urdu article is laid out right to left', async () => {
    const html = await read('/2021/03/10/karachi-budget-debate/');
    assert.match(html, /<html lang="ur" dir="rtl">/);
  });

  test('the 404 page offers a search box', async () => {
    assert.match(await read('/404.html'), /<form class="search-form" role="search" aria-label="[^"]+" action="\/search\/" method="get">/);
  });

  test('the navigation marks the current section with aria-current', async () => {
    assert.match(await read('/topics/'), /<a href="\/topics\/" aria-current="page">Topics<\/a>/);
    assert.match(await read('/topics/trade/'), /<a href="\/topics\/" aria-current="true">Topics<\/a>/);
  });

  test('names that differ only in accents are reported with both spellings', () => {
    const messages = built.result.archive.files.flatMap((file) => file.messages.filter((m) => m.ruleId === COLLISION_RULE));
    assert.equal(messages.length, 1);
    assert.match(messages[0]!.reason, /`Zoé Ćosić` and `Zoe Cosic`.*\/people\/zoe-cosic\//);
  });

  test('every internal link in every page resolves to a built file', async () => {
    const files = new Set(built.files);
    const broken: string[] = [];
    for (const file of built.files.filter((name) => name.endsWith('.html'))) {
      for (const link of internalLinks(await built.project.read(file))) {
        // /pagefind/ is written by the index stage, which these tests skip.
        if (link.startsWith('/pagefind/')) continue;
        if (!files.has(fileOfUrl(link))) broken.push(`${file} → ${link}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('valid HTML', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Template tags leave indented blank lines; invisible, and not a validity problem.
      'no-trailing-whitespace': 'off',
    },
  });
  const pages = [
    '/', '/page/2/', '/2020/', '/2020/11/', '/sources/', '/sources/sputnik/', '/places/', '/places/sao-paulo/',
    '/people/', '/people/zoe-cosic/', '/topics/', '/topics/elections/page/2/', '/quotes/', '/about/', '/404.html',
    '/2021/03/10/karachi-budget-debate/',
  ];
  test('one page of every kind has no html-validate errors', async () => {
    const urls = [...pages, built.result.archive.articles[3]!.url];
    const problems: string[] = [];
    for (const url of urls) {
      const report = await validator.validateString(await read(url));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
