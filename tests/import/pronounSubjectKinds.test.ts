/**
 * `he` and `she` resolved to the subject of the sentence that names the
 * speaker, not to a name in an object, an agent or a possessive (issue 13,
 * round 7). Short copies written for the test, paraphrased.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const whoSaid = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);

test('"he added" after a sentence whose subject is one minister and whose agent is another is the subject\'s', () => {
  const body =
    'Trade Minister, Karim al-Jabouri, said that the talks will open on Wednesday. Al-Jabouri told reporters that he will lead his side, while the other side will be headed by Foreign Minister Dariush Tehrani. “More than twenty ministries will take part in the talks,” he added.';
  assert.deepEqual(whoSaid(body), ['Karim al-Jabouri']);
});

test('"he said" opening a paragraph goes back over a sentence naming nobody to the subject, not to a name in a possessive', () => {
  const body = [
    'Prime Minister Avi Golan said the deal President Sam Morrow backs was a mistake.',
    'Golan in the speech had opposed the Morrow administration’s support for the talks. In a later interview, however, he made a concession.',
    '“A smaller programme is something we could live with,” he said.',
  ].join('\n\n');
  assert.deepEqual(whoSaid(body), ['Avi Golan']);
});

test('a speaker named after the quote before ("…," said editor Glen Hart) is the subject a following "he said" refers to', () => {
  const body = [
    '"Reporters shout questions at me," Premier Tom Reid said on Monday.',
    'That led Reid to say he will speak only to local papers.',
    'The broadcaster says it will keep covering him. "If the premier takes questions we will be there to ask them," said managing editor Glen Hart. "We will send a reporter to every event," he said.',
  ].join('\n\n');
  assert.deepEqual(whoSaid(body), ['Tom Reid', 'Glen Hart', 'Glen Hart']);
});

test('"he asked" after a sentence whose subject is a role the copy never names is that role, for the editor', () => {
  const body = [
    'The bureau brought in speakers who were meant to teach the students about citizenship.',
    'The speaker also described a plot by a neighbouring country to topple the government.',
    '“Do you want to end up like the people over the border?” he asked.',
  ].join('\n\n');
  assert.deepEqual(whoSaid(body), ['TODO: who said this? The copy says "The speaker"']);
});

test('the subject after an opening clause that names someone else is the antecedent ("In a letter to X, Y wrote …")', () => {
  const body = [
    'Mayor Karl Fischer and council leader Paul Brandt met on Monday.',
    'In a letter to Fischer, Brandt wrote that the budget was too small. The remarks of Fischer angered the council.',
    '"It is a mistake we will all pay for," he said.',
  ].join('\n\n');
  assert.deepEqual(whoSaid(body), ['Paul Brandt']);
});
