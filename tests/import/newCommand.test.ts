/**
 * `npm run new` without `--date`: the article is dated the UTC day, the day
 * the future-date warning compares with, whatever the machine's time zone.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { captureConsole } from '../../src/import/console.ts';
import { runNew } from '../../src/import/newCommand.ts';

const work = mkdtempSync(path.join(tmpdir(), 'new-command-'));
const zone = process.env.TZ;
after(() => {
  rmSync(work, { recursive: true, force: true });
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

test('npm run new dates the article today in UTC, even where the local day is already tomorrow', async () => {
  // 12:00 UTC on 1 March is 02:00 on 2 March at UTC+14 (Kiritimati).
  process.env.TZ = 'Pacific/Kiritimati';
  const now = new Date('2024-03-01T12:00:00Z');
  assert.equal(now.getDate(), 2, 'precondition: the local day differs from the UTC day');
  const io = captureConsole();
  const code = await runNew(['Talks resume in Geneva', '--content-dir', work], io, now);
  assert.equal(code, 0, io.err);
  assert.deepEqual(readdirSync(work), ['2024-03-01-talks-resume-in-geneva.md']);
});
