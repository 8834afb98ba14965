import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderAll } from '../../src/render/renderAll.ts';
import { renderBody } from '../../src/render/renderBody.ts';
import { RenderCache } from '../../src/render/renderCache.ts';
import type { RenderInput } from '../../src/render/renderMarkdown.ts';

function inputs(count: number): RenderInput[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `content/a-${i}.md`,
    markdown: `Article ${i} says "number ${i} holds" in *its* text.\n\n| a | b |\n| - | - |\n| ${i} | x |`,
    quotes: [{ text: `number ${i} holds`, place: { line: 7, column: 11 } }],
  }));
}

/** Each test has a cache folder of its own: none depends on what another left behind. */
async function withCache(test: (cacheDir: string) => Promise<void>): Promise<void> {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'render-cache-'));
  try {
    await test(cacheDir);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

describe('renderAll', () => {
  it('renders in worker threads exactly what the main thread renders', async () => {
    const work = inputs(80);
    const pooled = await renderAll(work, { cacheDir: false, workers: 2 });
    assert.equal(pooled.stats.workers, 2, 'enough work to start the workers');
    const direct = await Promise.all(work.map((input) => renderBody(input)));
    assert.deepEqual(pooled.outputs, direct);
  });

  it('renders each unchanged article only once across builds', () => withCache(async (cacheDir) => {
    const work = inputs(10);
    const first = await renderAll(work, { cacheDir });
    assert.deepEqual([first.stats.rendered, first.stats.cacheHits], [10, 0]);
    const second = await renderAll(work, { cacheDir });
    assert.deepEqual([second.stats.rendered, second.stats.cacheHits], [0, 10]);
    assert.deepEqual(second.outputs, first.outputs);
  }));

  it('renders again only the article whose text changed', () => withCache(async (cacheDir) => {
    await renderAll(inputs(10), { cacheDir });
    const work = inputs(10);
    work[3] = { ...work[3]!, markdown: `${work[3]!.markdown}\n\nA correction.` };
    const run = await renderAll(work, { cacheDir });
    assert.deepEqual([run.stats.rendered, run.stats.cacheHits], [1, 9]);
    assert.match(run.outputs[3]!.html, /A correction\./);
  }));

  it('misses every entry when the pipeline key changes', () => withCache(async (cacheDir) => {
    const [input] = inputs(1);
    const before = new RenderCache(cacheDir, 'pipeline-a');
    await before.set(before.keyOf(input!), await renderBody(input!));
    const after = new RenderCache(cacheDir, 'pipeline-b');
    assert.equal(await after.get(after.keyOf(input!)), undefined);
    assert.notEqual(await before.get(before.keyOf(input!)), undefined);
  }));

  it('treats a corrupt cache entry as a miss and repairs it', () => withCache(async (cacheDir) => {
    const work = inputs(1);
    await renderAll(work, { cacheDir });
    const shards = await readdir(cacheDir, { recursive: true, withFileTypes: true });
    for (const entry of shards.filter((e) => e.isFile())) await writeFile(path.join(entry.parentPath, entry.name), '{"html":');
    const run = await renderAll(work, { cacheDir });
    assert.equal(run.stats.rendered, 1);
    assert.match(run.outputs[0]!.html, /number 0 holds/);
  }));

  it('keeps a missing quote an error when it comes from the cache', () => withCache(async (cacheDir) => {
    const [input] = inputs(1);
    const broken = { ...input!, quotes: [{ text: 'never said', place: { line: 9, column: 11 } }] };
    await renderAll([broken], { cacheDir });
    const cached = await renderAll([broken], { cacheDir });
    assert.equal(cached.stats.cacheHits, 1);
    assert.deepEqual(cached.outputs[0]!.problems.map((p) => [p.rule, p.place?.line]), [['quote-not-in-body', 9]]);
  }));
});
