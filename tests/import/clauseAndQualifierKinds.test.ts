/**
 * Round 8's kinds of speaker phrase and of marks that are no quotes (issue
 * 13), each in a short copy written for the test (paraphrased, not taken from
 * any published article): the subject of a clause that goes on to `saying`,
 * a spokesperson's qualifier that names another body, and figures with a
 * straight mark after them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('"The minister also expressed disappointment … saying “…”" is the minister’s quote, resolved to the minister named before', () => {
  const body = copy(
    'Housing minister Dr Aminath Rasheed on Friday denied reports that the state had paid a settlement.',
    '"The ministry has no agreement with anyone," Rasheed said on social media.',
    'The minister also expressed disappointment with the press saying "reporters publish without checking the facts."',
  );
  assert.deepEqual(speakers(body), ['Aminath Rasheed', 'Aminath Rasheed']);
});

test('"Jane Roe also criticised the plan, saying “…”": a named subject before its own verb speaks', () => {
  const body = copy('Opposition leader Jane Roe also criticised the budget, saying "it leaves the poorest behind once again."');
  assert.deepEqual(speakers(body), ['Jane Roe']);
});

test('"said the government spokesperson" is not the presidential spokesman the copy named: it is the minister who has just spoken', () => {
  const body = copy(
    'Presidential spokesman Paul Phiri has said the president will address the nation tonight.',
    'Minister of Information Grace Tembo, speaking on a radio station, said the day would be remembered.',
    '"These are hard times for the country," said Tembo in a sad voice.',
    '"We have lost two ministers within two hours," said the government spokesperson.',
  );
  assert.deepEqual(speakers(body), ['Grace Tembo', 'Grace Tembo']);
});

test('"the presidential spokesman said" is still the presidential spokesman the copy named', () => {
  const body = copy(
    'Presidential spokesman Paul Phiri has said the president will address the nation tonight.',
    'Minister of Information Grace Tembo said the day would be remembered.',
    '"The address will be short," the presidential spokesman said.',
  );
  assert.deepEqual(speakers(body), ['Paul Phiri']);
});

test('minutes or inches after figures (`73" Drua attack`, `a 55" screen`) are no quotes', () => {
  const body = copy(
    'Live: Drua through to the final 73" Drua on the attack, a kick to halfway 68" Penalty to the Force with 11 minutes to go 66" Drua intercept.',
    'The shop sold a 55" screen and two 32" ones on Monday.',
  );
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('a quote that ends on a figure still closes on the mark after it', () => {
  const body = copy('"We expect the line to open in 2027," Transport Minister Ana Lopes said.');
  assert.deepEqual(extractQuotes(body).quotes.map((q) => [q.text, q.speaker]), [['We expect the line to open in 2027', 'Ana Lopes']]);
});

test('"X, in his sermon in Y, spoke in honour of …, saying “…”": the predicate after the asides is no subject', () => {
  const body = copy('Cleric Reza Karimi, in his weekly sermon in Mashhad, spoke in memory of the victims of the flood, saying, “A heavy blow was dealt to our city that day.”');
  assert.deepEqual(speakers(body), ['Reza Karimi']);
});

test('"He also referred to … and said:" at a sentence’s start is "he", the person the copy is about', () => {
  const body = copy(
    'The prayers were led by Hassan Nouri, who spoke about patience.',
    'He also referred to the late commander and said: "The commander cared about the patience of the nation."',
  );
  assert.deepEqual(speakers(body), ['Hassan Nouri']);
});

test('an office qualified by what it serves ("The representative of the Supreme Leader in Qom province added") is the office, not a capitalised word in it', () => {
  const body = copy(
    'Hujjat al-Islam Mahdi Rahimi, in his sermon in Qom, stated, “The prayers were missed for four months.”',
    'The representative of the Supreme Leader of the Islamic Revolution in Qom province added, “Today we pray together again.”',
    'The Friday preacher of Isfahan said, “We ask everyone to follow the health rules.”',
  );
  assert.deepEqual(speakers(body), ['Mahdi Rahimi', 'Mahdi Rahimi', 'Mahdi Rahimi']);
});

test('an office nobody in the copy holds is left for the editor, quoting the office ("The Friday preacher of Tehran")', () => {
  const body = copy('The Friday preacher of Tehran added, “Awakening is the first step to the victory of nations.”');
  assert.deepEqual(speakers(body), ['TODO: who said this? The copy says "The Friday preacher of Tehran"']);
});

test('a name of God in a sermon’s reported words is nobody the copy quotes', () => {
  const body = copy(
    'In the sermon, Hojjatoleslam Ali Mousavi welcomed the month of fasting.',
    'He urged the young to fast, saying that turning to God brings happiness as the Almighty Allah promises.',
    'He added that the strategy rests on "dignity, wisdom and expediency."',
  );
  assert.deepEqual(speakers(body), ['Ali Mousavi']);
});

test('a work’s title in sentence case after the work ("his latest novel, “Los perros no ladran,”") is no quote', () => {
  const body = copy(
    'Writer Carlos Mena said the police had seized copies of his latest novel, “Los perros no ladran,” and banned the book.',
    'The film "Where the river ends" opened on Friday.',
  );
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('a sentence quoted after a work is still someone’s words ("…the novel: “I wrote it in prison.”")', () => {
  const body = copy('Carlos Mena said of the novel: “I wrote it in prison, a page a night.”');
  assert.deepEqual(speakers(body), ['Carlos Mena']);
});

test('an office in capitals with no article ("Substitute Friday Prayers Leader added:") is the holder the copy named, not a word of it', () => {
  const body = copy(
    'Substitute Friday Prayers Leader of Tabriz Hujjat al-Islam Javad Hosseini condemned the attacks in his sermon.',
    'Substitute Friday Prayers Leader added: ”Resistance is the only way to victory for the people.”',
  );
  assert.deepEqual(speakers(body), ['Javad Hosseini']);
});
