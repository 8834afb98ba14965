/**
 * A build's files read anew get their bodies made in runs while loading, on worker threads beside the main thread
 * (src/pipeline/freshBodies.ts). Whoever makes a body, the build must get the same: each body answered once, with
 * its first paragraph, problems, HTML digest and near-duplicate sample, the HTML in the render cache, and the same
 * archive, messages and build state as a load that renders every body on the main thread.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadArchive } from '../../src/loadArchive.ts';
import { htmlDigest } from '../../src/pipeline/bodyDigests.ts';
import { FreshBodies } from '../../src/pipeline/freshBodies.ts';
import type { FreshBody, FreshInput } from '../../src/pipeline/freshBodyWorker.ts';
import type { SourceState } from '../../src/pipeline/sourceState.ts';
import { renderBody } from '../../src/render/renderBody.ts';
import { sampleShingles } from '../../src/validate/shingleSample.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';

async function withDir(prefix: string, test: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  try {
    await test(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function inputs(count: number): FreshInput[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `key-${i}`,
    input: {
      path: `content/a-${i}.md`,
      markdown: `Article ${i} opens with its own words.\n\nIt says "number ${i} holds" as the minister put it, in **plain** prose of a few words more.`,
      // Every seventh quotes what its body does not say: a problem the build must see, whoever rendered it.
      quotes: [{ text: i % 7 === 0 ? 'never said at all' : `number ${i} holds`, place: { line: 7, column: 11 } }],
    },
  }));
}

/** Adds every input and closes: the bodies by input, and how often each callback was called. */
async function makeAll(bodies: FreshBodies, work: readonly FreshInput[]): Promise<{ made: FreshBody[]; calls: number[] }> {
  const made: FreshBody[] = [];
  const calls = work.map(() => 0);
  for (const [index, item] of work.entries()) {
    await bodies.add(item, (body) => {
      made[index] = body;
      calls[index]!++;
    });
  }
  await bodies.close();
  return { made, calls };
}

describe('fresh bodies made while loading', () => {
  it('answers each body once with what rendering it on the main thread gives, on two workers and on none, and caches it', async () => {
    const work = inputs(50);
    const expected = await Promise.all(
      work.map(async ({ input }) => {
        const output = await renderBody(input);
        return { firstParagraph: output.firstParagraph, problems: output.problems, digest: htmlDigest(output.html), sample: sampleShingles(input.markdown) };
      }),
    );
    for (const workers of [0, 2]) {
      await withDir('fresh-bodies-', async (cacheDir) => {
        // Runs of four: a dozen runs, shared between the workers and the main thread.
        const first = await FreshBodies.open({ cacheDir, workers, run: 4 });
        const { made, calls } = await makeAll(first, work);
        assert.deepEqual(calls, work.map(() => 1), `each body answered once (${workers} workers)`);
        assert.deepEqual(made.map(({ cached: _cached, ...body }) => body), expected, `the bodies the main thread renders (${workers} workers)`);
        assert.deepEqual(first.stats, { rendered: 50, cacheHits: 0, workers });
        assert.ok(made.filter((body) => body.problems.some((problem) => problem.rule === 'quote-not-in-body')).length === 8, 'the missing quotes are problems');

        const second = await FreshBodies.open({ cacheDir, workers, run: 4 });
        const again = await makeAll(second, work);
        assert.deepEqual([second.stats.rendered, second.stats.cacheHits], [0, 50], 'every body is in the render cache');
        assert.deepEqual(again.made.map(({ cached: _cached, ...body }) => body), expected);
      });
    }
  });

  it('loads an archive with the same articles, messages and build state whether a worker thread makes the bodies or not', async () => {
    await withDir('fresh-archive-', async (dir) => {
      const contentDir = path.join(dir, 'content');
      const fixtures = fixtureArchive(300);
      // A near-duplicate: two articles telling one story in words no other article uses, found only if every file read
      // anew has its sample.
      const story = Array.from({ length: 12 }, (_, n) => `Paragraph ${n} of the harbour story: quay ${n * 17} saw ferry ${n + 3} unload crate ${n * 29} past midnight.`).join('\n\n');
      const original = fixtures[120]!;
      const told = original.text.slice(0, original.text.lastIndexOf('---\n') + 4);
      fixtures[120] = { name: original.name, text: `${told}\n${story}\n` };
      const copy = { name: '2021-05-05-the-same-story-told-again.md', text: `${told.replace(/^title: .*$/m, 'title: "The Same Story Told Again"').replace(/^date: .*$/m, 'date: 2021-05-05')}\n${story}\n` };
      await mkdir(contentDir);
      for (const fixture of [...fixtures, copy]) await writeFile(path.join(contentDir, fixture.name), fixture.text);
      const load = async (label: string, options: { workers?: number; deferBodies: boolean }) => {
        const cacheDir = path.join(dir, `cache-${label}`);
        const state: SourceState = new Map();
        const archive = await loadArchive({ contentDir, root: dir, cacheDir, state, today: new Date('2030-01-01'), ...options });
        await archive.bodies?.load(archive.articles);
        const messages = archive.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason} [${message.ruleId}]`));
        const records = [...state.values()].map((record) => ({ path: record.path, messages: record.messages, sample: record.valid?.sample, body: record.valid?.body?.digest }));
        const cached = (await readdir(cacheDir, { recursive: true })).length;
        return { archive, messages, records, cached };
      };
      const onWorker = await load('worker', { workers: 1, deferBodies: true });
      const onMain = await load('main', { workers: 0, deferBodies: true });
      // Not deferred: the render stage as `npm run check` runs it, every sample made while loading.
      const rendered = await load('rendered', { deferBodies: false });

      assert.equal(onWorker.archive.render.workers, 1, 'a worker thread made bodies');
      assert.equal(onMain.archive.render.workers, 0);
      assert.ok(onWorker.messages.some((message) => message.includes('[near-duplicate]')), 'the copy is found');
      for (const other of [onMain, rendered]) {
        assert.deepEqual(onWorker.messages, other.messages, 'the same messages');
        assert.deepEqual(onWorker.archive.articles, other.archive.articles, 'the same articles, bodies included');
        assert.equal(onWorker.cached, other.cached, 'as many render cache entries');
      }
      assert.deepEqual(onWorker.records, onMain.records, 'the same build state');
      // A load that does not defer its bodies keeps none of them in the state; the rest is the same.
      const withoutBodies = (records: typeof onWorker.records) => records.map(({ body: _body, ...record }) => record);
      assert.deepEqual(withoutBodies(onWorker.records), withoutBodies(rendered.records));
      assert.equal(onWorker.archive.render.rendered, 302);
    });
  });
});
