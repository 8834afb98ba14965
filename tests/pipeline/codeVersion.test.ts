/**
 * The code version that build state is kept under (src/pipeline/codeVersion.ts) names the code the process runs:
 * an edit to a module after the process's first build is not code it runs, so the builds after it keep their state
 * (and do not record the edit as the code that made them), while an edit to a template, which every Eleventy run
 * reads anew, makes the next build's version another.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { codeVersion } from '../../src/pipeline/codeVersion.ts';

describe('the code version of build state', () => {
  it('stays the same for the process after its code is edited, and changes when a template is', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'code-version-'));
    try {
      await mkdir(path.join(root, 'src'));
      await mkdir(path.join(root, 'templates'));
      await writeFile(path.join(root, 'src', 'stage.ts'), 'export const stage = 1;\n');
      await writeFile(path.join(root, 'templates', 'page.njk'), '<p>{{ title }}</p>\n');
      const parts = ['src', 'templates'];
      const first = await codeVersion(parts, [], root);
      await writeFile(path.join(root, 'src', 'stage.ts'), 'export const stage = 2;\n');
      assert.equal(await codeVersion(parts, [], root), first, 'a module edited while the process runs is not the code it runs');
      await writeFile(path.join(root, 'templates', 'page.njk'), '<p>{{ title }}!</p>\n');
      assert.notEqual(await codeVersion(parts, [], root), first, 'a template edited is read by the next build');
      assert.notEqual(await codeVersion(parts, ['other settings'], root), await codeVersion(parts, [], root), 'settings are part of it');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
