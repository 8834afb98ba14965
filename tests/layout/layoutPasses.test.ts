/**
 * Lay out in passes (src/layout/layoutPasses.ts): a large archive is laid
 * out by several Eleventy runs so memory is bounded by a pass. The site must
 * not depend on how it was split.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from '../../src/build.ts';
import { PAGINATED, planLayoutPasses, splitPass, UNPAGINATED_TEMPLATES } from '../../src/layout/layoutPasses.ts';
import type { SiteData } from '../../src/layout/siteData.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

function siteDataWith(counts: Partial<Record<(typeof PAGINATED)[number], number>>): SiteData {
  const data: Record<string, unknown[]> = {};
  for (const key of PAGINATED) data[key] = Array.from({ length: counts[key] ?? 0 }, (_, i) => `${key}-${i}`);
  return data as unknown as SiteData;
}

describe('planLayoutPasses', () => {
  const CASES = [
    { name: 'a small archive is one pass', counts: { articlePages: 5, homePages: 1, termPages: 3 }, max: 100, passes: 1 },
    { name: 'passes fill up across collections', counts: { articlePages: 5, homePages: 2, termPages: 3 }, max: 4, passes: 3 },
    { name: 'a collection larger than a pass is split', counts: { articlePages: 25 }, max: 10, passes: 3 },
  ];
  for (const { name, counts, max, passes } of CASES) {
    test(name, () => {
      const data = siteDataWith(counts);
      const planned = planLayoutPasses(data, max);
      assert.equal(planned.length, passes);
      assert.deepEqual(planned.map((pass) => pass.first), planned.map((_, i) => i === 0), 'only the first pass lays out unpaginated pages');
      for (const pass of planned) {
        assert.ok(PAGINATED.reduce((sum, key) => sum + pass[key].length, 0) <= max, 'no pass holds more pages than the maximum');
      }
      for (const key of PAGINATED) {
        assert.deepEqual(planned.flatMap((pass) => pass[key] as unknown[]), data[key], `every item of ${key} once, in order`);
      }
    });
  }

  test('splitting a large pass keeps the unpaginated pages in its first part only, and out if it had none', () => {
    const [whole] = planLayoutPasses(siteDataWith({ articlePages: 9 }), 100);
    assert.deepEqual(splitPass(whole!, 4).map((pass) => pass.first), [true, false, false]);
    assert.deepEqual(splitPass({ ...whole!, first: false }, 4).map((pass) => pass.first), [false, false, false]);
  });

  test('rejects a pass size that is not a positive whole number', () => {
    assert.throws(() => planLayoutPasses(siteDataWith({}), 0), /expected a whole number above 0/);
  });

  test('every template is either paginated over archive.pass or laid out by the first pass only', async () => {
    const templates = (await readdir('templates')).filter((name) => /\.(njk|md)$/.test(name));
    for (const name of templates) {
      const text = await readFile(path.join('templates', name), 'utf8');
      const paginated = /^\s+data: archive\.pass\.(\w+)$/m.exec(text)?.[1];
      if (paginated) assert.ok((PAGINATED as readonly string[]).includes(paginated), `${name} paginates over a planned collection`);
      else assert.ok(UNPAGINATED_TEMPLATES.includes(name), `${name} is listed in UNPAGINATED_TEMPLATES`);
    }
  });
});

describe('a site laid out in passes', () => {
  let project: FixtureProject;
  before(async () => {
    project = await createFixtureProject('passes-');
    for (const file of fixtureArchive()) await project.write(file.name, file.text);
  });
  after(() => project?.remove());

  test('is byte-identical to the same site laid out in one pass', async () => {
    const whole = path.join(project.dir, 'whole');
    const split = path.join(project.dir, 'split');
    const one = await build({ contentDir: project.contentDir, outputDir: whole, skipIndex: true });
    const many = await build({ contentDir: project.contentDir, outputDir: split, skipIndex: true, layoutPassPages: 7 });
    assert.equal(one.ok && many.ok, true);
    const a = await fileHashes(whole);
    const b = await fileHashes(split);
    assert.ok(a.size > 90, `the fixture lays out many pages (${a.size})`);
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), 'the same files');
    assert.deepEqual([...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file), [], 'the same bytes');
  });
});
