/**
 * Where the words naming a quote's speaker sit (issue 13, round 7), in short
 * copies written for the test (paraphrased, not taken from published copy).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const whoSaid = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);

test('"…," he expressed: a subject and any past tense after the quote\'s comma attribute it', () => {
  const body = 'Prime Minister Ana Ruiz said the meetings were open.\n\n"We are not against mining; we ask that it pollutes less and less," she expressed.';
  assert.deepEqual(whoSaid(body), ['Ana Ruiz']);
});

test('"…," it added after an organisation spoke is the organisation still', () => {
  const body = '"We reject the claims of fraud," the opposition party said.\n\n"They are baseless and will be answered in court," it added.';
  assert.deepEqual(whoSaid(body), ['TODO: who said this? The copy says "the opposition party"', 'TODO: who said this? The copy says "the opposition party"']);
});

test('an office whose portfolios are listed with commas stays whole as the speaker the copy gives', () => {
  const body = '"The agreement is signed," the Minister of Industry, Trade and Tourism told reporters on Monday.';
  assert.deepEqual(whoSaid(body), ['TODO: who is "the Minister of Industry, Trade and Tourism"?']);
});

test('a quote signed after a dash with a full name is that person\'s', () => {
  assert.deepEqual(whoSaid('"We will appeal the ruling at once." — Maria Duarte, chief executive'), ['Maria Duarte']);
});

test('a second partial quote in the same sentence shares the sentence\'s speaker', () => {
  assert.deepEqual(whoSaid('Opposition leader Karl Berg said the plan was "unacceptable" and "dangerous for everyone."'), ['Karl Berg']);
});

test('"added her husband, John Doe": a possessive role after the verb introduces the name that follows', () => {
  const body = '"We cannot sleep at night," said Rosa Marin. "The shelling never stops," added her husband, Pedro Marin.';
  assert.deepEqual(whoSaid(body), ['Rosa Marin', 'Pedro Marin']);
});

test('"A spokesman for Downing Street said" is an unnamed spokesman, for the editor, not the organisation', () => {
  assert.deepEqual(whoSaid("A spokesman for Downing Street said: 'The position of the government has not changed.'"), [
    'TODO: who said this? The copy says "A spokesman for Downing Street"',
  ]);
});

test('a participle set off after the subject ("Park, asked about the strike, said") is no part of the speaker', () => {
  const body = 'Press secretary Jen Parkes spoke on Monday. Parkes, asked about the strike, said: "We are watching it closely."';
  assert.deepEqual(whoSaid(body), ['Jen Parkes']);
});

test('"X regretted that Y … dismissed fears and explained, "…"": the that-clause\'s subject speaks', () => {
  const body = 'Last week Ambassador Julio Mora regretted in a release that Minister Hugo Serra, when defending the plan for a public channel, dismissed fears of misuse and explained, "State TV is what the neighbours do."';
  assert.deepEqual(whoSaid(body), ['Hugo Serra']);
});

test('an organisation reporting after the quote what the speaker before it said leaves the speaker', () => {
  const body = 'President Ivan Markovic spoke late on Wednesday.\n\nMarkovic said the country "wants to remain a reliable partner to everyone in the region," the government announced on its website.';
  assert.deepEqual(whoSaid(body), ['Ivan Markovic']);
});

test('"A Downing Street spokesperson said" and "he said" after "A Met Police spokesman said …" are unnamed spokespeople, for the editor', () => {
  assert.deepEqual(whoSaid("A Downing Street spokesperson said: 'We do not comment on leaks.'"), [
    'TODO: who said this? The copy says "A Downing Street spokesperson"',
  ]);
  assert.deepEqual(whoSaid("A Met Police spokesman said officers were called at 10pm. 'A man was found dead at the scene,' he said."), [
    'TODO: who said this? The copy says "A Met Police spokesman"',
  ]);
});

test('a quote closing a sentence whose verb reports no speech is the group the sentence opens with, for the editor', () => {
  const body = 'The ministers thanked the friendly States that had helped the country, "such help will stay in the people\'s memory."';
  assert.deepEqual(whoSaid(body), ['TODO: who said this? The copy says "The ministers"']);
});
