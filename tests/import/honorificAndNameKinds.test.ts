/**
 * Round 8's kinds of speaker name (issue 13), each in a short copy written for
 * the test (paraphrased, not taken from any published article): the world's
 * honorifics kept out of names, surnames with a second capital, a full name
 * found through the `Mr X` the copy gives it later, and pages flattened with
 * no space between sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('"H.E." before a name is a diplomatic style, not the initials of a given name', () => {
  const body = copy(
    'PHNOM PENH – Deputy Prime Minister and Foreign Minister H.E. Sok Vanna told reporters on Monday that the border talks would go on.',
    '“We want a neutral observer at every meeting from now on,” H.E. Sok Vanna said.',
  );
  assert.deepEqual(speakers(body), ['Sok Vanna']);
});

test('honorifics of many address systems are no part of the name (Lyonpo, Alhaji, Shri, Frau, Datin)', () => {
  for (const honorific of ['Lyonpo', 'Alhaji', 'Shri', 'Frau', 'Datin', 'Mheshimiwa', 'Ayatollah', 'Cde']) {
    const body = copy(
      `${honorific} Tashi Wangmo opened the new market on Friday.`,
      `“Farmers will sell here without middlemen,” ${honorific} Tashi Wangmo said.`,
    );
    assert.deepEqual(speakers(body), ['Tashi Wangmo'], honorific);
  }
});

test('an honorific alone as the subject ("Lyonpo said") is the person the copy gave it to', () => {
  const body = copy(
    'Agriculture minister Lyonpo Karma Dorji said the ministry was looking for new markets abroad.',
    'Prime Minister Sonam Tenzin visited the farm in the afternoon.',
    '“The price across the border is better than ours,” Lyonpo said.',
  );
  assert.deepEqual(speakers(body), ['Karma Dorji']);
});

test('a surname with a second capital (McCully, MacLeod, DeSantis, O’Brien) is read whole, so "Mr McCully" finds the full name', () => {
  for (const surname of ['McCully', 'MacLeod', 'DeSantis', 'O’Brien', 'LeBlanc']) {
    const body = copy(
      `Speaking alongside Foreign Affairs minister Murray ${surname} in Auckland, the premier said ties were strained.`,
      `“We have been very patient,” Mr ${surname} said.`,
    );
    assert.deepEqual(speakers(body), [`Murray ${surname}`], surname);
  }
});

test('a name set off by commas after a plain noun ("A bruised father, Raj Kumar,") is a person once the copy calls him "Mr Kumar"', () => {
  const body = copy(
    'A shaken father, Ravi Lal, of Hill Road, was on the bus with his two sons when it left the road.',
    '“We were going to the clinic because my son had a fever,” Mr Lal said.',
  );
  assert.deepEqual(speakers(body), ['Ravi Lal']);
});

test('a page flattened with no space after a full stop ("the Head of State.He added,") still gives the quote its speaker', () => {
  const body =
    'President Jean Mugabo told the new cabinet to work as one team.In a short speech, Mugabo thanked the outgoing ministers.' +
    '“History asks a lot of us,” added the Head of State.He added, “Do not be afraid to stand up for what is right.”';
  const quotes = extractQuotes(body).quotes;
  assert.deepEqual(quotes.map((q) => q.speaker), ['Jean Mugabo', 'Jean Mugabo']);
});

test('a drafted quote keeps the words as the flattened page prints them', () => {
  const body = 'Minister Ana Popa said on Friday: “We talked with the parliament.Depending on the vote we will meet again.”';
  assert.deepEqual(extractQuotes(body).quotes.map((q) => q.text), ['We talked with the parliament.Depending on the vote we will meet again.']);
});

test('a full stop after an honorific ends no sentence ("Engr. Bello said", "Rev. Fr. Onen asked")', () => {
  const body = copy(
    'Engr. Musa Bello, the works commissioner, toured the new road.',
    '"The road will be done by June," Engr. Bello said.',
    'Rev. Fr. Peter Okello, the deputy chairperson, pressed the witness.',
    '"Which rule has he broken?" Rev. Fr. Okello asked.',
  );
  assert.deepEqual(speakers(body), ['Musa Bello', 'Peter Okello']);
});

test('the role drafted for a speaker leaves out the honorifics before the name ("Home Minister Datuk Seri Dr Ali Hamid")', () => {
  const body = copy(
    'Home Minister Datuk Seri Dr Ali Hamid said the claims were false.',
    '“This is reckless journalism,” he said in a statement.',
  );
  const [quote] = extractQuotes(body).quotes;
  assert.equal(quote?.speaker, 'Ali Hamid');
  assert.equal(quote?.role, 'Home Minister');
});

test('"…," he said as the copy’s last words is whole: the page did not cut the speaker off', () => {
  const body = copy(
    'Information Minister Chris Mugisha told reporters on Thursday that the party would mediate.',
    '“We will meet the two leaders and reconcile them,” he said',
  );
  assert.deepEqual(speakers(body), ['Chris Mugisha']);
});

test('a word that is an honorific in one country and a name in another stays in the name ("Cassius Ato Mensah")', () => {
  const body = copy(
    'Minority leader Cassius Ato Mensah criticised the budget on Tuesday.',
    '“This budget offers nothing to the poor,” Cassius Ato Mensah said.',
  );
  assert.deepEqual(speakers(body), ['Cassius Ato Mensah']);
});
