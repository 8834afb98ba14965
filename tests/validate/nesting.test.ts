/**
 * Bodies nested thousands deep (block quotes, lists, emphasis, raw HTML) are
 * each their own file's error, at their line with the limit in the message;
 * they no longer stop the build with "Maximum call stack size exceeded", and
 * the rest of the archive is still checked in the same run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { VFile } from 'vfile';
import { loadArchive, type Archive } from '../../src/loadArchive.ts';
import { tooDeepNesting, MAX_NESTING } from '../../src/validate/nesting.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const DEEP = 5000;
const body = (text: string) => `LISBON - The council met on Thursday.\n\n${text}\n`;
const FILES: Record<string, string> = {
  'block-quotes': body(`${'>'.repeat(DEEP)} deep`),
  'lists-on-one-line': body(`${'- '.repeat(DEEP)}deep`),
  'lists-by-indentation': body(Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')),
  emphasis: body(`${'*'.repeat(1000)}x${'*'.repeat(1000)}`),
  'raw-html': body(`${'<div>'.repeat(DEEP)}x${'</div>'.repeat(DEEP)}`),
};

describe('deeply nested bodies', () => {
  let project: FixtureProject;
  let archive: Archive;
  const fileOf = (slug: string): VFile => archive.files.find((file) => file.path.endsWith(`-${slug}.md`))!;
  const errorsOf = (slug: string) => fileOf(slug).messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`);

  before(async () => {
    project = await createFixtureProject('nesting-test-');
    await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
    let day = 10;
    for (const [slug, text] of Object.entries(FILES)) {
      await project.write(`2021-03-${day}-${slug}.md`, articleSource({ title: slug, date: `2021-03-${day}`, body: text }));
      day++;
    }
    archive = await loadArchive({ contentDir: project.contentDir, cacheDir: false });
  });
  after(() => project.remove());

  it('checks the whole archive in one run: the good article is kept, every nested file has its error', () => {
    assert.equal(archive.ok, false);
    assert.deepEqual(archive.articles.map((a) => a.title), ['Council Approves New Budget']);
    for (const slug of Object.keys(FILES)) assert.equal(errorsOf(slug).length, 1, `${slug}: ${errorsOf(slug).join('; ')}`);
  });

  it(`block quotes ${DEEP} deep are refused at their line, with the limit of ${MAX_NESTING} in the message`, () => {
    assert.deepEqual(errorsOf('block-quotes'), [`13:${MAX_NESTING + 2} Unexpected block quotes and lists nested ${MAX_NESTING + 1} levels deep, expected at most ${MAX_NESTING} [nesting-depth]`]);
  });

  it('lists nested on one line or by indentation are refused at the line that passes the limit', () => {
    assert.match(errorsOf('lists-on-one-line')[0] ?? '', new RegExp(`^13:\\d+ Unexpected block quotes and lists nested ${MAX_NESTING + 1} levels deep, expected at most ${MAX_NESTING}`));
    assert.match(errorsOf('lists-by-indentation')[0] ?? '', new RegExp(`^${13 + MAX_NESTING}:${2 * MAX_NESTING + 1} Unexpected block quotes and lists nested`));
  });

  it('emphasis and raw HTML nested thousands deep are refused with their line and limit', () => {
    assert.match(errorsOf('emphasis')[0] ?? '', /^13:\d+ Unexpected Markdown \(emphasis, links, quotes, lists\) nested more than 128 levels deep, expected at most 128 \[nesting-depth\]$/);
    assert.match(errorsOf('raw-html')[0] ?? '', /^13:\d+ Unexpected HTML elements nested more than 128 levels deep, expected at most 128 \[nesting-depth\]$/);
  });
});

describe('the nesting limit', () => {
  it('lets through what articles hold: a few levels, long flat lists, fenced code full of `>`', () => {
    const ordinary = [
      '> A quote\n> > within a quote',
      '- one\n  - two\n    - three\n      1. four',
      Array.from({ length: 500 }, (_, i) => `- item ${i}`).join('\n'),
      '* * *\n\n- - -',
      `\`\`\`\n${'>'.repeat(200)}\n\`\`\``,
      `    ${'- '.repeat(200)}indented code`,
    ];
    for (const text of ordinary) assert.equal(tooDeepNesting(text), undefined, text.slice(0, 40));
  });

  it('counts quotes and lists together, and lists nested by indentation inside a quote', () => {
    assert.equal(tooDeepNesting('> - '.repeat(17) + 'x')?.depth, MAX_NESTING + 1);
    const inQuote = Array.from({ length: 40 }, (_, i) => `> ${'  '.repeat(i)}- item`).join('\n');
    assert.equal(tooDeepNesting(inQuote)?.line, MAX_NESTING);
  });

  it('refuses a body one level past the limit whose markers are all it has, tabs and numbered items too (the count that clears most bodies first)', () => {
    const past = MAX_NESTING + 1;
    const cases = [
      '>'.repeat(past),
      `${'- '.repeat(past)}x`,
      `${'-\t'.repeat(past)}x`,
      Array.from({ length: past }, (_, i) => `${'   '.repeat(i)}1. x`).join('\n'),
      `${'+ '.repeat(past - 1)}* x`,
    ];
    for (const text of cases) assert.equal(tooDeepNesting(text)?.depth, past, JSON.stringify(text.slice(0, 20)));
    assert.equal(tooDeepNesting('>'.repeat(MAX_NESTING)), undefined, 'at the limit itself');
  });
});
