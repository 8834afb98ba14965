/**
 * The test server: content types, directory indexes, and no way out of the
 * site folder.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { contentTypeOf, resolveInside, serveStatic, type StaticServer } from './serveStatic.ts';

let root: string;
let server: StaticServer;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'serve-static-'));
  await mkdir(path.join(root, 'search'));
  await writeFile(path.join(root, 'search', 'index.html'), '<!doctype html><title>Search</title>');
  await writeFile(path.join(root, 'wasm.en.pagefind'), Buffer.from([0, 1, 2]));
  await writeFile(path.join(root, 'app.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(path.join(root, '404.html'), 'not here');
  server = await serveStatic(root);
});
after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

test('content types include WebAssembly, scripts and Pagefind index files', () => {
  assert.equal(contentTypeOf('x/app.wasm'), 'application/wasm');
  assert.equal(contentTypeOf('pagefind.js'), 'text/javascript; charset=utf-8');
  assert.equal(contentTypeOf('index.html'), 'text/html; charset=utf-8');
  assert.equal(contentTypeOf('wasm.en.pagefind'), 'application/octet-stream');
});

test('paths that leave the site folder are refused', () => {
  assert.equal(resolveInside('/site', '/../etc/passwd'), path.resolve('/site/etc/passwd'));
  assert.equal(resolveInside('/site', '/%2e%2e/%2e%2e/etc/passwd'), path.resolve('/site/etc/passwd'));
  assert.equal(resolveInside('/site', '/a%00b'), null);
  assert.equal(resolveInside('/site', '/%E0%A4%A'), null);
});

test('a folder serves its index.html and a folder without slash redirects', async () => {
  const page = await fetch(`${server.origin}/search/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>Search<\/title>/);
  const redirect = await fetch(`${server.origin}/search?q=x`, { redirect: 'manual' });
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get('location'), '/search/?q=x');
});

test('WebAssembly is served as application/wasm and a missing file gets 404.html', async () => {
  const wasm = await fetch(`${server.origin}/app.wasm`);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.deepEqual(new Uint8Array(await wasm.arrayBuffer()), new Uint8Array([0, 97, 115, 109]));
  const missing = await fetch(`${server.origin}/nowhere/`);
  assert.equal(missing.status, 404);
  assert.equal(await missing.text(), 'not here');
  const escape = await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`);
  assert.notEqual(escape.status, 200);
});
