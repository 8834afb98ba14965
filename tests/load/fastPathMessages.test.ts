/**
 * Loading with the fast frontmatter reader changes no message: every error
 * and warning of load and validate, with its line and column, and the quote
 * positions the render stage is given, are what the `yaml`-only path gives,
 * on 2,000 generated articles and on every article under tests/ and content/,
 * each with one of the mistakes editors make.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { VFile } from 'vfile';
import { generateArchive } from '../../bench/generate.ts';
import { parseFrontmatter } from '../../src/load/parseFrontmatter.ts';
import { decodeSource } from '../../src/load/readSource.ts';
import { renderInput, validateArticle } from '../../src/pipeline/sourceStages.ts';
import { demoteDraftProblems, isDraft } from '../../src/validate/drafts.ts';
import { addFileWarnings } from '../../src/validate/editorWarnings.ts';

/** One mistake each, or none: what a file becomes before it is checked. */
const MISTAKES: Array<[string, (text: string) => string]> = [
  ['none', (text) => text],
  ['no source url', (text) => text.replace(/^ {2}url: .*\n/m, '')],
  ['a quote without its speaker', (text) => text.replace(/^ {4}speaker: .*\n/m, '')],
  ['a placeholder title', (text) => text.replace(/^title: .*$/m, 'title: "TODO: the headline"')],
  ['a date in the future', (text) => text.replace(/^date: .*$/m, 'date: 2099-01-01')],
  ['a day that does not exist', (text) => text.replace(/^date: .*$/m, 'date: 2021-02-30')],
  ['a misspelt key', (text) => text.replace(/^lang: /m, 'lnag: ')],
  ['a missing title', (text) => text.replace(/^title: .*\n/m, '')],
  ['a missing outlet', (text) => text.replace(/^ {2}outlet: .*\n/m, '')],
  ['a language that is a number', (text) => text.replace(/^lang: .*$/m, 'lang: 12')],
  ['a placeholder in the body', (text) => text.replace(/\n---\n\n/, '\n---\n\nTODO check this. ')],
  ['an unknown key in a quote', (text) => text.replace(/^ {4}role: /m, '    rol: ')],
  ['a draft with a problem', (text) => text.replace(/^lang: .*$/m, 'lang: 12\ndraft: true')],
  ['a file name date that differs', (text) => text.replace(/^date: (\d{4})/m, (_, year: string) => `date: ${Number(year) + 1}`)],
  ['a tag list with an empty tag', (text) => text.replace(/^tags: \[/m, 'tags: ["", ')],
];

const TODAY = new Date('2026-12-01T00:00:00Z');

/** Everything load and validate say of a file, and what the render stage would be given. */
function check(name: string, text: string, fast: boolean): string[] {
  const file = decodeSource(new VFile({ path: `content/${name}` }), new TextEncoder().encode(text));
  const source = parseFrontmatter(file, { fast });
  const valid = validateArticle({ file, source });
  const out: string[] = [];
  if (valid) {
    addFileWarnings(valid, { today: TODAY });
    out.push(JSON.stringify(renderInput(valid).quotes));
  }
  if (isDraft(source.data)) demoteDraftProblems(file);
  for (const m of file.messages) out.push(`${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason} [${m.ruleId}] ${m.note ?? ''}`);
  return out;
}

describe('the fast path and the yaml-only path', () => {
  it('give the same messages at the same lines and columns, and the same quote places, on 2,000 generated articles with mistakes', () => {
    let index = 0;
    let messages = 0;
    for (const article of generateArchive({ count: 2000 })) {
      const [what, mistake] = MISTAKES[index++ % MISTAKES.length]!;
      const text = mistake(article.text);
      const expected = check(article.fileName, text, false);
      assert.deepEqual(check(article.fileName, text, true), expected, `${what}: ${article.fileName}`);
      messages += expected.length;
    }
    // Not vacuous: the mistakes gave messages.
    assert.ok(messages > 2000, `only ${messages} lines compared`);
  });

  it('give the same messages on every article under tests/ and content/, as it is and with each mistake', () => {
    const articles = ['tests', 'content'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
        .map((entry) => path.join(entry.parentPath, entry.name)),
    );
    assert.ok(articles.length > 10, `only ${articles.length} articles found`);
    for (const file of articles) {
      const text = readFileSync(file, 'utf8');
      for (const [what, mistake] of MISTAKES) {
        const name = path.basename(file);
        assert.deepEqual(check(name, mistake(text), true), check(name, mistake(text), false), `${what}: ${file}`);
      }
    }
  });
});
