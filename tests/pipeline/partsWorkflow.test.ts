/**
 * The split workflow (.github/workflows/site-parts.yml) as CI runs it: one
 * runner per part with caches of its own, one join that publishes; and
 * site.yml steps aside while it is on, so the site is deployed once.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  strategy?: { matrix: Record<string, string> };
  steps?: Step[];
}

const load = async (file: string) => parse(await readFile(file, 'utf8')) as { jobs: Record<string, Job> };

test('each part builds its share on a runner of its own with caches keyed by part, and one join deploys the site', async () => {
  const { jobs } = await load('.github/workflows/site-parts.yml');
  const part = jobs['part']!;
  assert.equal(part.strategy?.matrix['part'], '${{ fromJSON(needs.plan.outputs.parts) }}', 'one runner per part, N from the plan');
  const caches = part.steps!.filter((step) => step.uses?.startsWith('actions/cache@'));
  assert.deepEqual(caches.map((step) => step.with?.['path']?.trim().split('\n')[0]), ['.cache/render', '.cache/search']);
  for (const cache of caches) assert.match(cache.with!['key']!, /part-\$\{\{ matrix\.part \}\}-of-\$\{\{ needs\.plan\.outputs\.n \}\}/, `${cache.with!['path']} is keyed by part`);
  assert.ok(part.steps!.some((step) => step.run?.startsWith('npm run build -- --part ${{ matrix.part }}/${{ needs.plan.outputs.n }}')));
  assert.ok(part.steps!.some((step) => step.uses?.startsWith('actions/upload-artifact@')));
  const join = jobs['join']!;
  assert.deepEqual(join.needs, ['plan', 'part']);
  assert.ok(join.steps!.some((step) => step.run?.startsWith('npm run build -- --join parts/part-* --output _site')));
  assert.ok(join.steps!.some((step) => step.uses?.startsWith('actions/upload-pages-artifact@')));
  assert.deepEqual(jobs['deploy']!.needs, 'join');
});

test('site.yml neither builds nor deploys while SPLIT_PARTS turns the split workflow on', async () => {
  const { jobs } = await load('.github/workflows/site.yml');
  const build = jobs['build']!.steps!.find((step) => step.run?.startsWith('npm run build'));
  assert.match(build?.if ?? '', /vars\.SPLIT_PARTS == ''/);
  assert.match(jobs['deploy']!.if ?? '', /vars\.SPLIT_PARTS == ''/);
  const { jobs: split } = await load('.github/workflows/site-parts.yml');
  assert.match(split['plan']!.if ?? '', /vars\.SPLIT_PARTS != ''/);
});
