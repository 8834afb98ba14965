/**
 * Test support for the reader tests: the fixture archive
 * (tests/fixtures/archive/) built once with the real pipeline, and helpers
 * to read what was built.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import type { BuildResult } from '../../src/build.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

export interface BuiltFixture {
  project: FixtureProject;
  result: BuildResult;
  /** Every built file, relative to the output folder, with `/` separators. */
  files: string[];
  /** Milliseconds the build took. */
  buildMs: number;
}

export async function buildFixtureArchive(): Promise<BuiltFixture> {
  const project = await createFixtureProject('reader-test-');
  for (const file of fixtureArchive()) await project.write(file.name, file.text);
  const started = performance.now();
  const result = await project.build({ skipIndex: true });
  const buildMs = performance.now() - started;
  if (!result.ok) throw new Error('The fixture archive did not build');
  const files = (await readdir(project.outputDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(project.outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return { project, result, files, buildMs };
}

/** `/topics/trade/` → `topics/trade/index.html`; `/feed.xml` → `feed.xml`. */
export function fileOfUrl(url: string): string {
  const pathname = decodeURIComponent(new URL(url, 'https://site.invalid').pathname).replace(/^\//, '');
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** `topics/trade/index.html` → `/topics/trade/` */
export function urlOfFile(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Every element of an HTML document, depth first. */
export function* elements(html: string): Generator<{ name: string; attrs: Map<string, string> }> {
  const stack: Node[] = [parse(html) as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.attrs) yield { name: node.nodeName, attrs: new Map(node.attrs.map((a) => [a.name, a.value])) };
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Internal links (`href`/`src` starting with `/`, not `//`) of a page. */
export function internalLinks(html: string): string[] {
  const links: string[] = [];
  for (const element of elements(html)) {
    for (const name of ['href', 'src']) {
      const value = element.attrs.get(name);
      if (value && value.startsWith('/') && !value.startsWith('//')) links.push(value);
    }
  }
  return links;
}
