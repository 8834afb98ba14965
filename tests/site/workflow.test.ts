/**
 * The GitHub workflow builds without the SITE_URL repository variable: it
 * falls back to the address GitHub Pages reports, and the tests never see it.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  id?: string;
  env?: Record<string, string>;
}

test('the workflow gives check and build SITE_URL from the variable or GitHub Pages, and the tests none', async () => {
  const workflow = parse(await readFile('.github/workflows/site.yml', 'utf8')) as { jobs: { build: { env?: Record<string, string>; steps: Step[] } } };
  const build = workflow.jobs.build;
  assert.equal(build.env?.['SITE_URL'], undefined, 'no job-wide SITE_URL (an unset variable is an empty string)');
  const pages = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
  assert.ok(pages?.id, 'a step asks GitHub Pages for the address');
  const stepOf = (command: string) => build.steps.find((step) => step.run?.startsWith(command));
  for (const command of ['npm run check', 'npm run build']) {
    assert.equal(stepOf(command)?.env?.['SITE_URL'], `\${{ vars.SITE_URL || steps.${pages.id}.outputs.base_url }}`, command);
  }
  assert.equal(stepOf('npm test')?.env?.['SITE_URL'], undefined, 'the tests build their own sites');
});
