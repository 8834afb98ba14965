/**
 * One build of ours, in a process of its own so that its memory is its own:
 * `build()` from src/build.ts, then one JSON line on stdout with the stage
 * timings, the counts and this process's own max RSS. Run from the project
 * root (Eleventy reads `templates/` and `.eleventy.ts` from there):
 *
 *   node --import tsx bench/buildChild.ts --content DIR --output DIR
 */
import { build } from '../src/build.ts';
import { RESULT_PREFIX, type ChildResult } from './childResult.ts';
import { benchArgs } from './benchArgs.ts';

async function main(): Promise<void> {
  const { values } = benchArgs('bench/buildChild.ts --content DIR --output DIR', { options: { content: { type: 'string' }, output: { type: 'string' } } }, ['content', 'output']);
  const result = await build({ contentDir: values.content, outputDir: values.output });
  const archive: object = result.archive;
  const errors = result.ok
    ? undefined
    : result.archive.files
        .flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => `${file.path}: ${m.reason}`))
        .slice(0, 20);
  const report: ChildResult = {
    ok: result.ok,
    articles: result.archive.articles.length,
    ...(result.pages === undefined ? {} : { pages: result.pages }),
    timings: result.timings as Record<string, number>,
    nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024,
    ...('render' in archive ? { render: archive.render } : {}),
    ...(errors ? { errors } : {}),
  };
  // Exit once the line is out: a worker pool left open must not keep the process (and the benchmark) waiting.
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(report)}\n`, () => process.exit(result.ok ? 0 : 1));
}

if (process.argv[1]?.endsWith('buildChild.ts')) await main();
