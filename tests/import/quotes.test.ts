import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

function speakers(body: string): [string, string][] {
  return extractQuotes(body).quotes.map((q) => [q.text, q.speaker]);
}

test('attributes a quote followed by "surname said" to the full name introduced earlier', () => {
  const body = 'Kremlin spokesman Dmitry Peskov told reporters on Monday that talks would go on.\n\n"We see no reason to change course," Peskov said.';
  assert.deepEqual(speakers(body), [['We see no reason to change course', 'Dmitry Peskov']]);
});

test('attributes a quote introduced by "name said:" before it', () => {
  const body = 'Health Minister Olivier Varan said: "The virus is still circulating."';
  assert.deepEqual(speakers(body), [['The virus is still circulating.', 'Olivier Varan']]);
});

test('attributes a quote with an inverted "said name, role" after it', () => {
  const body = '"Prices will rise," said Helima Croft, head of commodity strategy at RBC Capital Markets.';
  assert.deepEqual(extractQuotes(body).quotes, [
    { text: 'Prices will rise', speaker: 'Helima Croft', role: 'head of commodity strategy at RBC Capital Markets' },
  ]);
});

test('attributes a quote opened by "according to"', () => {
  const body = 'Opposition leader Keir Starmer spoke first.\n\nAccording to Starmer, "Families are still waiting for answers."';
  assert.deepEqual(speakers(body), [['Families are still waiting for answers.', 'Keir Starmer']]);
});

test('resolves "the diplomat" and "the French official" to the person introduced in that role', () => {
  const body =
    'Jean-Baptiste Lemoyne, secretary of state at the French Foreign Ministry, met French President Emmanuel Macron.\n\n' +
    'The diplomat mentioned that Macron was the leader "who called things by their proper names."\n\n' +
    '"We will continue to tackle these issues," the French official added.';
  assert.deepEqual(speakers(body), [
    ['who called things by their proper names.', 'Jean-Baptiste Lemoyne'],
    ['We will continue to tackle these issues', 'Jean-Baptiste Lemoyne'],
  ]);
});

test('tells two people apart by the role each was introduced with', () => {
  const body =
    'Russian Ambassador to Pakistan Danila Ganich spoke on Friday. Pakistan’s Minister for Energy Omar Ayub Khan agreed.\n\n' +
    '"The deal is almost ready," the ambassador said.\n\n"This is a priority," the minister said.';
  assert.deepEqual(speakers(body), [
    ['The deal is almost ready', 'Danila Ganich'],
    ['This is a priority', 'Omar Ayub Khan'],
  ]);
});

test('resolves "the spokesperson noted" to the spokesperson named earlier', () => {
  const body = 'Foreign Ministry spokesperson Zhao Lijian said China objects.\n\n"Any attempt to interfere will fail," the spokesperson noted.';
  assert.deepEqual(speakers(body), [['Any attempt to interfere will fail', 'Zhao Lijian']]);
});

test('extracts a partial quote inside a sentence with the sentence’s subject as speaker', () => {
  const body = 'Senate Majority Leader Tom Harlan called the result “a win for common sense.”';
  assert.deepEqual(speakers(body), [['a win for common sense.', 'Tom Harlan']]);
});

test('gives both halves of a quote split by its attribution the same speaker', () => {
  const body = 'Tom Harlan leads the Senate.\n\n“We have nine days,” Harlan said, “but we will get it done.”';
  assert.deepEqual(speakers(body), [
    ['We have nine days', 'Tom Harlan'],
    ['but we will get it done.', 'Tom Harlan'],
  ]);
});

test('resolves "he said" to the person named last in the same paragraph', () => {
  const body =
    '"Vaccines will not do it alone," WHO chief Tedros Adhanom Ghebreyesus said.\n\n' +
    'WHO emergencies director Michael Ryan was blunter. "If we relax now, we will pay for it," he said.';
  assert.deepEqual(speakers(body).map(([, s]) => s), ['Tedros Adhanom Ghebreyesus', 'Michael Ryan']);
});

test('attributes a quote running over two paragraphs where it ends', () => {
  const body =
    'Provincial Minister Muhammad Rizwan visited the kilns.\n\n"We have shut five hundred kilns.\n\n"Citizens can report smoke," the minister said.';
  assert.deepEqual(speakers(body).map(([, s]) => s), ['Muhammad Rizwan', 'Muhammad Rizwan']);
});

test('leaves a placeholder when the copy names no one', () => {
  const body = '"Outdoor functions will be allowed," according to a notification issued by the department.';
  const [quote] = extractQuotes(body).quotes;
  assert.ok(quote?.speaker.startsWith('TODO:'), String(quote?.speaker));
});

test('leaves a placeholder rather than a surname when no full name is given', () => {
  const [quote] = extractQuotes('"We are ready," Harlan said.').quotes;
  assert.equal(quote?.speaker, 'TODO: full name of Harlan');
});

test('skips names and scare quotes in quotation marks', () => {
  const body = 'The company launched "Operation Warp Speed" and what critics call the "peace plan" this week.';
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('keeps the quote text verbatim, typographic apostrophes included, without the marks', () => {
  const [quote] = extractQuotes('Jair Bolsonaro spoke.\n\n“I’m not going to take it. It’s my right,” Bolsonaro said.').quotes;
  assert.equal(quote?.text, 'I’m not going to take it. It’s my right');
});

test('lists people named in full who are not speakers', () => {
  const body = 'Jean-Baptiste Lemoyne said French President Emmanuel Macron was right.\n\n"We agree," Lemoyne said.';
  assert.deepEqual(extractQuotes(body).people, ['Emmanuel Macron']);
});
