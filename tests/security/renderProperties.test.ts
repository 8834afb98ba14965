import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkSource } from '../../src/pipeline/fileArticle.ts';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';
import { scanHtml } from '../support/scanHtml.ts';

/** Markdown built from pieces attackers and editors actually write. */
const hostilePiece = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src=javascript:alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<div onclick="alert(1)">',
  '</div>',
  '<!--',
  '-->',
  '<style>',
  '<math><mi xlink:href="javascript:alert(1)">',
  '<object data="x">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '```\n<script>\n```',
  '> quote',
  '* item',
  '| a |\n| - |\n| b |',
  '**bold**',
  '"quoted"',
  '\n\n',
  '[^1]\n\n[^1]: note',
  '<details open ontoggle=alert(1)>',
  '<form action=javascript:alert(1)><button>x</button></form>',
);
const markdown = fc.array(fc.oneof(hostilePiece, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 25 }).map((parts) => parts.join(' '));

describe('the renderer under random input', () => {
  it('never crashes and never yields a script, an event handler or a dangerous URL', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (input) => {
        const { html } = await renderMarkdown({ path: 'random.md', markdown: input, quotes: [] });
        assert.deepEqual(scanHtml(html), []);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('never crashes on random frontmatter, and reports instead of throwing', async () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('*a', '&a x', '{', '[', '"', "'", '- -', '__proto__', ': :', '!!binary x', '!!js/function x'));
    const keys = fc.constantFrom('title', 'date', 'source', 'quotes', 'tags', 'lang', 'dateline', '__proto__', 'constructor', 'x');
    const line = fc.tuple(keys, scalar).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), markdown, async (lines, body) => {
        const file = await checkSource('content/2021-01-01-random.md', `---\n${lines.join('\n')}\n---\n${body}`);
        for (const message of file.messages) {
          assert.ok((message.line ?? 0) >= 1, `a message without a line: ${String(message)}`);
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});
