/**
 * A build split across runners: three parts built one after another, each in
 * a clean copy of the project (its own content, caches and output), joined,
 * and compared file by file with a one-machine build of the same content —
 * real Eleventy, real Pagefind. The builds are made once in `before` and
 * shared; the error tests join copies of them and write nothing a test reads.
 */
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../../src/build.ts';
import type { Article } from '../../src/model/article.ts';
import { JoinError, joinParts } from '../../src/pipeline/joinParts.ts';
import { assignShards, planParts } from '../../src/pipeline/parts.ts';
import { planSearchShards } from '../../src/searchIndex/searchShards.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

const SHARD = 5;
const TOPICS = ['Water', 'Roads', 'Schools', 'Harbour'];

/** 26 articles over 2018–2021, no frontmatter summaries (so listings need rendered first paragraphs), topics across years. */
function archive(edited = false): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (let i = 0; i < 26; i++) {
    const year = 2018 + Math.floor(i / 7);
    const date = `${year}-${String((i % 7) + 1).padStart(2, '0')}-${String((i % 5) + 10)}`;
    const body = `Paragraph ${i} about the ${TOPICS[i % 4]!.toLowerCase()} of the town, told for this test${edited && i === 3 ? ', edited' : ''}.\n\n"We will see it through," the mayor said.`;
    files.push([
      `${date}-story-${i}.md`,
      articleSource({
        title: `Story ${i}`,
        date,
        frontmatter: `source:\n  outlet: Outlet ${i % 3}\n  url: https://example.com/${i}\ndateline:\n  place: Place ${i % 2}\ntags: [${TOPICS[i % 4]}]\nquotes:\n  - text: "We will see it through"\n    speaker: Ana Silva`,
        body,
      }),
    ]);
  }
  return files;
}

async function project(prefix: string, edited = false): Promise<FixtureProject> {
  const made = await createFixtureProject(prefix);
  for (const [name, text] of archive(edited)) await made.write(name, text);
  return made;
}

async function buildPart(made: FixtureProject, k: number, n: number): Promise<string> {
  const outputDir = path.join(made.dir, `part-${k}-of-${n}`);
  const result = await build({ contentDir: made.contentDir, outputDir, env: {}, part: { k, n }, searchShardArticles: SHARD });
  assert.equal(result.ok, true, `part ${k}/${n} builds`);
  return outputDir;
}

async function refused(dirs: string[], outputDir: string): Promise<string> {
  await assert.rejects(joinParts(dirs, outputDir), JoinError);
  try {
    await joinParts(dirs, outputDir);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('a build split into parts and joined', () => {
  const made: FixtureProject[] = [];
  let whole: string;
  let parts: string[];
  let joined: string;

  before(async () => {
    const one = await project('parts-whole-');
    made.push(one);
    assert.equal((await one.build({ searchShardArticles: SHARD })).ok, true);
    whole = one.outputDir;
    parts = [];
    for (const k of [1, 2, 3]) {
      const copy = await project(`parts-${k}-`);
      made.push(copy);
      parts.push(await buildPart(copy, k, 3));
    }
    joined = path.join(made[1]!.dir, '_joined');
    await joinParts(parts, joined);
  });
  after(async () => Promise.all(made.map((one) => one.remove())));

  it('publishes a site byte-identical, file by file, to the one-machine build of the same content', async () => {
    const a = await fileHashes(whole);
    const b = await fileHashes(joined);
    assert.deepEqual([...b.keys()], [...a.keys()], 'the same files');
    const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
    assert.deepEqual(differing, [], 'the same bytes in every file');
    const shards = JSON.parse(await readFile(path.join(joined, 'pagefind', 'shards.json'), 'utf8')) as { shards: unknown[] };
    assert.ok(shards.shards.length >= 3, 'the search manifest lists the shards of every part');
  });

  it('gives every part a share of the pages and renders fewer bodies than the archive has', async () => {
    for (const dir of parts) {
      const manifest = JSON.parse(await readFile(path.join(dir, 'part.json'), 'utf8')) as { files: unknown[]; shards: unknown[] };
      assert.ok(manifest.files.length > 0 && manifest.shards.length > 0, `${dir} has pages and a search shard`);
    }
    const second = await build({ contentDir: made[2]!.contentDir, outputDir: path.join(made[2]!.dir, 'again'), env: {}, part: { k: 2, n: 3 }, searchShardArticles: SHARD, clean: true });
    assert.ok(second.archive.render.rendered < 26, `part 2 rendered ${second.archive.render.rendered} of 26 bodies`);
  });

  describe('refuses to join, naming the part, and leaves the published site as it was', () => {
    let output: string;
    before(async () => {
      output = path.join(made[0]!.dir, '_published');
      await cp(whole, output, { recursive: true });
      await writeFile(path.join(output, 'marker.txt'), 'the site before');
    });
    const untouched = async () => assert.equal(await readFile(path.join(output, 'marker.txt'), 'utf8'), 'the site before');

    it('a missing part', async () => {
      const message = await refused([parts[0]!, parts[2]!], output);
      assert.match(message, /part 2 of 3 is missing/);
      await untouched();
    });

    it('a part given twice', async () => {
      const twice = path.join(made[2]!.dir, 'part-2-copy');
      await cp(parts[1]!, twice, { recursive: true });
      const message = await refused([parts[0]!, parts[1]!, twice, parts[2]!], output);
      assert.ok(message.includes(`${parts[1]} and ${twice}: each is part 2 of 3`), message);
      await untouched();
    });

    it('a stale part, built from other content', async () => {
      const other = await project('parts-stale-', true);
      made.push(other);
      const stale = await buildPart(other, 2, 3);
      const message = await refused([parts[0]!, stale, parts[2]!], output);
      assert.ok(message.includes(`${stale}: part 2 of 3 is stale`), message);
      await untouched();
    });

    it('a part of a build split another way', async () => {
      const other = await project('parts-other-n-');
      made.push(other);
      const half = await buildPart(other, 1, 2);
      const message = await refused([half, parts[1]!, parts[2]!], output);
      assert.ok(message.includes(`${half}: part 1 of 2, expected a part of 3`), message);
      await untouched();
    });
  });
});

describe('a split into more parts than there are search shards', () => {
  it('builds the parts with no share as empty parts, and joins them with the rest', async () => {
    const made = await createFixtureProject('parts-idle-');
    try {
      for (const year of [2019, 2020]) await made.write(`${year}-05-05-story.md`, articleSource({ title: `Story of ${year}`, date: `${year}-05-05` }));
      const dirs: string[] = [];
      for (const k of [1, 2, 3]) {
        const outputDir = path.join(made.dir, `part-${k}`);
        assert.equal((await build({ contentDir: made.contentDir, outputDir, env: {}, part: { k, n: 3 }, searchShardArticles: 1 })).ok, true);
        dirs.push(outputDir);
      }
      const manifest = JSON.parse(await readFile(path.join(dirs[2]!, 'part.json'), 'utf8')) as { shards: unknown[] };
      assert.equal(manifest.shards.length, 0, 'two shards, so part 3 has no articles (at most a listing page its URL falls to)');
      const site = path.join(made.dir, '_joined');
      await joinParts(dirs, site);
      for (const year of [2019, 2020]) assert.match(await readFile(path.join(site, String(year), '05', '05', 'story', 'index.html'), 'utf8'), new RegExp(`Story of ${year}`));
    } finally {
      await made.remove();
    }
  });
});

describe('shares of a split build', () => {
  const article = (year: number, n: number): Article => ({ url: `/${year}/01/01/a-${n}/`, date: `${year}-01-01`, year: String(year) }) as Article;
  const years = (counts: number[]): Article[] => counts.flatMap((count, i) => Array.from({ length: count }, (_, n) => article(2000 + i, n)));

  it('keeps every older year in its part when newer articles are added', () => {
    const before = assignShards(planSearchShards(years([40, 10, 30, 25, 5]), 50), 3);
    const after = assignShards(planSearchShards(years([40, 10, 30, 25, 45, 60, 20]), 50), 3);
    for (const [id, part] of before) if (id !== [...before.keys()].at(-1)) assert.equal(after.get(id), part, `shard ${id}`);
  });

  it('balances the parts by article count within one shard', () => {
    const plan = planParts(years([30, 30, 30, 30, 30, 30, 30, 30, 30]), { k: 1, n: 3 }, 40);
    const load = [0, 0, 0];
    for (const part of plan.articlePart.values()) load[part - 1]!++;
    assert.ok(Math.max(...load) - Math.min(...load) <= 40, `loads ${load.join(', ')}`);
  });
});
