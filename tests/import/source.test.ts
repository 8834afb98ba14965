/**
 * Who published a copy (outlet) versus where its story came from (agency),
 * and `--outlet` / `--url`. The copies here are written for the tests.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { captureConsole } from '../../src/import/console.ts';
import { runImport } from '../../src/import/importCommand.ts';
import { importCopy } from '../../src/import/importCopy.ts';
import { outletForHost } from '../../src/import/outlets.ts';

const WIRE_COPY = [
  'Harbour Strike Ends After Two Weeks',
  'LONDON (Reuters) - Dock workers returned to work on Monday after a two-week strike, their union said.',
  '"We have a deal that our members can live with," union organiser Mary Lane said.',
].join('\n\n');

const UNDATED_COPY = [
  'Ferry Service Resumes',
  'OSLO, March 3 (AFP) - A ferry link closed by storms reopened on Tuesday, the operator said.',
].join('\n\n');

const work = mkdtempSync(path.join(tmpdir(), 'import-source-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a lone wire credit is the agency, and the outlet is left to the editor with a hint', () => {
  const { frontmatter } = importCopy(WIRE_COPY);
  assert.equal(frontmatter.source.agency, 'Reuters');
  assert.match(frontmatter.source.outlet, /^TODO: outlet that published this copy \(the copy credits Reuters/);
});

test('--url names the outlet from its host, keeps the address and the agency', () => {
  const { frontmatter } = importCopy(WIRE_COPY, { url: 'https://www.theguardian.com/business/strike-ends' });
  assert.equal(frontmatter.source.outlet, 'The Guardian');
  assert.equal(frontmatter.source.agency, 'Reuters');
  assert.equal(frontmatter.source.url, 'https://www.theguardian.com/business/strike-ends');
});

test('a copy published where its agency publishes has that outlet and no agency', () => {
  const { frontmatter } = importCopy(WIRE_COPY, { url: 'https://www.reuters.com/world/strike-ends' });
  assert.equal(frontmatter.source.outlet, 'Reuters');
  assert.equal(frontmatter.source.agency, undefined);
});

test('a host missing from the table is a placeholder that names the host and the table', () => {
  const { frontmatter } = importCopy(WIRE_COPY, { url: 'https://news.example.org/strike' });
  assert.match(frontmatter.source.outlet, /^TODO: .*news\.example\.org is not in src\/import\/outlets\.json/);
  assert.equal(frontmatter.source.url, 'https://news.example.org/strike');
});

test('--outlet wins over the host of --url', () => {
  const { frontmatter } = importCopy(WIRE_COPY, { outlet: 'Harbour Gazette', url: 'https://www.theguardian.com/x' });
  assert.equal(frontmatter.source.outlet, 'Harbour Gazette');
});

test('a subdomain finds its parent host in the table', () => {
  assert.equal(outletForHost('m.rediff.com'), 'Rediff');
  assert.equal(outletForHost('english.example.com'), undefined);
});

test('import --url writes the outlet and the address into the article', async () => {
  const copy = path.join(work, 'strike.txt');
  writeFileSync(copy, WIRE_COPY);
  const dir = path.join(work, 'url');
  const io = captureConsole();
  assert.equal(await runImport([copy, '--url', 'https://www.theguardian.com/business/strike-ends', '--content-dir', dir], io), 0, io.err);
  const text = readFileSync(path.join(dir, String(readdirSync(dir)[0])), 'utf8');
  assert.match(text, /outlet: The Guardian/);
  assert.match(text, /url: https:\/\/www\.theguardian\.com\/business\/strike-ends/);
});

test('import rejects a --url that is not a web address, with a usage line', async () => {
  const io = captureConsole();
  assert.equal(await runImport([path.join(work, 'strike.txt'), '--url', 'theguardian'], io), 1);
  assert.match(io.err, /--url theguardian: expected the address of the copy/);
  assert.match(io.err, /usage: npm run import/);
});

test('a copy without a year is written as YYYY-MM-DD-slug.md, and the command says to rename it', async () => {
  const copy = path.join(work, 'ferry.txt');
  writeFileSync(copy, UNDATED_COPY);
  const dir = path.join(work, 'undated');
  const io = captureConsole();
  assert.equal(await runImport([copy, '--content-dir', dir], io), 0, io.err);
  assert.deepEqual(readdirSync(dir), ['YYYY-MM-DD-ferry-service-resumes.md']);
  assert.match(io.out, /once the date is filled in, rename .*YYYY-MM-DD-ferry-service-resumes\.md/);
});
