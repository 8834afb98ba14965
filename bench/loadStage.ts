/**
 * CPU of a cold build's load and validate stages alone (issue 11, session 6):
 * loadArchive with fresh build state and render cache and nothing rendered,
 * each run in a fresh Node process (so the code is as cold as in a build).
 * Prints per run the process CPU of the call and the stage times, then medians.
 *
 *   npx tsx bench/loadStage.ts --content /tmp/load/p2k/content [--repeat 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../src/loadArchive.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/loadStage.ts --content DIR [--repeat 3]',
  { options: { content: { type: 'string' }, repeat: { type: 'string', default: '3' }, child: { type: 'boolean', default: false } } },
  ['content'],
);
const contentDir = path.resolve(values.content);

interface Run {
  files: number;
  cpuMs: number;
  load: number;
  validate: number;
}

if (values.child) {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'load-stage-'));
  try {
    const before = process.cpuUsage();
    const archive = await loadArchive({
      contentDir,
      cacheDir,
      state: new Map(),
      renderOnly: async () => ({ render: new Set(), summarize: new Set() }),
    });
    const used = process.cpuUsage(before);
    const run: Run = { files: archive.files.length, cpuMs: (used.user + used.system) / 1000, ...archive.timings };
    console.log(JSON.stringify(run));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
} else {
  const runs: Run[] = [];
  for (let i = 0; i < Number(values.repeat); i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--content', contentDir], { encoding: 'utf8' });
    const run = JSON.parse(out.trim().split('\n').at(-1)!) as Run;
    runs.push(run);
    console.log(`run ${i + 1}: CPU ${run.cpuMs.toFixed(0)} ms (${((run.cpuMs * 1000) / run.files).toFixed(0)} µs a file), load ${run.load.toFixed(0)} ms, validate ${run.validate.toFixed(0)} ms wall`);
  }
  const median = (key: keyof Run) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const files = runs[0]!.files;
  console.log(
    `${files} files, median of ${runs.length}: CPU ${median('cpuMs').toFixed(0)} ms (${((median('cpuMs') * 1000) / files).toFixed(0)} µs a file), load ${median('load').toFixed(0)} ms, validate ${median('validate').toFixed(0)} ms wall`,
  );
}
