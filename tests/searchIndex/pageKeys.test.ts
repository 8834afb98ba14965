/**
 * The search index's page keys (src/searchIndex/pageKeys.ts): a page file keyed while racy (modified within
 * RACY_MS of its keying) is read again next time — unless it is final (laid out by this build before it was
 * keyed: a cold build's or a whole relayout's pages), when it is looked at again as the keys are saved.
 * Real files; the clock is passed in, so no test waits.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PageKeys, RACY_MS } from '../../src/searchIndex/pageKeys.ts';

const PAGE = '<html><body><main data-pagefind-body><p>The council met.</p></main></body></html>';

describe('page keys of pages laid out just before they are keyed', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'archive-page-keys-'));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A cache folder and a page written now; `written`: its modification time in ms. */
  async function pageAndCache(name: string): Promise<{ cacheDir: string; file: string; written: number }> {
    const cacheDir = path.join(dir, `${name}-cache`);
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, PAGE);
    return { cacheDir, file, written: (await stat(file)).mtimeMs };
  }

  /** Keys the page once at `keyedAt` and saves at `savedAt`, then counts the pages the next run reads. */
  async function readNextRun(cacheDir: string, file: string, finalPages: boolean, keyedAt: number, savedAt: number, between?: () => Promise<void>): Promise<number> {
    const first = await PageKeys.load(cacheDir, 'v1', { finalPages });
    first.key('/a/', file, keyedAt);
    await between?.();
    await first.save(savedAt);
    const next = await PageKeys.load(cacheDir, 'v1');
    next.key('/a/', file);
    return next.read;
  }

  test('a racy page is read again next run when the pages are not final', async () => {
    const { cacheDir, file, written } = await pageAndCache('plain');
    assert.equal(await readNextRun(cacheDir, file, false, written + 100, written + RACY_MS + 1_000), 1);
  });

  test('a final page keyed while racy is not read again once it has settled by the time the keys are saved', async () => {
    const { cacheDir, file, written } = await pageAndCache('final');
    assert.equal(await readNextRun(cacheDir, file, true, written + 100, written + RACY_MS + 1_000), 0);
  });

  test('a final page still racy when the keys are saved is read again next run', async () => {
    const { cacheDir, file, written } = await pageAndCache('still');
    assert.equal(await readNextRun(cacheDir, file, true, written + 100, written + 200), 1);
  });

  test('a final page written again between its keying and the save is read again next run', async () => {
    const { cacheDir, file, written } = await pageAndCache('rewritten');
    const rewrite = (): Promise<void> => writeFile(file, PAGE.replace('met', 'met again'));
    assert.equal(await readNextRun(cacheDir, file, true, written + 100, written + RACY_MS + 1_000, rewrite), 1);
  });
});
