import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createStagingDir, publishSite } from '../../src/publish/publishSite.ts';

describe('publishing the site', () => {
  const parents: string[] = [];
  after(() => Promise.all(parents.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('leaves _site/ readable by a web server running as another user: folders 755, files 644', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    const staging = await createStagingDir(output);
    // What a strict umask (077) would leave: nothing readable by others.
    await mkdir(path.join(staging, '2020', '11'), { recursive: true, mode: 0o700 });
    await writeFile(path.join(staging, 'index.html'), '<!doctype html>', { mode: 0o600 });
    await writeFile(path.join(staging, '2020', '11', 'index.html'), '<!doctype html>', { mode: 0o600 });
    await publishSite(staging, output);

    assert.equal((await stat(output)).mode & 0o777, 0o755, '_site/ itself');
    for (const entry of await readdir(output, { recursive: true, withFileTypes: true })) {
      const mode = (await stat(path.join(entry.parentPath, entry.name))).mode & 0o777;
      assert.equal(mode, entry.isDirectory() ? 0o755 : 0o644, `${entry.name}`);
    }
  });
});
