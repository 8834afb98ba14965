import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createStagingDir, DELETING, publishSite, recoverInterruptedPublish } from '../../src/publish/publishSite.ts';

/** What `read` gives once it equals `expected`, or after 10 s what it gives then (deletion runs in the background). */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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

  it('swaps the new site in, the record of what was published written meanwhile, and does not wait for the old site to be deleted: it is out of the way at once and gone soon after', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    await mkdir(path.join(output, 'old'), { recursive: true });
    await writeFile(path.join(output, 'old', 'index.html'), 'the old site');
    // Enough of an old site (2,000 files) that deleting it outlasts the return from publishSite.
    for (let folder = 0; folder < 40; folder++) {
      await mkdir(path.join(output, 'old', `${folder}`));
      await Promise.all(Array.from({ length: 50 }, (_, file) => writeFile(path.join(output, 'old', `${folder}`, `${file}.html`), 'old')));
    }
    const staging = await createStagingDir(output);
    await writeFile(path.join(staging, 'index.html'), 'the new site');
    let seen: string[] = [];
    await publishSite(staging, output, async () => {
      seen = await readdir(output);
    });
    assert.deepEqual(seen, ['index.html'], 'the new site is in place when the record is written');
    assert.deepEqual(await readdir(output), ['index.html']);
    // Beside the folder being deleted, the note of the process deleting it (`.pid`), gone with it.
    const beside = (await readdir(parent)).filter((name) => name !== '_site' && !name.endsWith('.pid'));
    assert.equal(beside.length, 1, 'the old site is still being deleted when publishing returns');
    assert.ok(beside[0]!.startsWith(`_site${DELETING}`), `only a folder being deleted is beside the site: ${beside.join(', ')}`);
    assert.deepEqual(await eventually(() => readdir(parent), ['_site']), ['_site'], 'no retired or staging folder is left');
  });

  it('after a build killed while publishing, the next one restores a site moved aside but not swapped, and deletes the rest in the background without taking a half-deleted site for the site', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    // Killed between publish's two renames: the whole old site moved aside, no site in its place, a staging folder.
    await mkdir(path.join(`${output}.retired-4242`, '2020'), { recursive: true });
    await writeFile(path.join(`${output}.retired-4242`, '2020', 'index.html'), 'the published site');
    await mkdir(path.join(`${output}.staging-abc`, '2021'), { recursive: true });
    await writeFile(path.join(`${output}.staging-abc`, '2021', 'index.html'), 'half a new site');
    // And a deletion cut short, which must never become the site.
    await mkdir(path.join(`${output}${DELETING}0f0f`, 'x'), { recursive: true });
    await writeFile(path.join(`${output}${DELETING}0f0f`, 'x', 'index.html'), 'half deleted');
    await recoverInterruptedPublish(output);
    assert.equal(await readFile(path.join(output, '2020', 'index.html'), 'utf8'), 'the published site');
    assert.deepEqual(await eventually(() => readdir(parent), ['_site']), ['_site']);

    // Killed after the swap, while the old site was being deleted, and the site removed by hand since.
    await rm(output, { recursive: true });
    await mkdir(path.join(`${output}${DELETING}1a1a`, 'old'), { recursive: true });
    await writeFile(path.join(`${output}${DELETING}1a1a`, 'old', 'index.html'), 'half deleted');
    await recoverInterruptedPublish(output);
    assert.deepEqual(await eventually(() => readdir(parent), []), [], 'nothing half-deleted is published');
  });
  it('leaves a folder another build is still deleting to that deletion — no second rm on the same tree — and finishes it once that deletion has stopped', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'publish-test-'));
    parents.push(parent);
    const output = path.join(parent, '_site');
    await mkdir(output);
    const trash = `${output}${DELETING}2b2b`;
    await mkdir(path.join(trash, 'old'), { recursive: true });
    await writeFile(path.join(trash, 'old', 'index.html'), 'being deleted');
    // A slow deletion still running, as an earlier build's detached rm is at 100k: a process naming the folder, its id beside it.
    const deleter = spawn('sh', ['-c', 'sleep 30', 'sh', trash], { stdio: 'ignore' });
    await writeFile(`${trash}.pid`, `${deleter.pid}\n`);
    try {
      await recoverInterruptedPublish(output);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual((await readdir(parent)).sort(), ['_site', '_site.deleting-2b2b', '_site.deleting-2b2b.pid'], 'the folder is left to the deletion running on it');
    } finally {
      deleter.kill();
      await new Promise((resolve) => deleter.once('exit', resolve));
    }
    // That deletion stopped (the machine was stopped, say) with the folder half deleted: the next build finishes it.
    await recoverInterruptedPublish(output);
    assert.deepEqual(await eventually(() => readdir(parent), ['_site']), ['_site'], 'the folder and its note are gone');
  });
});
