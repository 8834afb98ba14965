import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeBlockStart } from '../../src/import/markdownFile.ts';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';

async function rendered(paragraph: string): Promise<string> {
  const result = await renderMarkdown({ path: 'escape.md', markdown: escapeBlockStart(paragraph), quotes: [] });
  return result.html.trim();
}

describe('a copy paragraph that starts like a Markdown block', () => {
  const cases: [string, string][] = [
    ['1. The first point of the plan.', '<p>1. The first point of the plan.</p>'],
    ['2) The second point.', '<p>2) The second point.</p>'],
    ['2024. A year to remember.', '<p>2024. A year to remember.</p>'],
    ['# 5 is the number on the shirt.', '<p># 5 is the number on the shirt.</p>'],
    ['- a dash opened the line.', '<p>- a dash opened the line.</p>'],
    ['+ plus one.', '<p>+ plus one.</p>'],
    ['> a sign opened the line.', '<p>> a sign opened the line.</p>'],
  ];
  for (const [paragraph, html] of cases) {
    it(`is shown as the text it was, with no backslash: ${JSON.stringify(paragraph)}`, async () => {
      assert.equal(await rendered(paragraph), html);
    });
  }

  it('leaves a paragraph that starts like no block as it was', () => {
    assert.equal(escapeBlockStart('1,000 people marched.'), '1,000 people marched.');
    assert.equal(escapeBlockStart('President Xi said.'), 'President Xi said.');
  });
});
