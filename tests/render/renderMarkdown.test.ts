import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';
import { scanHtml } from '../support/scanHtml.ts';

async function html(markdown: string, quotes: string[] = []): Promise<string> {
  const rendered = await renderMarkdown({ path: 'test.md', markdown, quotes: quotes.map((text) => ({ text })) });
  return rendered.html;
}

/**
 * The renderer's input → output cases, one folder each, in the style of
 * remark's and rehype's own suites: `fixtures/NAME/input.md` (the body),
 * optional `quotes.txt` (the frontmatter's quotes, one a line, in order) and
 * `output.html` (what the article page shows). The folder name is the test's
 * sentence. `UPDATE=1 node --import tsx --test tests/render/renderMarkdown.test.ts`
 * rewrites every `output.html` from the code: review the diff before committing.
 */
const FIXTURES = new URL('./fixtures/', import.meta.url);
const UPDATE = process.env.UPDATE === '1';

async function readOptional(url: URL): Promise<string | undefined> {
  try {
    return await readFile(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

describe('renderMarkdown, fixture by fixture', async () => {
  const names = (await readdir(FIXTURES, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  it('has its fixtures', () => assert.ok(names.length >= 10, `found ${names.length} in ${FIXTURES.pathname}`));
  for (const name of names) {
    it(name.replace(/-/g, ' '), async () => {
      const folder = new URL(`${name}/`, FIXTURES);
      const markdown = await readFile(new URL('input.md', folder), 'utf8');
      const quotes = (await readOptional(new URL('quotes.txt', folder)))?.split('\n').filter(Boolean) ?? [];
      const actual = `${await html(markdown, quotes)}\n`;
      const expectedUrl = new URL('output.html', folder);
      if (UPDATE) await writeFile(expectedUrl, actual);
      const expected = await readOptional(expectedUrl);
      assert.ok(expected !== undefined, `${name}/output.html is missing: run with UPDATE=1 to write it, then review it`);
      assert.equal(actual, expected);
      // Whatever a fixture expects, it never expects something a page would execute.
      assert.deepEqual(scanHtml(actual), []);
    });
  }
});

describe('renderMarkdown', () => {
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
