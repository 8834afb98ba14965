/**
 * The importer's fixture set: plain-text copies in tests/fixtures/import/
 * with the facts an editor would record for each (`*.expected.json`), and
 * the scoring the accuracy bar is measured with.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCopy } from '../../src/import/importCopy.ts';
import type { ImportedArticle } from '../../src/import/importCopy.ts';
import { comparable } from '../../src/text/normalizeText.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** `"TODO"` in an expectation means: the importer must leave a placeholder there. */
export interface Expected {
  title: string;
  date: string;
  dateline: { place: string; printed: string } | null;
  source: { outlet: string; agency?: string; byline?: string };
  quotes: { text: string; speaker: string }[];
  body: { paragraphs: number; first: string };
}

export interface Fixture {
  name: string;
  copy: string;
  expected: Expected;
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return {
        name,
        copy: readFileSync(path.join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected,
      };
    });
}

/** Equal, or both placeholders when the expectation is `TODO`. */
export function matches(actual: string | undefined, expected: string | undefined): boolean {
  if (expected === 'TODO') return actual !== undefined && actual.startsWith('TODO');
  return actual === expected;
}

/** The dateline facts the accuracy bar counts: place, outlet, agency, date. */
export function datelineMismatches(article: ImportedArticle, expected: Expected): string[] {
  const fm = article.frontmatter;
  const wrong: string[] = [];
  if (!matches(fm.dateline?.place, expected.dateline?.place ?? 'TODO')) wrong.push(`place ${fm.dateline?.place}`);
  if (!matches(fm.source.outlet, expected.source.outlet)) wrong.push(`outlet ${fm.source.outlet}`);
  if (fm.source.agency !== expected.source.agency) wrong.push(`agency ${fm.source.agency}`);
  if (!matches(fm.date, expected.date)) wrong.push(`date ${fm.date}`);
  return wrong;
}

export interface QuoteScore {
  expected: number;
  right: number;
  /** Expected quotes missed or given the wrong speaker. */
  wrong: string[];
  /** Quotes drafted that the expectation does not list, with a speaker asserted (not a placeholder). */
  extra: string[];
}

export function scoreQuotes(article: ImportedArticle, expected: Expected): QuoteScore {
  const drafted = article.frontmatter.quotes;
  const wrong: string[] = [];
  let right = 0;
  for (const quote of expected.quotes) {
    const found = drafted.find((q) => comparable(q.text) === comparable(quote.text));
    if (found && matches(found.speaker, quote.speaker)) right++;
    else wrong.push(`"${quote.text.slice(0, 40)}…" → ${found ? found.speaker : 'not found'} (expected ${quote.speaker})`);
  }
  const extra = drafted
    .filter((q) => !expected.quotes.some((e) => comparable(e.text) === comparable(q.text)))
    .filter((q) => !q.speaker.startsWith('TODO'))
    .map((q) => `"${q.text.slice(0, 40)}…" → ${q.speaker}`);
  return { expected: expected.quotes.length, right, wrong, extra };
}

export interface Accuracy {
  datelines: { right: number; total: number };
  quotes: { right: number; total: number };
  failures: string[];
}

export function measure(fixtures: readonly Fixture[]): Accuracy {
  const accuracy: Accuracy = { datelines: { right: 0, total: 0 }, quotes: { right: 0, total: 0 }, failures: [] };
  for (const fixture of fixtures) {
    const article = importCopy(fixture.copy);
    const dateline = datelineMismatches(article, fixture.expected);
    accuracy.datelines.total++;
    if (dateline.length === 0) accuracy.datelines.right++;
    else accuracy.failures.push(`${fixture.name}: dateline ${dateline.join(', ')}`);
    const quotes = scoreQuotes(article, fixture.expected);
    accuracy.quotes.total += quotes.expected;
    accuracy.quotes.right += quotes.right;
    for (const message of [...quotes.wrong, ...quotes.extra.map((e) => `extra ${e}`)]) {
      accuracy.failures.push(`${fixture.name}: ${message}`);
    }
  }
  return accuracy;
}
