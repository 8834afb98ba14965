import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateArchive } from '../../bench/generate.ts';
import { fastMdast } from '../../src/render/fastMarkdown.ts';

/** What remark-parse and remark-gfm (micromark) give, without positions: the reference the fast path must equal. */
const micromark = unified().use(remarkParse).use(remarkGfm).freeze();
function reference(markdown: string): unknown {
  return JSON.parse(JSON.stringify(micromark.parse(markdown), (key, value: unknown) => (key === 'position' ? undefined : value)));
}

function assertSameTree(markdown: string): boolean {
  const fast = fastMdast(markdown);
  if (fast === undefined) return false;
  assert.deepEqual(fast, reference(markdown), `the fast path read ${JSON.stringify(markdown)} differently from micromark`);
  return true;
}

describe('the fast Markdown path', () => {
  it('reads every generated article body as micromark does, and takes all of them', () => {
    let fast = 0;
    let count = 0;
    for (const article of generateArchive({ count: 300 })) {
      count++;
      if (assertSameTree(article.meta.body)) fast++;
    }
    assert.equal(fast, count, `${count - fast} of ${count} generated bodies went to micromark`);
  });

  it('reads every renderer fixture it takes as micromark does', async () => {
    const fixtures = new URL('./fixtures/', import.meta.url);
    for (const name of await readdir(fixtures)) {
      assertSameTree(await readFile(new URL(`${name}/input.md`, fixtures), 'utf8'));
    }
  });

  it('reads random text made of Markdown markers as micromark does, whenever it answers', () => {
    const piece = fc.constantFrom(
      'word', 'Word', 'é', 'Ωmega', '1', '2020', ' ', ' ', '\n', '\n\n', '\n\n\n', '**', '*', '***', '[', ']', '(', ')',
      '[sic]', '[link](https://example.com/a)', '[x](y)', '](', '#', '## ', '# ', '####### ', '- ', '-', '---', '1. ', '2) ',
      '+ ', '=', '!', '"', "'", '.', ',', ':', ';', '?', '“', '”', '’', '—', '–', '…', '\u00a0', '😀', '%', '$', '#5', '©',
      'www.example.com', 'http://x.y', 'https:', 'mailto:', '@', 'a@b.co', '_', '~', '`', '<b>', '&amp;', '|', '\t', '\\',
      '[ ] ', '[x] ', '[^1]', '![a](b)', 'x.com', '((', '))', '&', 'AT&T', '&amp;', '&#35;', '&#x41;', '&copy', '&x;', ';', '#',
      '\\', '\\#', '\\*', '\\**', '\\_', '\\[', '\\]', '\\\\', '\\-', '\\1', '\\&amp;', '\\<', '\\>', '\\\n',
    );
    const markdown = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    let answered = 0;
    fc.assert(
      fc.property(markdown, (input) => {
        if (assertSameTree(input)) answered++;
      }),
      { numRuns: 20_000, seed: 20261201 },
    );
    // The property means something only if the fast path answered often.
    assert.ok(answered > 2_000, `the fast path answered ${answered} of 20,000`);
  });

  it('takes prose with a bare ampersand, as in AT&T or Q&A, and reads it as micromark does', () => {
    assert.ok(assertSameTree('AT&T and S&P 500 rose; a Q&A followed & ended.'));
  });

  it('takes the escapes the importer writes before a paragraph that looks like a heading, list or quote', () => {
    for (const markdown of ['\\## Not a heading', '\\- not a list', '\\> not a quote', 'a \\*starred\\* word']) assert.ok(assertSameTree(markdown), markdown);
  });

  it('leaves to micromark what it does not read: HTML, entities, code, tables, emphasis with _, lazy lines', () => {
    for (const markdown of ['a <b>c</b>', 'AT&amp;T', 'caf&#233;', 'a `b`', '| a |\n| - |', 'an _aside_', '- a\nb', '    code', '> quoted', 'a  \nb', '*one*', 'see www.example.com']) {
      assert.equal(fastMdast(markdown), undefined, JSON.stringify(markdown));
    }
  });
});
