/**
 * `npm start`'s rebuild after one edit, measured the way the dev server does
 * it (src/dev/devSite.ts), in a process of its own: lay out the whole site
 * once, then edit the last paragraph of three articles one after another
 * and time each update (load → changed pages → Eleventy) and the search
 * index update that follows. Files are restored afterwards. One JSON line on
 * stdout, and per edit a line on stderr with the update's CPU time (this
 * process's user + system), which a shared machine's load swings less than
 * wall time:
 *
 *   node --import tsx bench/devEditChild.ts --content DIR --output DIR [--profile DIR]
 *
 * `--profile DIR`: a V8 CPU profile of each edit's update alone (not the first layout, not the index), as
 * DIR/edit-N.cpuprofile, for bench/profileSummary.ts.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { DevSite } from '../src/dev/devSite.ts';
import { DEV_EDIT_PREFIX, type DevEditResult } from './childResult.ts';
import { benchArgs } from './benchArgs.ts';

async function main(): Promise<void> {
  const { values } = benchArgs(
    'bench/devEditChild.ts --content DIR --output DIR [--profile DIR]',
    { options: { content: { type: 'string' }, output: { type: 'string' }, profile: { type: 'string' } } },
    ['content', 'output'],
  );
  const devSite = new DevSite({ contentDir: values.content, outputDir: values.output });
  let started = performance.now();
  const first = await devSite.update();
  if (!first.changes) throw new Error('The generated archive has errors');
  const initialMs = performance.now() - started;
  await devSite.index();

  const files = (await readdir(values.content)).filter((name) => name.endsWith('.md')).sort();
  const picked = [0.25, 0.5, 0.75].map((at) => path.join(values.content, files[Math.floor(files.length * at)]!));
  const edits: DevEditResult['edits'] = [];
  const profiler = values.profile ? new Session() : undefined;
  if (profiler) {
    await mkdir(values.profile!, { recursive: true });
    profiler.connect();
    await profiler.post('Profiler.enable');
  }
  for (const [n, file] of picked.entries()) {
    const text = await readFile(file, 'utf8');
    try {
      await writeFile(file, `${text.trimEnd()} The clerk read the decision aloud.\n`);
      await profiler?.post('Profiler.start');
      started = performance.now();
      const cpu = process.cpuUsage();
      const result = await devSite.update();
      const updateMs = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        await writeFile(path.join(values.profile!, `edit-${n + 1}.cpuprofile`), JSON.stringify(profile));
      }
      process.stderr.write(
        `dev edit ${path.basename(file)}: ${Math.round(updateMs)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU to the rewritten page ` +
          `(content ${Math.round(result.timings.content)}, site data and changes ${Math.round(result.timings.diff)}, layout ${Math.round(result.timings.layout)} ms wall)\n`,
      );
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
