/**
 * Messages that say what is wrong: each names the problem the editor has,
 * once, and nothing that follows from it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { VFile } from 'vfile';
import { parseFrontmatter } from '../../src/load/parseFrontmatter.ts';
import { MAX_ARTICLE_BYTES, readSource } from '../../src/load/readSource.ts';
import { checkSource } from '../../src/pipeline/fileArticle.ts';

const VALID = `title: Minister Promises Talks
date: 2021-05-07
source:
  outlet: Le Test
  url: https://example.com/a
quotes:
  - text: We will continue the talks
    speaker: Marie Curie`;
const BODY = 'PARIS - "We will continue the talks until there is peace," the minister said on Friday.\n\nShe spoke after the meeting.';
const source = (frontmatter = VALID, body = BODY) => `---\n${frontmatter}\n---\n\n${body}\n`;
const NAME = 'content/2021-05-07-minister.md';

const errors = (file: VFile) => file.messages.filter((m) => m.fatal === true);
const lines = (file: VFile) => errors(file).map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`);

describe('messages about a whole file', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(path.join(tmpdir(), 'messages-test-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  async function load(name: string, bytes: Uint8Array | string): Promise<VFile> {
    const filePath = path.join(dir, name);
    await writeFile(filePath, bytes);
    const file = await readSource(filePath, `content/${name}`);
    parseFrontmatter(file);
    return file;
  }

  it('a file that is not UTF-8 gets only the encoding message, not also one about missing frontmatter', async () => {
    const file = await load('latin1.md', Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
    assert.deepEqual(errors(file).map((m) => m.ruleId), ['encoding'], lines(file).join('\n'));
  });

  it('a file over the size limit gets only the size message', async () => {
    const file = await load('huge.md', `---\ntitle: x\n---\n${'a'.repeat(MAX_ARTICLE_BYTES + 1)}`);
    assert.deepEqual(errors(file).map((m) => m.ruleId), ['file-size'], lines(file).join('\n'));
  });

  it('an empty file is told it is empty, not that it has unexpected text', async () => {
    const file = await load('empty.md', '\n  \n');
    assert.deepEqual(lines(file), ['1:1 Unexpected empty file, expected frontmatter and the article text [empty-file]']);
    assert.match(errors(file)[0]?.note ?? '', /npm run new/);
  });
});

describe('messages about one field', () => {
  it('30 February is said not to exist, not to be written the wrong way', async () => {
    const file = await checkSource(NAME, source(VALID.replace('date: 2021-05-07', 'date: 2024-02-30')));
    assert.deepEqual(lines(file), ['3:7 Unexpected date in `date`: 30 February 2024 does not exist (February 2024 has 29 days) [no-such-date]']);
    assert.doesNotMatch(errors(file)[0]?.note ?? '', /YYYY-MM-DD/, 'the hint does not ask for the form the date already has');
  });

  it('a month 13 and an hour 25 are named as such', async () => {
    const month = await checkSource(NAME, source(VALID.replace('date: 2021-05-07', 'date: 2021-13-01')));
    assert.match(lines(month).join('\n'), /month 13 does not exist/);
    const hour = await checkSource(NAME, source(VALID.replace('date: 2021-05-07', 'date: 2021-05-07T25:00:00Z')));
    assert.match(lines(hour).join('\n'), /hour 25 does not exist/);
  });

  it('a date placeholder is reported once at its position, as a placeholder', async () => {
    const file = await checkSource(NAME, source(VALID.replace('date: 2021-05-07', 'date: "TODO: publication date (YYYY-MM-DD)"')));
    const at = errors(file).filter((m) => m.line === 3 && m.column === 7);
    assert.deepEqual(at.map((m) => m.ruleId), ['placeholder'], lines(file).join('\n'));
  });

  it('a file name with `--` is told about the double hyphen', async () => {
    const file = await checkSource('content/2021-05-07-minister--talks.md', source());
    assert.deepEqual(lines(file), ['1:1 Unexpected file name `2021-05-07-minister--talks.md`, expected one hyphen between words, not `--` [file-name]']);
    assert.match(errors(file)[0]?.note ?? '', /2021-05-07-minister-talks\.md/);
  });

  it('a file name with capitals or spaces is still told which characters a name may have', async () => {
    const file = await checkSource('content/2021-05-07-Minister Talks.md', source());
    assert.match(lines(file).join('\n'), /expected lower-case letters, digits and hyphens only/);
  });
});

describe('a quote not found in the body', () => {
  it('shows the nearest passage of the body, so the difference can be seen', async () => {
    const frontmatter = VALID.replace('We will continue the talks', 'We shall continue the talks');
    const file = await checkSource(NAME, source(frontmatter));
    const [error] = errors(file);
    assert.equal(error?.ruleId, 'quote-not-in-body', lines(file).join('\n'));
    assert.match(error?.note ?? '', /nearest passage of the body: “We will continue the talks”/);
  });

  it('shows no passage when nothing in the body is like the quote', async () => {
    const frontmatter = VALID.replace('We will continue the talks', 'Bananas are yellow');
    const file = await checkSource(NAME, source(frontmatter));
    assert.doesNotMatch(errors(file)[0]?.note ?? '', /nearest passage/);
  });
});

describe('placeholders in the body', () => {
  it('a body still holding `TODO` is an error at its line and column, like one in the frontmatter', async () => {
    const file = await checkSource(NAME, source(VALID, `${BODY}\n\nThe minister TODO: check the second quote.`));
    assert.deepEqual(lines(file), ['16:14 Unexpected placeholder `TODO` in the text, expected the article as published [placeholder]']);
  });

  it("npm run new's own body placeholder is an error", async () => {
    const { scaffoldArticle } = await import('../../src/import/scaffold.ts');
    const file = await checkSource('content/2021-05-07-talks.md', scaffoldArticle('Talks', '2021-05-07'));
    assert.ok(errors(file).some((m) => m.ruleId === 'placeholder' && m.line !== undefined && m.line > 26), lines(file).join('\n'));
  });

  it('the lower-case word "todo" in a text is not a placeholder', async () => {
    const file = await checkSource(NAME, source(VALID, `${BODY}\n\nA long todo list awaits the minister.`));
    assert.deepEqual(lines(file), []);
  });
});
