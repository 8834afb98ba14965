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

/** The part of a page between two markers (a section of the front page, say). */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `the page has ${start}`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to < 0 ? undefined : to);
}
const articleLinks = (html: string) => [...html.matchAll(/href="(\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);

describe('reader pages', () => {
  test('the front page leads with the latest article, then the next ones, then 14 teasers: the first 20', async () => {
    const home = await read('/');
    const articles = built.result.archive.articles;
    const lead = between(home, '<article class="lead"', '</article>');
    assert.ok(lead.includes(`href="${articles[0]!.url}"`), 'the lead story is the newest article');
    assert.match(lead, /<blockquote/, 'the lead shows its first quote');
    const top = articleLinks(between(home, 'class="front__top"', '</section>'));
    assert.deepEqual(top, articles.slice(1, 6).map((a) => a.url));
    assert.equal(count(between(home, 'class="front__more"', '</section>'), /class="summary"/g), 14);
    assert.match(home, /<a class="pager__link" rel="next" href="\/page\/2\/">/);
    const second = await read('/page/2/');
    assert.equal(articleLinks(between(second, 'class="summaries', 'class="pager"'))[0], articles[20]!.url, 'page 2 goes on with the 21st');
    const last = await read('/page/3/');
    assert.equal(count(last, /class="summary"/g), 45 - 40);
    assert.match(last, /Page 3 of 3/);
  });

  test('the front page has the latest by section: the busiest topics, places and sources, no headline twice', async () => {
    const home = await read('/');
    const sections = between(home, 'class="front__sections"', 'class="front__more"');
    const kinds = [...sections.matchAll(/<span class="kicker">(\w+)<\/span> <a href="(\/\w+\/[a-z0-9-]+\/)">/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(kinds.map(([kind]) => kind), ['Topic', 'Topic', 'Topic', 'Topic', 'Place', 'Place', 'Source', 'Source']);
    assert.equal(kinds[0]![1], '/topics/elections/', 'the topic with most articles comes first');
    const shown = [...articleLinks(between(home, '<article class="lead"', 'class="front__sections"')), ...articleLinks(sections)];
    assert.equal(new Set(shown).size, shown.length, 'no headline is repeated on the front page');
  });

  test('teasers do not repeat the dateline the meta line already shows', async () => {
    const home = await read('/page/2/');
    const teasers = [...home.matchAll(/class="summary__text">([^<]*)</g)].map((m) => m[1]!);
    assert.ok(teasers.length > 0);
    for (const teaser of teasers) assert.doesNotMatch(teaser, /^[A-ZÃ ]+ \(/, teaser);
    assert.match(home, /class="summary__place">/);
  });

  test('a year page lists months with counts, links only months with articles, and draws a chart', async () => {
    const year = await read('/2020/');
    assert.match(year, /<svg class="chart__svg"[^>]*role="img"/);
    assert.match(year, /<th scope="row"><a href="\/2020\/11\/">November<\/a><\/th>\s*<td>3<\/td>/);
    assert.match(year, /<th scope="row">March<\/th>\s*<td>0<\/td>/, 'an empty month is not a link');
    assert.ok(!built.files.includes('2020/03/index.html'), 'an empty month has no page');
  });

  test('a year page lists the latest articles of each of its months', async () => {
    const year = await read('/2020/');
    const november = built.result.archive.articles.filter((a) => a.year === '2020' && a.month === '11');
    const section = between(year, 'id="month-11"', '</section>');
    assert.deepEqual(articleLinks(section), november.map((a) => a.url));
  });

  test('a month page lists its articles by day, each day heading linking to the day’s page', async () => {
    const month = await read('/2020/11/');
    assert.match(month, /<h1 class="page-title">November 2020<\/h1>/);
    assert.equal(count(month, /<section class="day"/g), 3);
    assert.match(month, /<h2 class="day__heading" id="day-2020-11-03"><a href="\/2020\/11\/03\/">/);
    assert.equal(articleLinks(month).length, 3);
  });

  test('every day with articles has a page at /YYYY/MM/DD/ listing them, beside its articles’ own pages', async () => {
    const days = new Map<string, string[]>();
    for (const article of built.result.archive.articles) {
      const url = `/${article.year}/${article.month}/${article.day}/`;
      days.set(url, [...(days.get(url) ?? []), article.url]);
    }
    for (const [url, urls] of days) {
      const html = await read(url);
      assert.deepEqual(articleLinks(between(html, 'class="summaries', 'class="pager"')).filter((link, i, all) => all.indexOf(link) === i), urls, url);
    }
    const day = await read('/2020/11/03/');
    assert.match(day, /<h1 class="page-title"><time datetime="2020-11-03">3 November 2020<\/time><\/h1>/);
    assert.match(day, /href="\/2020\/11\/">November<\/a>/, 'its breadcrumb leads to the month');
    assert.ok(!built.files.includes('2020/11/04/index.html'), 'a day without articles has no page');
  });

  test('an article’s breadcrumb leads to its day', async () => {
    const article = built.result.archive.articles[4]!;
    const crumbs = between(await read(article.url), 'aria-label="Breadcrumb"', '</nav>');
    assert.ok(crumbs.includes(`href="/${article.year}/${article.month}/${article.day}/"`));
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

  test('/quotes/ groups every quote by speaker, speakers sorted by surname', async () => {
    const quotes = await read('/quotes/');
    const speakers = [...quotes.matchAll(/<h2 class="speaker__name" id="([^"]+)"/g)].map((m) => m[1]);
    // Surnames Ćosić, Horvat, Lemoyne, Yusuf (by first name it would be Amina, Jean-Baptiste, Marko, Zoé).
    assert.deepEqual(speakers, ['speaker-zoe-cosic', 'speaker-marko-horvat', 'speaker-jean-baptiste-lemoyne', 'speaker-amina-yusuf', 'speaker-not-recorded']);
  });

  test('/quotes/ links every quote to its place in its article', async () => {
    const quotes = await read('/quotes/');
    const links = quotes.match(/<a href="\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/#quote-\d+"/g) ?? [];
    assert.equal(links.length, 44 + 1 + 1, 'one quote per generated article, the extra anonymous quote and the Urdu quote');
    assert.match(quotes, /<h2 class="speaker__name" id="speaker-zoe-cosic"><a href="\/people\/zoe-cosic\/">Zoé Ćosić<\/a><\/h2>/);
    assert.match(quotes, /Speaker not recorded/);
  });

  test('a person’s page reads as a profile: quotes, first and latest appearance, roles, who else is quoted', async () => {
    const person = await read('/people/amina-yusuf/');
    const theirs = built.result.archive.articles.filter((a) => a.quotes.some((q) => q.speaker === 'Amina Yusuf'));
    const profile = between(person, '<aside class="profile"', '</aside>');
    assert.match(profile, new RegExp(`<dt>Articles</dt><dd>${theirs.length}</dd>`));
    assert.match(profile, new RegExp(`<dt>Quoted</dt><dd>${theirs.length} times</dd>`));
    assert.ok(profile.includes(`<dt>First appearance</dt><dd><a href="${theirs.at(-1)!.url}">`));
    assert.ok(profile.includes(`<dt>Latest</dt><dd><a href="${theirs[0]!.url}">`));
    assert.match(profile, /<dt>Quoted as<\/dt><dd>finance minister<\/dd>/);
    assert.match(profile, /id="ranking-topics"/);
  });

  test('a place’s and a source’s pages say who is quoted most in their articles', async () => {
    for (const url of ['/places/lisbon/', '/sources/reuters/']) {
      const profile = between(await read(url), '<aside class="profile"', '</aside>');
      assert.match(profile, /<h3 class="profile__heading" id="ranking-quoted">Most quoted<\/h3>/, url);
      assert.match(profile, /<li><a href="\/people\/[a-z-]+\/">[^<]+<\/a> <span class="ranking__count">\d+/, url);
      assert.match(profile, /<dt>First appearance<\/dt>/, url);
    }
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
    '/', '/page/2/', '/2020/', '/2020/11/', '/2020/11/03/', '/sources/', '/sources/sputnik/', '/places/', '/places/sao-paulo/',
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
