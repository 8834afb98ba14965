/**
 * Render stage alone, main thread against worker threads, on generated
 * articles (issue 11, item 4): wall time, this process's CPU time, and the
 * worker pool's start-up. No cache: every body is rendered.
 *
 *   node --import tsx bench/renderWorkers.ts --count 1000 --workers 0
 */
import { parseArgs } from 'node:util';
import { renderAll } from '../src/render/renderAll.ts';
import type { RenderInput } from '../src/render/renderMarkdown.ts';
import { generateArchive } from './generate.ts';

const { values } = parseArgs({ options: { count: { type: 'string' }, workers: { type: 'string' } } });
const count = Number(values.count ?? 1000);
const workers = Number(values.workers ?? 0);
const inputs: RenderInput[] = [];
for (const article of generateArchive({ count })) {
  inputs.push({ path: article.fileName, markdown: article.meta.body, quotes: article.meta.quotes.map((q) => ({ text: q.text })) });
}
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { stats } = await renderAll(inputs, { cacheDir: false, workers });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const line = { count, workers: stats.workers, wallMs: Math.round(wallMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
process.stdout.write(`${JSON.stringify(line)}\n`, () => process.exit(0));
