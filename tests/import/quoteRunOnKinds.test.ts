/**
 * Round 7's kinds of quote structure (issue 13), each in a short copy written
 * for the test (paraphrased, not taken from any published article): British
 * single-quoted paragraphs run together, quotes nested in single marks,
 * quotes across paragraphs without a fresh opening mark.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
