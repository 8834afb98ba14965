import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuildResult } from '../../src/build.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { scanHtml } from '../support/scanHtml.ts';

/** Hostile articles that must build, safely. */
const RENDERED_SAFELY: Record<string, string> = {
  '2021-01-01-script-tags.md': articleSource({
    title: 'Scripts <script>alert("title")</script>',
    date: '2021-01-01',
    body: 'Before <script>alert(1)</script> after.\n\n<img src="x.png" onerror="alert(2)">\n\n<iframe src="https://evil.example/"></iframe>\n\n<svg onload="alert(3)"><circle r="4"/></svg>\n\n<a href="javascript:alert(4)">js</a> [md](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)\n\n<div style="position:fixed" onclick="alert(7)">styled</div>',
  }),
  '2021-01-02-breakout-title.md': articleSource({
    title: '</script><script>alert("ld")</script><!-- "quoted" & done',
    date: '2021-01-02',
    frontmatter: [
      'source:',
      '  outlet: "<b onmouseover=alert(8)>Outlet</b>"',
      '  agency: "</script><img src=x onerror=alert(9)>"',
      '  byline: "<script>alert(10)</script>"',
      '  url: "https://example.com/?q=</script><script>alert(11)</script>"',
      'dateline:',
      '  place: "<svg onload=alert(12)>"',
      '  printed: "--> <script>alert(13)</script>"',
      'summary: "<img src=x onerror=alert(14)>"',
      'tags: ["<script>alert(15)</script>", "javascript:alert(16)"]',
      'people: ["<iframe src=javascript:alert(17)>"]',
      'quotes:',
      '  - text: "not real"',
      '    speaker: "<script>alert(18)</script>"',
      '    role: "\\u2028</script>"',
    ].join('\n'),
    body: 'They wrote "<em>not</em> real" on the wall.',
  }),
};

/** Hostile or broken files that must be refused with file:line:col. */
const REFUSED: Record<string, { text: string | Buffer; rule: string }> = {
  '2021-02-01-js-url.md': {
    text: articleSource({ date: '2021-02-01', frontmatter: 'source:\n  outlet: X\n  url: "javascript:alert(1)"', body: 'A.' }),
    rule: 'invalid-field',
  },
  '2021-02-02-data-url.md': {
    text: articleSource({ date: '2021-02-02', frontmatter: 'source:\n  outlet: X\n  url: "data:text/html,<script>alert(1)</script>"', body: 'B.' }),
    rule: 'invalid-field',
  },
  '2021-02-03-proto.md': {
    text: articleSource({ date: '2021-02-03', frontmatter: 'source:\n  outlet: X\n__proto__:\n  polluted: yes\nconstructor: { prototype: { polluted: yes } }', body: 'C.' }),
    rule: 'unknown-field',
  },
  '2021-02-04-alias-bomb.md': {
    text: articleSource({
      date: '2021-02-04',
      frontmatter: `source:\n  outlet: X\n${['a: &a [x,x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n')}`,
      body: 'D.',
    }),
    rule: 'yaml',
  },
  '2021-02-05-huge.md': { text: articleSource({ date: '2021-02-05', body: 'x'.repeat(20 * 1024 * 1024) }), rule: 'file-size' },
  '2021-02-06-latin1.md': {
    text: Buffer.concat([Buffer.from(articleSource({ date: '2021-02-06', body: 'Caf' })), Buffer.from([0xe9, 0x0a])]),
    rule: 'encoding',
  },
  'Dots..Slash.md': { text: articleSource({ date: '2021-02-07', body: 'E.' }), rule: 'file-name' },
  '2021-02-08-same-url.md': { text: articleSource({ date: '2021-02-08', title: 'One', body: 'First claim on this address.' }), rule: 'duplicate-url' },
  'sub/2021-02-08-same-url.md': { text: articleSource({ date: '2021-02-08', title: 'Two', body: 'Second claim on this address.' }), rule: 'duplicate-url' },
};

async function builtHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}


// The tests share one project built twice in before(): first the hostile
// articles that must build (the site every scan reads), then with the broken
// files added (the refused build). A real build costs seconds; no test
// writes anything another reads, so any one runs alone or in any order.
describe('hostile and broken content', () => {
  let project: FixtureProject;
  let refused: BuildResult;

  before(async () => {
    project = await createFixtureProject('hostile-');
    for (const [name, text] of Object.entries(RENDERED_SAFELY)) await project.write(name, text);
    await project.write('2021-01-03-bom-crlf.md', `\uFEFF${articleSource({ title: 'BOM and CRLF', date: '2021-01-03' }).replace(/\n/g, '\r\n')}`);
    const result = await project.build();
    assert.equal(result.ok, true, result.archive.files.flatMap((f) => f.messages.map(String)).join('\n'));
    for (const [name, { text }] of Object.entries(REFUSED)) {
      await project.write(name, '');
      await writeFile(path.join(project.contentDir, name), text);
    }
    refused = await project.build();
  });
  after(() => project.remove());

  it('puts no script, event handler, javascript: or data: URL, frame or svg from content on any page', async () => {
    const files = await builtHtmlFiles(project.outputDir);
    assert.ok(files.length > 10, 'every page kind was built');
    for (const file of files) {
      assert.deepEqual(scanHtml(await readFile(file, 'utf8')), [], path.relative(project.outputDir, file));
    }
  });

  it('shows HTML in frontmatter as text', async () => {
    const html = await project.read('2021/01/02/breakout-title/index.html');
    assert.match(html, /&lt;b onmouseover=alert\(8\)&gt;Outlet&lt;\/b&gt;/);
    assert.match(html, /&lt;\/script&gt;&lt;script&gt;alert\(&quot;ld&quot;\)&lt;\/script&gt;/);
  });

  it('keeps the JSON-LD block parseable, unbroken by </script> or <!-- in a title, with the title as its headline', async () => {
    const html = await project.read('2021/01/02/breakout-title/index.html');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    // One block, or a page that lost its structured data would pass.
    assert.equal(blocks.length, 1, 'the article page has one JSON-LD block');
    const block = blocks[0]!;
    assert.doesNotMatch(block, /<\/script|<!--/i);
    const data = JSON.parse(block) as { '@type'?: string; headline?: string; publisher?: { name?: string }; isBasedOn?: string };
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, '</script><script>alert("ld")</script><!-- "quoted" & done');
    assert.equal(data.publisher?.name, '<b onmouseover=alert(8)>Outlet</b>');
    assert.equal(data.isBasedOn, 'https://example.com/?q=</script><script>alert(11)</script>');
  });

  it('accepts a byte-order mark and CRLF line endings', async () => {
    const html = await project.read('2021/01/03/bom-crlf/index.html');
    assert.match(html, />BOM and CRLF</);
  });

  it('refuses every broken file with its rule and a position, without a crash', () => {
    assert.equal(refused.ok, false);
    for (const [name, { rule }] of Object.entries(REFUSED)) {
      const file = refused.archive.files.find((f) => f.path === `content/${name}`);
      assert.ok(file, `${name} was read`);
      const match = file.messages.find((m) => m.fatal === true && m.ruleId === rule);
      assert.ok(match, `${name}: expected [${rule}], got ${file.messages.map(String).join('; ') || 'nothing'}`);
      assert.ok((match.line ?? 0) >= 1 && (match.column ?? 0) >= 1, `${name}: the message has a line and column`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
  });

  it('leaves the previously built site in place after refusing', async () => {
    const html = await project.read('2021/01/03/bom-crlf/index.html');
    assert.match(html, />BOM and CRLF</);
  });
});
