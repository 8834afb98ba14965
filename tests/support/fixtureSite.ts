/**
 * Test support: a throw-away project folder with its own `content/`, built
 * with the real pipeline (real Eleventy, real Pagefind) into its own `_site/`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/build.ts';

export interface FixtureProject {
  dir: string;
  contentDir: string;
  outputDir: string;
  /** Writes `content/<name>` with the given text. */
  write(name: string, text: string): Promise<string>;
  build(options?: Partial<BuildOptions>): Promise<BuildResult>;
  /** Reads a built file, e.g. `2020/11/28/slug/index.html`. */
  read(relative: string): Promise<string>;
  remove(): Promise<void>;
}

/** The base URL of a fixture project's site.yaml (tests/site/ writes others, or none). */
export const FIXTURE_SITE_URL = 'https://archive.example';

export async function createFixtureProject(prefix = 'archive-test-'): Promise<FixtureProject> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const contentDir = path.join(dir, 'content');
  const outputDir = path.join(dir, '_site');
  await mkdir(contentDir, { recursive: true });
  await writeFile(path.join(dir, 'site.yaml'), `title: Test Archive\ndescription: An archive built by the tests.\nurl: ${FIXTURE_SITE_URL}\n`);
  return {
    dir,
    contentDir,
    outputDir,
    async write(name, text) {
      const file = path.join(contentDir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      return file;
    },
    // No SITE_URL from the environment: a test's site is what its site.yaml says.
    build: (options = {}) => build({ contentDir, outputDir, env: {}, ...options }),
    read: (relative) => readFile(path.join(outputDir, relative), 'utf8'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A minimal valid article; `overrides` replaces lines of frontmatter by key. */
export function articleSource(options: {
  title?: string;
  date?: string;
  frontmatter?: string;
  body?: string;
} = {}): string {
  const title = options.title ?? 'Council Approves New Budget';
  const date = options.date ?? '2021-03-04';
  const frontmatter =
    options.frontmatter ??
    `source:\n  outlet: The Daily Test\n  url: https://example.com/budget\ndateline:\n  place: Lisbon`;
  const body =
    options.body ?? 'LISBON - The council approved the budget on Thursday.\n\n"We kept every promise," the mayor said.';
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n${frontmatter}\n---\n\n${body}\n`;
}
