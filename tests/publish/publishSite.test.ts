import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createStagingDir, publishSite } from '../../src/publish/publishSite.ts';

describe('publishing the site', () => {
  const parents: string[] = [];
  after(() => Promise.all(parents.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('leaves _site/ readable by a web server running as another user, whatever the umask: folders 755, files 644', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    // A build under a strict umask (077): nothing it writes is readable by others.
    const previous = process.umask(0o077);
    try {
      const staging = await createStagingDir(output);
      await mkdir(path.join(staging, '2020', '11'), { recursive: true });
      await writeFile(path.join(staging, 'index.html'), '<!doctype html>');
      await writeFile(path.join(staging, '2020', '11', 'index.html'), '<!doctype html>');
      assert.equal((await stat(path.join(staging, 'index.html'))).mode & 0o777, 0o600, 'the umask holds while the site is written');
      await publishSite(staging, output);
    } finally {
      process.umask(previous);
    }

    assert.equal((await stat(output)).mode & 0o777, 0o755, '_site/ itself');
    for (const entry of await readdir(output, { recursive: true, withFileTypes: true })) {
      const mode = (await stat(path.join(entry.parentPath, entry.name))).mode & 0o777;
      assert.equal(mode, entry.isDirectory() ? 0o755 : 0o644, `${entry.name}`);
    }
  });

  it('under the usual umask (022) the published site is 755/644 too, the staging folder mkdtemp made 700 included', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    const previous = process.umask(0o022);
    try {
      const staging = await createStagingDir(output);
      assert.equal((await stat(staging)).mode & 0o777, 0o700, 'mkdtemp’s folder is private');
      await mkdir(path.join(staging, '2020'), { recursive: true });
      await writeFile(path.join(staging, '2020', 'index.html'), '<!doctype html>');
      await publishSite(staging, output);
    } finally {
      process.umask(previous);
    }
    assert.equal((await stat(output)).mode & 0o777, 0o755);
    assert.equal((await stat(path.join(output, '2020'))).mode & 0o777, 0o755);
    assert.equal((await stat(path.join(output, '2020', 'index.html'))).mode & 0o777, 0o644);
  });

  it('swaps the new site in and leaves nothing of the old one beside it once publishing is done, the record of what was published written meanwhile', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    await mkdir(path.join(output, 'old'), { recursive: true });
    await writeFile(path.join(output, 'old', 'index.html'), 'the old site');
    const staging = await createStagingDir(output);
    await writeFile(path.join(staging, 'index.html'), 'the new site');
    let seen: string[] = [];
    await publishSite(staging, output, async () => {
      seen = await readdir(output);
    });
    assert.deepEqual(seen, ['index.html'], 'the new site is in place when the record is written');
    assert.deepEqual(await readdir(output), ['index.html']);
    assert.deepEqual(await readdir(parent), ['_site'], 'no retired or staging folder is left');
  });
});
