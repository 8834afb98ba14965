import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSource } from '../../src/pipeline/fileArticle.ts';

const BODY = 'PARIS - "We will continue," the minister said on Friday.';

function source(frontmatter: string, body = BODY): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

const VALID = `title: Minister Promises Talks
date: 2021-05-07
dateline:
  place: Paris
source:
  outlet: Le Test
  agency: AFP
  url: https://example.com/a
quotes:
  - text: We will continue
    speaker: Marie Curie
tags: [Politics]
lang: fr`;

interface ErrorCase {
  name: string;
  frontmatter: string;
  body?: string;
  rule: string;
  line: number;
  column: number;
  reason: RegExp;
}

const ERROR_CASES: ErrorCase[] = [
  {
    name: 'rejects an unknown key and suggests the one meant',
    frontmatter: VALID.replace('tags:', 'tgas:'),
    rule: 'unknown-field',
    line: 13,
    column: 1,
    reason: /Unexpected field `tgas`/,
  },
  {
    name: 'rejects an unknown key inside source',
    frontmatter: VALID.replace('  agency: AFP', '  agnecy: AFP'),
    rule: 'unknown-field',
    line: 8,
    column: 3,
    reason: /Unexpected field `source\.agnecy`/,
  },
  {
    name: 'rejects a missing title',
    frontmatter: VALID.replace('title: Minister Promises Talks\n', ''),
    rule: 'missing-field',
    line: 2,
    column: 1,
    reason: /Missing field `title`/,
  },
  {
    name: 'rejects a date that is not a calendar date, saying that day does not exist',
    frontmatter: VALID.replace('date: 2021-05-07', 'date: 2021-02-30'),
    rule: 'no-such-date',
    line: 3,
    column: 7,
    reason: /`date`: 30 February 2021 does not exist \(February 2021 has 28 days\)/,
  },
  {
    name: 'rejects a date written in words',
    frontmatter: VALID.replace('date: 2021-05-07', 'date: May 7th, 2021'),
    rule: 'invalid-field',
    line: 3,
    column: 7,
    reason: /`date`/,
  },
  {
    name: 'rejects a wrong type (a list where text is expected)',
    frontmatter: VALID.replace('title: Minister Promises Talks', 'title: [a, b]'),
    rule: 'invalid-field',
    line: 2,
    column: 8,
    reason: /`title`/,
  },
  {
    name: 'rejects a source URL that is not http(s)',
    frontmatter: VALID.replace('https://example.com/a', 'javascript:alert(1)'),
    rule: 'invalid-field',
    line: 9,
    column: 8,
    reason: /`source\.url`.*http/,
  },
  {
    name: 'rejects a quote that is not in the body',
    frontmatter: VALID.replace('text: We will continue', 'text: We shall never surrender'),
    rule: 'quote-not-in-body',
    line: 11,
    column: 11,
    reason: /Unexpected quote “We shall never surrender”/,
  },
  {
    name: 'rejects a placeholder the importer left',
    frontmatter: VALID.replace('place: Paris', 'place: "TODO: place of the dateline"'),
    rule: 'placeholder',
    line: 5,
    column: 10,
    reason: /placeholder in `dateline\.place`/,
  },
  {
    name: 'rejects broken YAML with its position',
    frontmatter: VALID.replace('title: Minister Promises Talks', 'title: "Minister Promises Talks'),
    rule: 'yaml',
    line: 2,
    column: 8,
    reason: /Unexpected YAML/,
  },
  {
    name: 'rejects a file name that cannot be a URL',
    frontmatter: VALID,
    rule: 'file-name',
    line: 1,
    column: 1,
    reason: /Unexpected file name/,
  },
];

describe('validateFrontmatter', () => {
  it('accepts a valid article with no messages', async () => {
    const file = await checkSource('content/2021-05-07-minister-promises-talks.md', source(VALID));
    assert.deepEqual(file.messages.map(String), []);
  });

  for (const testCase of ERROR_CASES) {
    it(testCase.name, async () => {
      const name = testCase.rule === 'file-name' ? 'content/Minister Talks!.md' : 'content/2021-05-07-minister.md';
      const file = await checkSource(name, source(testCase.frontmatter, testCase.body));
      const errors = file.messages.filter((m) => m.fatal === true);
      const match = errors.find((m) => m.ruleId === testCase.rule);
      assert.ok(match, `expected a [${testCase.rule}] error, got: ${errors.map(String).join('; ') || 'none'}`);
      assert.equal(match.file, name);
      assert.match(match.reason, testCase.reason);
      assert.deepEqual([match.line, match.column], [testCase.line, testCase.column]);
      assert.ok(match.note && match.note.length > 10, 'every error carries a hint saying how to fix it');
    });
  }

  it('reports every error of a file in one run', async () => {
    const broken = VALID.replace('tags:', 'tgas:').replace('date: 2021-05-07', 'date: yesterday').replace('  outlet: Le Test\n', '');
    const file = await checkSource('content/2021-05-07-minister.md', source(broken));
    const rules = file.messages.filter((m) => m.fatal === true).map((m) => m.ruleId).sort();
    assert.deepEqual(rules, ['invalid-field', 'missing-field', 'unknown-field']);
  });

  it('suggests the key a typo was meant to be', async () => {
    const file = await checkSource('content/2021-05-07-minister.md', source(VALID.replace('tags:', 'tgas:')));
    assert.match(file.messages[0]?.note ?? '', /Did you mean `tags`\?/);
  });

  it('matches a quote despite curly quotes, dashes and spacing', async () => {
    const frontmatter = VALID.replace('text: We will continue', 'text: "It’s a long road —  but we will continue"');
    const body = 'PARIS - "It\'s a long   road -- but we will continue," the minister said.'.replace('--', '–');
    const file = await checkSource('content/2021-05-07-minister.md', source(frontmatter, body));
    assert.deepEqual(file.messages.filter((m) => m.fatal === true).map(String), []);
  });

  it('refuses a quote that differs from the body in its words', async () => {
    const frontmatter = VALID.replace('text: We will continue', 'text: We will go on');
    const file = await checkSource('content/2021-05-07-minister.md', source(frontmatter));
    assert.equal(file.messages.filter((m) => m.ruleId === 'quote-not-in-body').length, 1);
  });

  it('rejects __proto__ and constructor keys as unknown fields without polluting objects', async () => {
    const file = await checkSource(
      'content/2021-05-07-minister.md',
      source(`${VALID}\n__proto__:\n  polluted: true\nconstructor: x`),
    );
    const unknown = file.messages.filter((m) => m.ruleId === 'unknown-field').map((m) => m.reason);
    assert.equal(unknown.length, 2, unknown.join('; '));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('refuses a YAML alias bomb instead of expanding it', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      bomb.push(`${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const file = await checkSource('content/2021-05-07-minister.md', source(`${VALID}\n${bomb.join('\n')}`));
    assert.ok(file.messages.some((m) => m.fatal === true && m.ruleId === 'yaml'), file.messages.map(String).join('\n'));
  });
});
