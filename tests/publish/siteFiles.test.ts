/**
 * The list of a staging folder's files made by a child process (src/publish/siteFiles.ts) stands for the
 * published site in the build's record of it: a site restored as a copy (CI's cache) is recognised by it.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { filesDigestOf, siteIdentity } from '../../src/pipeline/layoutState.ts';
import { NOT_REUSED } from '../../src/pipeline/reusePages.ts';
import { listFilesInChild } from '../../src/publish/siteFiles.ts';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

test('the files listed by the child give the same record of the site as listing it in the build, the search index folders left out', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-files-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'index.html': 'home',
    '2020/11/28/a-page/index.html': 'an article',
    'people/zoë-[b]*/index.html': 'a name with brackets and a star',
    'assets/site.css': 'body{}',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind-shards/2019/pagefind-entry.json': '{"x":1}',
    'topics/pagefind/index.html': 'a topic called pagefind: not the index',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const listed = await listFilesInChild(dir, NOT_REUSED);
  assert.ok(listed, 'GNU find is there');
  assert.deepEqual(listed.map(([file]) => file).sort(), ['2020/11/28/a-page/index.html', 'assets/site.css', 'index.html', 'people/zoë-[b]*/index.html', 'topics/pagefind/index.html']);
  assert.equal(filesDigestOf(listed), (await siteIdentity(dir))?.files);
  // A file of another size is another site.
  await writeFile(path.join(dir, 'assets/site.css'), 'body{color:red}');
  assert.notEqual(filesDigestOf(listed), (await siteIdentity(dir))?.files);
});
