/**
 * The site header (src/layout/pages/baseLayout.ts, the base layout's `{% siteHeader %}`), laid out by real Eleventy: its search box is left out
 * on a page whose data says `headerSearch: false` (the search page, which
 * has a box of its own), and kept everywhere else.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Eleventy from '@11ty/eleventy';
import type { EleventyConfig } from '../../src/layout/eleventyConfig.ts';
import navigationPlugin from '../../src/layout/navigation.ts';
import baseLayoutPlugin from '../../src/layout/pages/baseLayout.ts';

describe('site header', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'site-header-'));
    const page = (data: string) => `---\n${data}\n---\n{% siteHeader %}\n`;
    await writeFile(path.join(dir, 'with.njk'), page('permalink: /with/'));
    await writeFile(path.join(dir, 'without.njk'), page('permalink: /without/\nheaderSearch: false'));
    // The real shortcode, in a project of two pages.
    // Not the project's .eleventy.ts (it would lay out the whole archive): a configuration of its own.
    await writeFile(path.join(dir, 'eleventy.config.mjs'), 'export default function () {}\n');
    await new Eleventy(dir, path.join(dir, '_site'), {
      quietMode: true,
      configPath: path.join(dir, 'eleventy.config.mjs'),
      config: (config: EleventyConfig) => {
        config.addPlugin(navigationPlugin);
        config.addPlugin(baseLayoutPlugin);
        config.addGlobalData('site', { lang: 'en', title: 'Test' });
      },
    }).write();
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a page with headerSearch: false has no search box in its header', async () => {
    const html = await readFile(path.join(dir, '_site/without/index.html'), 'utf8');
    assert.doesNotMatch(html, /class="site-search"/);
    assert.match(html, /<nav class="site-nav"/, 'the sections are still there');
  });

  test('any other page has the search box', async () => {
    assert.match(await readFile(path.join(dir, '_site/with/index.html'), 'utf8'), /<form class="site-search" role="search"/);
  });
});
