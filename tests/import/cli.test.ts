/**
 * The editors' commands end to end, in temporary folders (never content/):
 * `import` writes, prints, refuses duplicates, reports bad input as
 * `path: message`; `new` scaffolds a commented file and never overwrites.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captureConsole } from '../../src/import/console.ts';
import { runImport } from '../../src/import/importCommand.ts';
import { runNew } from '../../src/import/newCommand.ts';
import { checkSource } from '../../src/validate/index.ts';
import { FIXTURE_DIR } from './fixtureSet.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = path.join(FIXTURE_DIR, '01-urdupoint-sputnik-seed.txt');
const NO_YEAR = path.join(FIXTURE_DIR, '05-afp-no-year.txt');
const work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs a command in-process (fast); `spawn` runs the real entry point. */
async function run(script: 'import' | 'new', args: string[]) {
  const io = captureConsole();
  const code = await (script === 'import' ? runImport : runNew)(args, io);
  return { code, stdout: io.out, stderr: io.err };
}

function spawn(script: 'import' | 'new', args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function freshDir(name: string): string {
  return path.join(work, name);
}

test('import writes the article under its dated slug in the content folder', async () => {
  const dir = freshDir('write');
  const result = await run('import', [SEED, '--content-dir', dir]);
  assert.equal(result.code, 0, result.stderr);
  const [file] = readdirSync(dir);
  assert.equal(file, '2020-11-28-france-backs-continuation-of-karabakh-talks-within-osce-minsk-group-framework-diplomat.md');
  assert.match(result.stdout, new RegExp(`wrote .*${file}`));
  assert.match(readFileSync(path.join(dir, String(file)), 'utf8'), /^---\n[\s\S]*speaker: Jean-Baptiste Lemoyne/);
});

test('import --stdout prints the article and writes nothing', async () => {
  const dir = freshDir('stdout');
  const result = await run('import', [SEED, '--stdout', '--content-dir', dir]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^---\n/);
  assert.match(result.stdout, /outlet: UrduPoint News/);
  assert.throws(() => readdirSync(dir), /ENOENT/);
});

test('import refuses an article already in the archive, naming the file, unless --force', async () => {
  const dir = freshDir('duplicate');
  assert.equal((await run('import', [SEED, '--content-dir', dir])).code, 0);
  const again = await run('import', [SEED, '--content-dir', dir]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /01-urdupoint-sputnik-seed\.txt: not imported: .*already has the URL .*--force/);
  assert.doesNotMatch(again.stderr, /\n\s+at /);
  const forced = await run('import', [SEED, '--content-dir', dir, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
});

test('import refuses a copy whose text is already archived under another name', async () => {
  const dir = freshDir('same-body');
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const copy = lines.map((line, index) => (index === 0 || index === 4 ? 'A Different Headline For The Same Article' : line)).join('\n');
  const renamed = path.join(work, 'renamed.txt');
  writeFileSync(renamed, copy);
  assert.equal((await run('import', [SEED, '--content-dir', dir])).code, 0);
  const result = await run('import', [renamed, '--content-dir', dir]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /renamed\.txt: not imported: .*already has the same text/);
});

test('import reports a missing file as path: message, goes on with the others and exits 1', async () => {
  const dir = freshDir('missing');
  const result = await run('import', ['no-such-copy.txt', SEED, '--content-dir', dir]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^no-such-copy\.txt: no such file$/m);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
  assert.equal(readdirSync(dir).length, 1);
});

test('import reports an empty copy as path: message', async () => {
  const empty = path.join(work, 'empty.txt');
  writeFileSync(empty, '\n\n');
  const result = await run('import', [empty, '--content-dir', freshDir('empty')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /empty\.txt: the copy is empty/);
});

test('import lists the placeholders left and marks the article a draft', async () => {
  const dir = freshDir('placeholders');
  const result = await run('import', [NO_YEAR, '--content-dir', dir]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /to fill in before publishing .*: date/);
  const [file] = readdirSync(dir);
  const text = readFileSync(path.join(dir, String(file)), 'utf8');
  assert.match(text, /date: "TODO: publication date; the copy prints Nov 28 without a year"/);
  assert.match(text, /draft: true/);
});

test('import --date supplies the date a copy does not print in full', async () => {
  const dir = freshDir('date');
  assert.equal((await run('import', [NO_YEAR, '--date', '2020-11-28', '--content-dir', dir])).code, 0);
  assert.deepEqual(readdirSync(dir), ['2020-11-28-france-to-ease-lockdown-before-christmas-minister-says.md']);
});

test('import rejects an unknown option and an impossible --date with a usage line', async () => {
  const bad = await run('import', [SEED, '--date', '2020-02-30']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--date 2020-02-30: expected a date/);
  assert.match((await run('import', ['--bogus'])).stderr, /usage: npm run import/);
});

test('new scaffolds a commented article that is valid except for its placeholders, and prints its path', async () => {
  const dir = freshDir('new');
  const result = await run('new', ['Talks resume in Geneva', '--date', '2021-03-04', '--content-dir', dir]);
  assert.equal(result.code, 0, result.stderr);
  const target = path.join(dir, '2021-03-04-talks-resume-in-geneva.md');
  assert.equal(result.stdout.trim(), target);
  const text = readFileSync(target, 'utf8');
  for (const key of ['title', 'date', 'dateline', 'place', 'printed', 'source', 'outlet', 'agency', 'url', 'byline', 'quotes', 'speaker', 'role', 'tags', 'people', 'summary', 'lang', 'updated', 'corrections', 'draft']) {
    assert.match(text, new RegExp(`^\\s*(?:#\\s*)?(?:-\\s*)?${key}:.*#`, 'm'), `${key} missing or uncommented`);
  }
  const file = await checkSource(`content/${path.basename(target)}`, text);
  const errors = file.messages.filter((m) => m.fatal === true);
  assert.ok(errors.length > 0);
  assert.deepEqual(errors.filter((m) => m.ruleId !== 'placeholder').map(String), []);
});

test('new refuses to overwrite an existing article', async () => {
  const dir = freshDir('new-twice');
  assert.equal((await run('new', ['Same headline', '--date', '2021-03-04', '--content-dir', dir])).code, 0);
  const again = await run('new', ['Same headline', '--date', '2021-03-04', '--content-dir', dir]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /2021-03-04-same-headline\.md: already exists; not overwritten/);
});

test('new refuses a missing headline and an invalid date', async () => {
  assert.equal((await run('new', ['--content-dir', freshDir('none')])).code, 1);
  assert.match((await run('new', ['Headline', '--date', '28/11/2020'])).stderr, /expected a date such as 2020-11-28/);
});

test('the import entry point exits 1 and prints path: message, with no stack trace, for a missing file', () => {
  const result = spawn('import', ['no-such-copy.txt', '--content-dir', freshDir('spawn-import')]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, 'no-such-copy.txt: no such file\n');
});

test('the new entry point writes the file and prints its path', () => {
  const dir = freshDir('spawn-new');
  const result = spawn('new', ['Entry point headline', '--date', '2021-03-04', '--content-dir', dir]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.trim(), path.join(dir, '2021-03-04-entry-point-headline.md'));
});
