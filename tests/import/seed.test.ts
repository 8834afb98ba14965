/**
 * Issue 3, "Done when": importing the seed copy yields the curated seed
 * article — same frontmatter facts, same body — and it passes validation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import matter from 'gray-matter';
import { importCopy } from '../../src/import/importCopy.ts';
import { checkSource } from '../../src/validate/index.ts';

const SEED_COPY = new URL('../../../shared/seeds/000_1e389841908f5ceb.txt', import.meta.url);
const CURATED_NAME = '2020-11-28-france-backs-continuation-of-karabakh-talks-within-osce-minsk-group-framework-diplomat.md';
const CURATED = new URL(`../../content/${CURATED_NAME}`, import.meta.url);

interface Curated {
  title: string;
  date: Date | string;
  dateline: { place: string; printed: string };
  source: { outlet: string; agency?: string; byline?: string };
  quotes: { text: string; speaker: string; role?: string }[];
}

const imported = importCopy(readFileSync(SEED_COPY, 'utf8'));
const curatedFile = matter(readFileSync(CURATED, 'utf8'));
const curated = curatedFile.data as Curated;

test('names the imported seed like the curated seed article', () => {
  assert.equal(imported.fileName, CURATED_NAME);
});

test('drafts the same title, date, dateline and source as the curated seed', () => {
  const fm = imported.frontmatter;
  const curatedDate = curated.date instanceof Date ? curated.date.toISOString().slice(0, 10) : String(curated.date);
  assert.equal(fm.title, curated.title);
  assert.equal(fm.date, curatedDate);
  assert.deepEqual(fm.dateline, curated.dateline);
  assert.equal(fm.source.outlet, curated.source.outlet);
  assert.equal(fm.source.agency, curated.source.agency);
  assert.equal(fm.source.byline, curated.source.byline);
});

test('drafts the same three quotes, all by Jean-Baptiste Lemoyne with his stated role', () => {
  assert.deepEqual(imported.frontmatter.quotes, curated.quotes);
  assert.equal(new Set(imported.frontmatter.quotes.map((q) => q.speaker)).size, 1);
});

test('keeps the same body as the curated seed', () => {
  assert.equal(imported.body.join('\n\n').trim(), curatedFile.content.trim());
});

test('leaves no placeholder and no draft flag on the seed', () => {
  assert.deepEqual(imported.placeholders, []);
  assert.equal(imported.frontmatter.draft, undefined);
});

test('the imported seed passes validation without errors', async () => {
  const file = await checkSource(`content/${imported.fileName}`, imported.markdown);
  assert.deepEqual(file.messages.filter((m) => m.fatal === true).map(String), []);
});
