/**
 * The article page (src/layout/pages/articlePage.ts, laid out by real Eleventy through
 * templates/article.11ty.ts): markup in its frontmatter — title, place, printed dateline, outlet,
 * agency, byline, quote, speaker, role, correction, topic, person — shows as text, escaped exactly
 * as the Nunjucks template's autoescape escaped it (`&`, `<`, `>`, `"`, `'` and `\`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const TITLE = `</h1><script>alert("title")</script> & 'quoted' \\ done`;
const QUOTE = `Tom & Jerry's <3 "deal" stands`;

describe('an article page with markup in its frontmatter', () => {
  let project: FixtureProject;
  let page: string;
  before(async () => {
    project = await createFixtureProject('article-page-');
    await project.write(
      '2021-05-06-hostile.md',
      articleSource({
        title: TITLE,
        date: '2021-05-06',
        frontmatter: [
          'source:',
          '  outlet: "<b onmouseover=alert(1)>Outlet</b>"',
          '  agency: "<i>Agency</i> & Co"',
          `  byline: "<script>alert(2)</script> O'Brien"`,
          '  url: "https://example.com/?a=1&b=\'2\'"',
          'dateline:',
          '  place: "<svg onload=alert(3)>"',
          '  printed: "--> <script>alert(4)</script>"',
          'updated: 2021-05-07',
          'corrections:',
          '  - { date: 2021-05-07, note: "<b>Fixed</b> the <em>name</em>" }',
          'tags: ["<script>alert(5)</script>"]',
          'people: ["<iframe src=javascript:alert(6)>"]',
          'quotes:',
          `  - text: ${JSON.stringify(QUOTE)}`,
          '    speaker: "<img src=x onerror=alert(7)>"',
          '    role: "</p><script>alert(8)</script>"',
        ].join('\n'),
        body: `The talks went on.\n\n${QUOTE}, the speaker said.`,
      }),
    );
    const result = await project.build();
    assert.equal(result.ok, true, result.archive.files.flatMap((f) => f.messages.map(String)).join('\n'));
    page = await project.read('2021/05/06/hostile/index.html');
  });
  after(() => project.remove());

  test('the headline, page title and breadcrumb show the title as text', () => {
    const escaped = '&lt;/h1&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &#92; done';
    assert.ok(page.includes(`<h1 class="article__title">${escaped}</h1>`), 'headline');
    assert.ok(page.includes(`<title>${escaped} — Test Archive</title>`), 'page title');
    assert.ok(page.includes(`<meta property="og:title" content="${escaped}">`), 'Open Graph title');
    assert.ok(page.includes(`<span aria-current="page" lang="en" dir="ltr">${escaped}</span>`), 'breadcrumb');
  });

  test('the quote, its speaker and role show as text, the speaker linking to their page', () => {
    assert.ok(page.includes('<a href="#quote-1">Tom &amp; Jerry&#39;s &lt;3 &quot;deal&quot; stands</a>'), 'quote');
    assert.match(page, /<a href="\/people\/[a-z0-9-]+\/" data-pagefind-filter="person">&lt;img src=x onerror=alert\(7\)&gt;<\/a>/);
    assert.ok(page.includes('<span class="quotes__role">&lt;/p&gt;&lt;script&gt;alert(8)&lt;/script&gt;</span>'), 'role');
  });

  test('the place, dateline, source, byline, correction, topic and person show as text', () => {
    assert.match(page, /data-pagefind-filter="place">&lt;svg onload=alert\(3\)&gt;<\/a>/);
    assert.ok(page.includes('data-pagefind-meta="dateline">--&gt; &lt;script&gt;alert(4)&lt;/script&gt;</p>'), 'printed dateline');
    assert.ok(page.includes('data-pagefind-filter="source">&lt;b onmouseover=alert(1)&gt;Outlet&lt;/b&gt;</a>'), 'outlet');
    assert.ok(page.includes('data-pagefind-filter="agency">&lt;i&gt;Agency&lt;/i&gt; &amp; Co</a>'), 'agency');
    assert.ok(page.includes('<span class="article__byline">&lt;script&gt;alert(2)&lt;/script&gt; O&#39;Brien</span>'), 'byline');
    assert.ok(page.includes('href="https://example.com/?a=1&amp;b=&#39;2&#39;" rel="nofollow noopener">Original article</a>'), 'source URL');
    assert.ok(page.includes(': &lt;b&gt;Fixed&lt;/b&gt; the &lt;em&gt;name&lt;/em&gt;</li>'), 'correction');
    assert.match(page, /data-pagefind-filter="topic">&lt;script&gt;alert\(5\)&lt;\/script&gt;<\/a>/);
    assert.match(page, /data-pagefind-filter="person">&lt;iframe src=javascript:alert\(6\)&gt;<\/a>/);
  });

  test('no markup from the frontmatter reaches the page as markup', () => {
    assert.doesNotMatch(page, /<script>alert|<svg|<img src=x|<iframe|<b onmouseover|<i>Agency|<b>Fixed/);
  });
});
