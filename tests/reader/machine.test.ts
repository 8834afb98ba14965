/**
 * What machines read, built from the fixture archive with the real
 * pipeline: the Atom and JSON feeds, the sitemap, and each article's
 * structured data and social meta.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SiteSettings } from '../../src/site.ts';
import { buildFixtureArchive, elements, fileOfUrl, urlOfFile, type BuiltFixture } from './fixtureBuild.ts';

let built: BuiltFixture;
/** The fixture's site.yaml, with its base URL (fixtureBuild.ts). */
let site: SiteSettings & { url: string };
const read = (url: string) => built.project.read(fileOfUrl(url));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'url', 'link', 'author', 'category'].includes(name) });

function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`);
  return parser.parse(text) as Record<string, unknown>;
}

before(async () => {
  built = await buildFixtureArchive();
  site = { ...built.result.site, url: built.result.site.url ?? '' };
});
after(async () => {
  await built?.project.remove();
});

describe('feeds', () => {
  test('/feed.xml is well-formed Atom with the latest articles, full content and absolute URLs', async () => {
    const feed = parseXml(await read('/feed.xml')).feed as { entry: Record<string, unknown>[]; updated: string; '@xmlns': string };
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(feed.entry.length, 45, 'all 45 fixture articles (fewer than the limit of 50)');
    const newest = built.result.archive.articles[0]!;
    const first = feed.entry[0] as { id: string; title: string; content: { '#text': string; '@type': string }; link: { '@href': string }[] };
    assert.equal(first.id, `${site.url}${newest.url}`);
    assert.equal(first.content['@type'], 'html');
    assert.match(first.content['#text'], /<p>/);
    assert.match(feed.updated, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  test('links inside feed content are absolute', async () => {
    const text = await read('/feed.xml');
    assert.match(text, new RegExp(`href=&quot;${site.url.replace(/[.]/g, '\\.')}/2019/03/01/council-rejects-trade-deal-1/&quot;`));
  });

  test('/feed.json is JSON Feed 1.1 with the same entries', async () => {
    const feed = JSON.parse(await read('/feed.json')) as { version: string; items: { id: string; content_html: string; title: string; language: string }[] };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.items.length, 45);
    assert.ok(feed.items.every((item) => item.id.startsWith(`${site.url}/`) && item.content_html.length > 0));
    const urdu = feed.items.find((item) => item.language === 'ur');
    assert.equal(urdu?.title, 'کراچی میں بجٹ پر بحث جاری');
  });

  test('the feed keeps at most the latest 50 articles', async () => {
    const { buildFeeds, FEED_SIZE } = await import('../../src/layout/feeds.ts');
    const many = Array.from({ length: 60 }, () => built.result.archive.articles[0]!);
    const { atom, json } = await buildFeeds(many, site);
    assert.equal(FEED_SIZE, 50);
    assert.equal(atom.entries.length, 50);
    assert.equal(json.items.length, 50);
  });
});

describe('sitemap', () => {
  test('/sitemap.xml lists every built page exactly once, each with a lastmod from the content', async () => {
    const urlset = parseXml(await read('/sitemap.xml')).urlset as { url: { loc: string; lastmod: string }[] };
    const locs = urlset.url.map((entry) => entry.loc);
    assert.equal(new Set(locs).size, locs.length);
    const pages = built.files
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${site.url}${urlOfFile(file)}`)
      .sort();
    assert.deepEqual([...locs].sort(), pages);
    for (const entry of urlset.url) assert.match(entry.lastmod, /^20(19|20|21)-\d{2}-\d{2}/, entry.loc);
  });

  test('an updated article’s lastmod is its update date', async () => {
    const updated = built.result.archive.articles.find((a) => a.updated)!;
    const text = await read('/sitemap.xml');
    assert.ok(text.includes(`<loc>${site.url}${updated.url}</loc><lastmod>${updated.updated}</lastmod>`));
  });
});

describe('article structured data', () => {
  async function jsonLdOf(url: string): Promise<Record<string, unknown>> {
    const scripts = [...elements(await read(url))].filter((e) => e.name === 'script' && e.attrs.get('type') === 'application/ld+json');
    assert.equal(scripts.length, 1);
    const html = await read(url);
    const body = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    return JSON.parse(body) as Record<string, unknown>;
  }

  test('an article page has NewsArticle JSON-LD with the fields search engines read', async () => {
    const article = built.result.archive.articles.find((a) => a.source.byline && a.source.agency)!;
    const ld = await jsonLdOf(article.url);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, article.title);
    assert.equal(ld.datePublished, article.date);
    assert.equal(ld.dateModified, article.updated ?? article.date);
    assert.equal(ld.dateline, article.dateline?.printed);
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: article.source.byline }]);
    assert.deepEqual(ld.publisher, { '@type': 'NewsMediaOrganization', name: article.source.outlet });
    assert.deepEqual(ld.sourceOrganization, { '@type': 'NewsMediaOrganization', name: article.source.agency });
    assert.equal(ld.isBasedOn, article.source.url);
    assert.deepEqual(ld.keywords, article.tags);
    assert.equal(ld.inLanguage, 'en');
    assert.equal(ld.url, `${site.url}${article.url}`);
  });

  test('the Urdu article’s structured data says its language', async () => {
    assert.equal((await jsonLdOf('/2021/03/10/karachi-budget-debate/')).inLanguage, 'ur');
  });

  test('an article page has a canonical URL, OpenGraph and Twitter meta', async () => {
    const article = built.result.archive.articles[0]!;
    const meta = new Map<string, string>();
    let canonical = '';
    for (const element of elements(await read(article.url))) {
      const key = element.attrs.get('property') ?? element.attrs.get('name');
      if (element.name === 'meta' && key) meta.set(key, element.attrs.get('content') ?? '');
      if (element.name === 'link' && element.attrs.get('rel') === 'canonical') canonical = element.attrs.get('href') ?? '';
    }
    assert.equal(canonical, `${site.url}${article.url}`);
    assert.equal(meta.get('og:type'), 'article');
    assert.equal(meta.get('og:title'), article.title);
    assert.equal(meta.get('og:url'), canonical);
    assert.equal(meta.get('twitter:card'), 'summary');
    assert.equal(meta.get('twitter:title'), article.title);
  });
});
