/**
 * Every bench script reads its command line through bench/benchArgs.ts: a run missing an option it cannot do
 * without, or given one it does not know, stops with the script's usage line.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { benchArgs } from '../../bench/benchArgs.ts';

const USAGE = 'bench/example.ts --content DIR --out DIR [--repeat 3]';
const OPTIONS = { content: { type: 'string' }, out: { type: 'string' }, repeat: { type: 'string', default: '3' } } as const;
const parse = (args: string[]) => benchArgs(USAGE, { args, options: OPTIONS }, ['content', 'out']);

describe('the bench scripts’ command line', () => {
  it('gives the options given, and the defaults of the others', () => {
    const { values } = parse(['--content', 'c', '--out', 'o']);
    assert.deepEqual({ ...values }, { content: 'c', out: 'o', repeat: '3' });
  });

  it('names every missing required option, with the usage line', () => {
    assert.throws(() => parse(['--content', 'c']), { message: `Missing --out, expected: Usage: ${USAGE}` });
    assert.throws(() => parse(['--content', '']), { message: `Missing --content, --out, expected: Usage: ${USAGE}` });
  });

  it('stops on an option it does not know, with the usage line', () => {
    assert.throws(() => parse(['--content', 'c', '--out', 'o', '--count', '9']), (error: Error) => error.message.includes("'--count'") && error.message.endsWith(`\nUsage: ${USAGE}`));
  });

  it('a script run without its required option exits with its usage, and runs with it', async () => {
    const run = promisify(execFile);
    const script = path.join(import.meta.dirname, '..', '..', 'bench', 'generate.ts');
    await assert.rejects(run(process.execPath, ['--import', 'tsx', script, '--count', '2']), (error: { code: number; stderr: string }) => error.code !== 0 && error.stderr.includes('Missing --out, expected: Usage: bench/generate.ts'));
    const out = await mkdtemp(path.join(tmpdir(), 'bench-args-'));
    try {
      await run(process.execPath, ['--import', 'tsx', script, '--count', '2', '--out', out]);
      assert.equal((await readdir(out)).filter((name) => name.endsWith('.md')).length, 2);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
