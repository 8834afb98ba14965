/**
 * Site settings: site.yaml read and validated like an article's frontmatter,
 * SITE_URL overriding its base URL, an empty SITE_URL counting as unset.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { VFile } from 'vfile';
import { loadSiteSettings, siteUrl } from '../../src/site.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function project(settings?: string, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-settings-'));
  dirs.push(dir);
  if (settings !== undefined) await writeFile(path.join(dir, 'site.yaml'), settings);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const messages = (file: VFile) =>
  file.messages.map((m) => `${file.path}:${m.line}:${m.column}: ${m.fatal ? 'error' : 'warning'} ${m.reason} [${m.ruleId}]`);

const SETTINGS = 'title: The Newsroom Archive\ndescription: Every story we ran.\nlang: fr\nurl: https://archive.newsroom.example\n';

describe('site.yaml', () => {
  it('gives the site its name, description, language and base URL', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project(SETTINGS), env: {} });
    assert.deepEqual(messages(file), []);
    assert.deepEqual(settings, {
      title: 'The Newsroom Archive',
      description: 'Every story we ran.',
      lang: 'fr',
      url: 'https://archive.newsroom.example',
      pathPrefix: '/',
      logo: undefined,
    });
  });

  it('keeps the subpath of the base URL, without a trailing slash, as the path prefix', async () => {
    const { settings } = loadSiteSettings({ projectDir: await project(SETTINGS.replace(/url: .*/, 'url: https://newsroom.github.io/archive/')), env: {} });
    assert.equal(settings.url, 'https://newsroom.github.io/archive');
    assert.equal(settings.pathPrefix, '/archive/');
    assert.equal(siteUrl(settings, '/2020/11/28/talks/'), 'https://newsroom.github.io/archive/2020/11/28/talks/');
  });

  it('an unknown key is an error at its line and column, with the key it was meant to be', async () => {
    const { file } = loadSiteSettings({ projectDir: await project(SETTINGS.replace('description:', 'descripton:')), env: {} });
    const error = file.messages.find((m) => m.ruleId === 'unknown-field');
    assert.ok(messages(file).includes('site.yaml:2:1: error Unexpected field `descripton`, expected one of `title`, `description`, `lang`, `url`, `logo` [unknown-field]'), messages(file).join('\n'));
    assert.match(error?.note ?? '', /Did you mean `description`\?/);
  });

  it('a language that is not a language tag is an error at its value', async () => {
    const { file } = loadSiteSettings({ projectDir: await project(SETTINGS.replace('lang: fr', 'lang: French language')), env: {} });
    assert.match(messages(file).join('\n'), /^site\.yaml:3:7: error Unexpected value in `lang`/);
  });

  it('broken YAML is an error at its position, and the defaults stand in', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project('title: "Unclosed\nurl: https://x.example\n'), env: {} });
    assert.match(messages(file).join('\n'), /^site\.yaml:1:8: error Unexpected YAML/);
    assert.equal(settings.url, undefined);
  });

  it('a base URL without a scheme is an error naming `url` and saying what to write', async () => {
    const { file } = loadSiteSettings({ projectDir: await project(SETTINGS.replace(/url: .*/, 'url: archive.example.com')), env: {} });
    assert.deepEqual(messages(file), [
      'site.yaml:4:6: error Unexpected value in `url`: `archive.example.com` has no scheme: write it as https://archive.example.com [site-url]',
    ]);
  });

  it('a base URL that is not http(s) is an error', async () => {
    const { file } = loadSiteSettings({ projectDir: await project(SETTINGS.replace(/url: .*/, 'url: ftp://archive.example.com')), env: {} });
    assert.match(messages(file).join('\n'), /error .*`url`.*ftp: where the web needs http:\/\/ or https:\/\//);
  });

  it('a logo must be an image that is in public/', async () => {
    const bare = await project(`${SETTINGS}logo: logo.svg\n`);
    const missing = loadSiteSettings({ projectDir: bare, env: {}, publicDir: path.join(bare, 'public') });
    assert.match(messages(missing.file).join('\n'), /^site\.yaml:5:7: error Unexpected logo `logo\.svg`: there is no public\/logo\.svg \[site-logo\]$/);
    const withLogo = await project(`${SETTINGS}logo: logo.svg\n`, { 'public/logo.svg': '<svg/>' });
    const present = loadSiteSettings({ projectDir: withLogo, env: {}, publicDir: path.join(withLogo, 'public') });
    assert.deepEqual(messages(present.file), []);
    assert.equal(present.settings.logo, '/logo.svg');
    const outside = loadSiteSettings({ projectDir: await project(`${SETTINGS}logo: ../secret.png\n`), env: {} });
    assert.match(messages(outside.file).join('\n'), /expected the name of an image file in public\//);
  });
});

describe('the base URL', () => {
  it('SITE_URL overrides the one in site.yaml', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project(SETTINGS), env: { SITE_URL: 'https://newsroom.github.io/archive' } });
    assert.deepEqual(messages(file), []);
    assert.equal(settings.url, 'https://newsroom.github.io/archive');
    assert.equal(settings.pathPrefix, '/archive/');
  });

  it('an empty SITE_URL (an unset GitHub variable) counts as unset: site.yaml’s stands', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project(SETTINGS), env: { SITE_URL: '' } });
    assert.deepEqual(messages(file), []);
    assert.equal(settings.url, 'https://archive.newsroom.example');
  });

  it('an invalid SITE_URL is an error that names SITE_URL as its origin', async () => {
    const { file } = loadSiteSettings({ projectDir: await project(SETTINGS), env: { SITE_URL: 'archive.example.com' } });
    assert.deepEqual(messages(file), [
      'site.yaml:4:1: error Unexpected base URL `archive.example.com` from the SITE_URL environment variable (it overrides `url` here): it has no scheme: write it as https://archive.example.com [site-url]',
    ]);
  });

  it('no base URL anywhere is one warning, and URLs stay root-relative', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project(SETTINGS.replace(/url: .*\n/, 'url:\n')), env: { SITE_URL: '' } });
    assert.deepEqual(messages(file), ['site.yaml:4:5: warning Missing base URL `url`, expected the address the site is published at [site-url]']);
    assert.equal(settings.url, undefined);
    assert.equal(siteUrl(settings, '/2020/'), '/2020/');
  });

  it('a project without site.yaml builds with the default name and the same one warning', async () => {
    const { settings, file } = loadSiteSettings({ projectDir: await project(), env: {} });
    assert.equal(settings.title, 'News Archive');
    assert.deepEqual(messages(file), ['site.yaml:1:1: warning Missing base URL `url`, expected the address the site is published at [site-url]']);
  });
});
