/**
 * Round 7's kinds of quote structure (issue 13), each in a short copy written
 * for the test (paraphrased, not taken from any published article): British
 * single-quoted paragraphs run together, quotes nested in single marks,
 * quotes across paragraphs without a fresh opening mark.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): [string, string][] => extractQuotes(body).quotes.map((q) => [q.text, q.speaker]);

test("British single-quoted paragraphs run together are one quote each, all the speaker's", () => {
  const body =
    "Harbour councillor Ewan Laird, the former provost, said: 'Let nobody pretend this is a partnership. 'It is a takeover, and the members who signed up will live to regret it.' He added: 'The new group leans on the usual 'independent' members and a defector. 'They should savour it while it lasts.'";
  assert.deepEqual(speakers(body), [
    ['Let nobody pretend this is a partnership.', 'Ewan Laird'],
    ['It is a takeover, and the members who signed up will live to regret it.', 'Ewan Laird'],
    ["The new group leans on the usual 'independent' members and a defector.", 'Ewan Laird'],
    ['They should savour it while it lasts.', 'Ewan Laird'],
  ]);
});

test('a quote cut by a hard wrap inside its sentence stays one quote, even when the next line opens with a capital', () => {
  const text = [
    'Alliance Could Lose More Regions',
    '',
    'There was a "clear chance" that the alliance could lose two more regions in the',
    'long run, council chairman Tomas Ridley said on Monday.',
    '"It is a clear chance, given the shape of our',
    'Charter as it reads today," he said.',
  ].join('\n');
  const quotes = importCopy(text).frontmatter.quotes.map((q) => [q.text, q.speaker]);
  assert.deepEqual(quotes.at(-1), ['It is a clear chance, given the shape of our Charter as it reads today', 'Tomas Ridley']);
});

test('a paragraph that goes on with an open quote without a fresh mark, and closes it before "said X", is that speaker\'s', () => {
  const body = [
    'Speaking at the meeting, district health officer Ms Rudo Nkala said they suspected a leaking main.',
    '“The council has not found where the pipes were breached but there is suspicion that it is at the river crossing where',
    'We think that dirty water gathered in the main is pushed up when the supply returns. The whole suburb is affected,” said Ms Nkala.',
  ].join('\n\n');
  assert.deepEqual(speakers(body).map(([text, who]) => [text.slice(0, 20), who]), [
    ['The council has not ', 'Rudo Nkala'],
    ['We think that dirty ', 'Rudo Nkala'],
  ]);
});

test('a speech verb capitalised by a slip after the quote still names the speaker', () => {
  const body = 'Field officer Dan Mbewe confirmed the outbreak.\n\n“The pest will cut the harvest if it is left unchecked,” Said Mr. Mbewe.';
  assert.deepEqual(speakers(body), [['The pest will cut the harvest if it is left unchecked', 'Dan Mbewe']]);
});

test('a partial quote that a preposition carries on ("…" regarding …, X said) is speech', () => {
  const body = '"Their leaders like to make threatening speeches" regarding the missile tests, Prime Minister Kenji Arima said on Friday.';
  assert.deepEqual(speakers(body), [['Their leaders like to make threatening speeches', 'Kenji Arima']]);
});

test('a British quote opened after "said:" and left open runs on into the next paragraph, both the speaker\'s', () => {
  const body = "Speaking on the radio, Health Secretary Ann Forde said: 'Our nurses deserve better than this.\n\n'We will keep talking to the unions until there is a deal.'";
  assert.deepEqual(speakers(body), [
    ['Our nurses deserve better than this.', 'Ann Forde'],
    ['We will keep talking to the unions until there is a deal.', 'Ann Forde'],
  ]);
});

test('two words in single marks closed by a comma before "said X" are speech, not a label', () => {
  assert.deepEqual(speakers("'It's heartbreaking,' said Ruth Lane, who has lived in the village for 40 years."), [["It's heartbreaking", 'Ruth Lane']]);
});
