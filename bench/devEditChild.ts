/**
 * `npm start`'s rebuild after one edit, measured the way the dev server does
 * it (src/dev/devSite.ts), in a process of its own: lay out the whole site
 * once, then edit the last paragraph of three articles one after another
 * and time each update (load → changed pages → Eleventy) and the search
 * index update that follows. Files are restored afterwards. One JSON line:
 *
 *   node --import tsx bench/devEditChild.ts --content DIR --output DIR
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DevSite } from '../src/dev/devSite.ts';
import { DEV_EDIT_PREFIX, type DevEditResult } from './childResult.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { content: { type: 'string' }, output: { type: 'string' } } });
  if (!values.content || !values.output) throw new Error('Usage: devEditChild.ts --content DIR --output DIR');
  const devSite = new DevSite({ contentDir: values.content, outputDir: values.output });
  let started = performance.now();
  const first = await devSite.update();
  if (!first.changes) throw new Error('The generated archive has errors');
  const initialMs = performance.now() - started;
  await devSite.index();

  const files = (await readdir(values.content)).filter((name) => name.endsWith('.md')).sort();
  const picked = [0.25, 0.5, 0.75].map((at) => path.join(values.content!, files[Math.floor(files.length * at)]!));
  const edits: DevEditResult['edits'] = [];
  for (const file of picked) {
    const text = await readFile(file, 'utf8');
    try {
      await writeFile(file, `${text.trimEnd()} The clerk read the decision aloud.\n`);
      started = performance.now();
      const result = await devSite.update();
      const updateMs = performance.now() - started;
      started = performance.now();
      const indexed = await devSite.index();
      edits.push({
        updateMs,
        pages: result.changes?.pages ?? -1,
        feeds: result.changes?.pass.first ?? false,
        contentMs: result.timings.content,
        layoutMs: result.timings.layout,
        indexMs: performance.now() - started,
        shardsReindexed: indexed?.shards.filter((shard) => !shard.cached).length ?? 0,
      });
    } finally {
      await writeFile(file, text);
    }
  }
  const report: DevEditResult = { initialMs, edits };
  process.stdout.write(`${DEV_EDIT_PREFIX}${JSON.stringify(report)}\n`, () => process.exit(0));
}

if (process.argv[1]?.endsWith('devEditChild.ts')) await main();
