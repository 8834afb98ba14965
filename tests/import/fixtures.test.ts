/**
 * Table-driven: every copy in tests/fixtures/import/ is imported and
 * compared with the facts an editor recorded for it; then the accuracy bar
 * of issue 3 is measured over the whole set.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';
import { checkSource } from '../../src/validate/index.ts';
import { datelineMismatches, loadFixtures, matches, measure, scoreQuotes } from './fixtureSet.ts';

const fixtures = loadFixtures();

test('the fixture set covers at least twenty copies', () => {
  assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures`);
});

for (const fixture of fixtures) {
  describe(`importing ${fixture.name}`, () => {
    const article = importCopy(fixture.copy);
    const { expected } = fixture;

    test('keeps the first line as the title', () => {
      assert.equal(article.frontmatter.title, expected.title);
    });

    test('reads place, outlet, agency and date from the dateline', () => {
      assert.deepEqual(datelineMismatches(article, expected), []);
    });

    test('keeps the dateline as printed and the byline', () => {
      assert.equal(article.frontmatter.dateline?.printed, expected.dateline?.printed);
      assert.equal(article.frontmatter.source.byline, expected.source.byline);
    });

    test('finds every direct quote with its speaker and asserts no wrong one', () => {
      const score = scoreQuotes(article, expected);
      assert.deepEqual([...score.wrong, ...score.extra], []);
    });

    test('keeps the article text once, from the lead on', () => {
      assert.equal(article.body.length, expected.body.paragraphs, article.body.map((p) => p.slice(0, 50)).join('\n'));
      assert.ok(article.body[0]?.startsWith(expected.body.first), String(article.body[0]));
    });

    test('every quote text appears verbatim in the body', () => {
      const body = article.body.join('\n\n');
      for (const quote of article.frontmatter.quotes) assert.ok(body.includes(quote.text), quote.text);
    });

    test('is a draft exactly when placeholders remain', () => {
      assert.equal(article.frontmatter.draft === true, article.placeholders.length > 0);
      assert.equal(matches(article.frontmatter.date, 'TODO'), article.placeholders.includes('date'));
    });

    test('passes validation except for the placeholders it leaves', async () => {
      const file = await checkSource(`content/${article.fileName}`, article.markdown);
      const errors = file.messages.filter((m) => m.fatal === true);
      // A placeholder may also fail its field's format (a date): same line, same cause.
      const placeholderLines = new Set(errors.filter((m) => m.ruleId === 'placeholder').map((m) => m.line));
      const unexpected = errors.filter((m) => m.ruleId !== 'placeholder' && !placeholderLines.has(m.line));
      assert.deepEqual(unexpected.map(String), []);
      assert.equal(errors.length === 0, article.placeholders.length === 0, errors.map(String).join('\n'));
    });
  });
}

test('meets the accuracy bar: at least 95 % of datelines and 90 % of quotes with the right speaker', () => {
  const accuracy = measure(fixtures);
  const datelines = accuracy.datelines.right / accuracy.datelines.total;
  const quotes = accuracy.quotes.right / accuracy.quotes.total;
  console.log(
    `import accuracy over ${fixtures.length} copies: datelines ${accuracy.datelines.right}/${accuracy.datelines.total} ` +
      `(${(datelines * 100).toFixed(1)} %), quotes with the right speaker ${accuracy.quotes.right}/${accuracy.quotes.total} ` +
      `(${(quotes * 100).toFixed(1)} %)`,
  );
  for (const failure of accuracy.failures) console.log(`  ${failure}`);
  assert.ok(datelines >= 0.95, `datelines ${(datelines * 100).toFixed(1)} % < 95 %`);
  assert.ok(quotes >= 0.9, `quotes ${(quotes * 100).toFixed(1)} % < 90 %`);
});
