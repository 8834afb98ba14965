/**
 * A part of a split build shows other parts' articles by their summary, which
 * without a frontmatter summary is the body's first paragraph: taken from the
 * body's first blocks alone, it must be the text the whole render gives, or
 * nothing (then the body is rendered whole).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { firstParagraphOf } from '../../src/render/firstParagraph.ts';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';

const whole = async (markdown: string) => (await renderMarkdown({ path: 'x.md', markdown, quotes: [] })).firstParagraph;

test('the first paragraph from the first blocks is the whole render\'s, for every renderer fixture', async () => {
  const dir = path.join('tests', 'render', 'fixtures');
  for (const name of await readdir(dir)) {
    const markdown = await readFile(path.join(dir, name, 'input.md'), 'utf8').catch(() => undefined);
    if (markdown === undefined) continue;
    const alone = await firstParagraphOf(markdown);
    if (alone !== undefined) assert.equal(alone, await whole(markdown), name);
  }
});

test('a body whose first blocks look like a paragraph but are not (setext heading, table, open fence) gets the whole render\'s text', async () => {
  for (const markdown of [
    'Heading text\n===\n\nThe real first paragraph.',
    '| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter the table.',
    '```\ncode\n\nstill code\n```\n\nAfter the code.',
    '- a list\n\n  continued in the item\n\nThe paragraph.',
    'See [the report][r] for more.\n\n[r]: https://example.com/r',
  ]) {
    const alone = await firstParagraphOf(markdown);
    if (alone !== undefined) assert.equal(alone, await whole(markdown), markdown);
  }
  assert.equal(await firstParagraphOf('See [the report][r].\n\n[r]: https://example.com/r'), undefined, 'a definition anywhere: rendered whole');
  assert.equal(await firstParagraphOf('<div>\n\nInside.\n\n</div>'), undefined, 'raw HTML: rendered whole');
});

test('random bodies: the first paragraph from the first blocks is always the whole render\'s', async () => {
  const inline = fc.constantFrom('plain words', '*emphasis*', '**strong** text', '~~struck~~', 'www.example.com', '[a link](https://example.com)', '`code`', 'a\\\nbreak', '&amp; &copy;', '"quoted"', '[^1]', '[ref]', '1. not a list?');
  const block = fc.oneof(
    fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
    fc.constantFrom('# Heading', 'Setext\n---', '> quoted\ntext', '- item\n- item', '1. one\n2. two', '```\nfenced\n\ncode\n```', '    indented code', '***', '| a |\n|---|\n| b |', '[ref]: https://example.com', '[^1]: a note', '<b>bold</b>', '![alt](x.png)', ''),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 8 }), async (blocks) => {
      const markdown = blocks.map(([text, gap]) => text + gap).join('');
      const alone = await firstParagraphOf(markdown);
      if (alone !== undefined) assert.equal(alone, await whole(markdown));
    }),
    { seed: 15, numRuns: 400 },
  );
});
