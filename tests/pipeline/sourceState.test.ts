/**
 * The sources state is written by appending what changed (src/pipeline/sourceState.ts): a build that read
 * one file anew adds a line or two to the file rather than writing every record again, the next read
 * gives the records as they were left, and the file is written whole again once the appended lines pass
 * a quarter of the records.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readSourceState, writeSourceState, type SourceRecord, type SourceState } from '../../src/pipeline/sourceState.ts';

const record = (n: number, stamp = '1:100'): SourceRecord => ({ path: `/content/${n}.md`, stamp, hash: `hash-${n}-${stamp}`, messages: [] });

async function lineCount(file: string): Promise<number> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;
}

describe('the sources state on disk', () => {
  it('appends the records a build changed and the files it lost, and reads back what the build left', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'source-state-'));
    try {
      const file = path.join(dir, 'sources.ndjson');
      const state: SourceState = new Map(Array.from({ length: 100 }, (_, n) => [record(n).path, record(n)]));
      await writeSourceState(file, 'v1', state);
      assert.equal(await lineCount(file), 101, 'a header and one line per record');

      const read = await readSourceState(file, 'v1');
      read.state.set(record(5).path, record(5, '2:120'));
      read.state.get(record(6).path)!.stamp = '3:100';
      read.state.delete(record(7).path);
      read.state.set(record(200).path, record(200));
      await writeSourceState(file, 'v1', read.state, read.log);
      assert.equal(await lineCount(file), 105, 'four lines appended: two changed records, one removal, one new record');

      const again = await readSourceState(file, 'v1');
      assert.equal(again.note, undefined);
      assert.deepEqual([...again.state.keys()].sort(), [...read.state.keys()].sort(), 'the same files');
      assert.equal(again.state.get(record(5).path)?.stamp, '2:120');
      assert.equal(again.state.get(record(6).path)?.stamp, '3:100');
      assert.equal(again.state.has(record(7).path), false, 'the removed file stays removed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is written whole again once the appended lines pass a quarter of the records', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'source-state-'));
    try {
      const file = path.join(dir, 'sources.ndjson');
      const state: SourceState = new Map(Array.from({ length: 400 }, (_, n) => [record(n).path, record(n)]));
      await writeSourceState(file, 'v1', state);
      const read = await readSourceState(file, 'v1');
      for (let n = 0; n < 200; n++) read.state.set(record(n).path, record(n, '9:100'));
      await writeSourceState(file, 'v1', read.state, read.log);
      assert.equal(await lineCount(file), 401, 'the records once each');
      assert.equal((await readSourceState(file, 'v1')).state.get(record(3).path)?.stamp, '9:100');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('calls a file whose appended line was cut short corrupt, and builds from nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'source-state-'));
    try {
      const file = path.join(dir, 'sources.ndjson');
      await writeSourceState(file, 'v1', new Map([[record(1).path, record(1)]]));
      await writeFile(file, `${await readFile(file, 'utf8')}{"path":"/content/2.md","sta`);
      const read = await readSourceState(file, 'v1');
      assert.equal(read.state.size, 0);
      assert.match(read.note ?? '', /^Build state sources\.ndjson is corrupt/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
