import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';

async function html(markdown: string, quotes: string[] = []): Promise<string> {
  const rendered = await renderMarkdown({ path: 'test.md', markdown, quotes: quotes.map((text) => ({ text })) });
  return rendered.html;
}

describe('renderMarkdown', () => {
  const CASES: Array<{ name: string; markdown: string; expected: string }> = [
    { name: 'renders paragraphs', markdown: 'One.\n\nTwo.', expected: '<p>One.</p>\n<p>Two.</p>' },
    { name: 'renders emphasis and links', markdown: '*a* [b](https://example.com)', expected: '<p><em>a</em> <a href="https://example.com">b</a></p>' },
    { name: 'renders GFM tables', markdown: '| a |\n| - |\n| 1 |', expected: '<table>' },
    { name: 'renders GFM strikethrough', markdown: '~~gone~~', expected: '<del>gone</del>' },
    { name: 'keeps square brackets that are editorial insertions', markdown: 'the talks [on Karabakh] go on', expected: '<p>the talks [on Karabakh] go on</p>' },
    { name: 'keeps harmless inline HTML', markdown: 'H<sub>2</sub>O', expected: '<p>H<sub>2</sub>O</p>' },
  ];
  for (const { name, markdown, expected } of CASES) {
    it(name, async () => assert.ok((await html(markdown)).includes(expected), await html(markdown)));
  }

  const HOSTILE: Array<{ name: string; markdown: string; forbidden: RegExp }> = [
    { name: 'removes a script element', markdown: 'a <script>alert(1)</script> b', forbidden: /<script|alert\(1\)/i },
    { name: 'removes an event handler on an image', markdown: '<img src="x.png" onerror="alert(1)">', forbidden: /onerror/i },
    { name: 'removes an iframe', markdown: '<iframe src="https://evil.example"></iframe>', forbidden: /<iframe/i },
    { name: 'removes an svg with onload', markdown: '<svg onload="alert(1)"><circle r="1"/></svg>', forbidden: /<svg|onload/i },
    { name: 'removes a javascript: link in Markdown', markdown: '[click](javascript:alert(1))', forbidden: /javascript:/i },
    { name: 'removes a javascript: link in HTML', markdown: '<a href="JaVaScRiPt:alert(1)">x</a>', forbidden: /javascript:/i },
    { name: 'removes a data: link', markdown: '[x](data:text/html;base64,PHNjcmlwdD4=)', forbidden: /data:/i },
    { name: 'removes a data: image', markdown: '![x](data:image/svg+xml;base64,PHN2Zz4=)', forbidden: /data:/i },
    { name: 'removes style elements', markdown: '<style>body{display:none}</style>', forbidden: /<style/i },
    { name: 'removes a form', markdown: '<form action="https://evil.example"><input name="p"></form>', forbidden: /<form|name="p"|action=/i },
  ];
  for (const { name, markdown, forbidden } of HOSTILE) {
    it(name, async () => assert.doesNotMatch(await html(markdown), forbidden));
  }

  it('prefixes ids from content so they cannot clash with the quote anchors', async () => {
    const out = await html('<p id="quote-1">fake</p>\n\nHe said "real words" today.', ['real words']);
    assert.match(out, /id="user-content-quote-1"/);
    assert.equal(out.match(/id="quote-1"/g)?.length, 1);
  });

  it('marks a quote where it stands with an anchor', async () => {
    const out = await html('"We will continue," the minister said.', ['We will continue']);
    assert.match(out, /"<span class="quoted" id="quote-1">We will continue<\/span>," the minister said\./);
  });

  it('marks a quote that spans emphasis, with one anchor', async () => {
    const out = await html('He said: "we *will* win".', ['we will win']);
    assert.equal(out.match(/id="quote-1"/g)?.length, 1);
    assert.match(out, /<span class="quoted" id="quote-1">we <\/span><em><span class="quoted">will<\/span><\/em><span class="quoted"> win<\/span>/);
  });

  it('numbers quote anchors in frontmatter order', async () => {
    const out = await html('"Second words" came after "first words".', ['first words', 'Second words']);
    assert.match(out, /id="quote-2">Second words/);
    assert.match(out, /id="quote-1">first words/);
  });

  it('reports a quote missing from the body at the quote’s frontmatter line', async () => {
    const rendered = await renderMarkdown({
      path: 'a.md',
      markdown: 'Nothing quoted here.',
      quotes: [{ text: 'words never said', place: { line: 9, column: 11 } }],
    });
    const [message] = rendered.file.messages;
    assert.equal(String(message), 'a.md:9:11: Unexpected quote “words never said”, expected words found verbatim in the body');
    assert.equal(message?.fatal, true);
  });

  it('takes the first paragraph as the default summary', async () => {
    const rendered = await renderMarkdown({ path: 'a.md', markdown: '# Head\n\nFirst *lines*\nhere.\n\nSecond.', quotes: [] });
    assert.equal(rendered.firstParagraph, 'First lines here.');
  });
});
