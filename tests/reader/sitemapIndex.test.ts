/**
 * The sitemap past the protocol's limit of 50,000 URLs: `/sitemap.xml`
 * becomes an index of `/sitemap-1.xml` …, laid out by real Eleventy from the
 * fixture archive, with the limit passed as an option (8 URLs a file) so a
 * small archive passes it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { planLayoutPasses } from '../../src/layout/layoutPasses.ts';
import { runEleventy } from '../../src/layout/runEleventy.ts';
import { siteData } from '../../src/layout/siteData.ts';
import { SITEMAP_LIMIT, sitemapParts } from '../../src/layout/sitemap.ts';
import { loadArchive } from '../../src/loadArchive.ts';
import { loadSiteSettings } from '../../src/site.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, FIXTURE_SITE_URL, type FixtureProject } from '../support/fixtureSite.ts';

const site = { url: FIXTURE_SITE_URL };

const LIMIT = 8;
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });
function parseXml(text: string): Record<string, Record<string, { loc: string; lastmod?: string }[]>> {
  assert.equal(XMLValidator.validate(text), true, 'well-formed XML');
  return parser.parse(text) as Record<string, Record<string, { loc: string; lastmod?: string }[]>>;
}

describe('sitemap index', () => {
  let project: FixtureProject;
  let outputDir: string;
  let pageCount = 0;
  const read = (file: string) => readFile(path.join(outputDir, file), 'utf8');

  before(async () => {
    project = await createFixtureProject('sitemap-index-');
    for (const file of fixtureArchive()) await project.write(file.name, file.text);
    const archive = await loadArchive({ contentDir: project.contentDir, includeDrafts: false });
    assert.equal(archive.ok, true);
    outputDir = await mkdtemp(path.join(tmpdir(), 'sitemap-index-out-'));
    const { settings } = loadSiteSettings({ projectDir: project.dir, env: {} });
    const data = await siteData(archive, { site: settings, sitemapLimit: LIMIT });
    pageCount = data.sitemap.length;
    await runEleventy({ outputDir, site: settings, data }, planLayoutPasses(data));
  });
  after(async () => {
    await project?.remove();
    if (outputDir) await rm(outputDir, { recursive: true, force: true });
  });

  test('past the limit, /sitemap.xml is an index of files of at most the limit, listing every page once', async () => {
    const index = parseXml(await read('sitemap.xml')).sitemapindex!.sitemap!;
    assert.equal(index.length, Math.ceil(pageCount / LIMIT));
    assert.deepEqual(index.map((entry) => entry.loc), index.map((_, i) => `${site.url}/sitemap-${i + 1}.xml`));
    const locs: string[] = [];
    for (const entry of index) {
      const urls = parseXml(await read(new URL(entry.loc).pathname.slice(1))).urlset!.url!;
      assert.ok(urls.length <= LIMIT, `${entry.loc} holds at most ${LIMIT} URLs`);
      assert.ok(entry.lastmod && urls.every((url) => !url.lastmod || url.lastmod <= entry.lastmod!), 'a part’s lastmod is its newest page’s');
      locs.push(...urls.map((url) => url.loc));
    }
    assert.equal(locs.length, pageCount);
    assert.equal(new Set(locs).size, pageCount);
    assert.ok(locs.includes(`${site.url}/`) && locs.includes(`${site.url}/2020/11/03/`));
  });

  test('the limit is the protocol’s 50,000, and an archive within it keeps one /sitemap.xml', () => {
    assert.equal(SITEMAP_LIMIT, 50_000);
    const entries = Array.from({ length: 3 }, (_, i) => ({ loc: `${site.url}/${i}/` }));
    assert.deepEqual(sitemapParts(entries, site.url, 3), []);
    assert.equal(sitemapParts(entries, site.url, 2).length, 2);
  });
});
