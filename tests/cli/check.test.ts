import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const run = promisify(execFile);

async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, CI: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A valid article, a misspelt field and a quote missing from its body: two errors in three files. */
const VALID = { '2021-03-04-good.md': articleSource() };
const WITH_ERRORS = {
  ...VALID,
  '2021-03-05-typo.md': articleSource({ title: 'Typo', date: '2021-03-05', body: 'A different story about the harbour, told in other words entirely for this test.', frontmatter: 'source:\n  outlet: X\n  url: https://example.com\ntgas: [a]' }),
  '2021-03-06-misquote.md': articleSource({ title: 'Misquote', date: '2021-03-06', body: 'Yet another story: the bridge reopened after repairs that took most of the winter.', frontmatter: 'source:\n  outlet: X\n  url: https://example.com\nquotes:\n  - text: not in the text\n    speaker: A B' }),
};

/**
 * Each test gets a project of its own with exactly the files it names, so
 * any one of them can run alone (`--test-name-pattern`) or in any order.
 */
async function withProject(files: Record<string, string>, use: (project: FixtureProject) => Promise<void>): Promise<void> {
  const project = await createFixtureProject();
  try {
    for (const [name, text] of Object.entries(files)) await project.write(name, text);
    await use(project);
  } finally {
    await project.remove();
  }
}

describe('npm run check and npm run build on the command line', () => {
  it('exits 0 and prints a summary when the content is valid', () =>
    withProject(VALID, async (project) => {
      const { code, stdout } = await cli('src/cli/check.ts', ['--content', project.contentDir]);
      assert.equal(code, 0);
      assert.match(stdout, /^0 errors, 0 warnings in 1 file$/m);
    }));

  it('lists every error of every file as path:line:col with a hint, and exits 1', () =>
    withProject(WITH_ERRORS, async (project) => {
      const { code, stdout } = await cli('src/cli/check.ts', ['--content', project.contentDir]);
      assert.equal(code, 1);
      assert.match(stdout, /^content\/2021-03-05-typo\.md:7:1: error Unexpected field `tgas`.* \[unknown-field\]$/m);
      assert.match(stdout, /^ {2}hint: Did you mean `tags`\?$/m);
      assert.match(stdout, /^content\/2021-03-06-misquote\.md:8:11: error Unexpected quote “not in the text”.* \[quote-not-in-body\]$/m);
      assert.match(stdout, /^2 errors, 0 warnings in 3 files$/m);
    }));

  it('prints GitHub annotations with --format github', () =>
    withProject(WITH_ERRORS, async (project) => {
      const { code, stdout } = await cli('src/cli/check.ts', ['--content', project.contentDir, '--format', 'github']);
      assert.equal(code, 1);
      assert.match(stdout, /^::error file=content\/2021-03-05-typo\.md,line=7,col=1,title=unknown-field::Unexpected field `tgas`.*%0ADid you mean `tags`\?$/m);
    }));

  it('warns about two spellings of one name that would share a page', () =>
    withProject(
      {
        '2021-04-01-one.md': articleSource({ title: 'One', date: '2021-04-01', frontmatter: 'source:\n  outlet: X\n  url: https://example.com/1\npeople: [Zoé Ćosić]', body: 'A story about the first thing that happened in spring.' }),
        '2021-04-02-two.md': articleSource({ title: 'Two', date: '2021-04-02', frontmatter: 'source:\n  outlet: X\n  url: https://example.com/2\npeople: [Zoe Cosic]', body: 'Another story, on the second thing, told some days later.' }),
      },
      async (project) => {
        const { code, stdout } = await cli('src/cli/check.ts', ['--content', project.contentDir]);
        assert.equal(code, 0, 'a warning does not fail the check');
        assert.match(stdout, /warning Names `Zo[ée] [ĆC]osi[ćc]` and `Zo[ée] [ĆC]osi[ćc]` differ only in case or accents, so they share the page \/people\/zoe-cosic\/ \[name-collision\]/);
      },
    ));

  it('refuses to build with errors, exits 1 and leaves no site', () =>
    withProject(WITH_ERRORS, async (project) => {
      const { code, stderr } = await cli('src/cli/build.ts', ['--content', project.contentDir, '--output', project.outputDir]);
      assert.equal(code, 1);
      assert.match(stderr, /content\/2021-03-05-typo\.md:7:1: error/);
      assert.match(stderr, /Build refused/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace for bad content');
      await assert.rejects(access(project.outputDir), { code: 'ENOENT' }, 'no _site/ was written');
    }));
});
