/**
 * Offices and reporting verbs of French, Spanish, Portuguese and Italian
 * wire copy (issue 13), each in a short copy written for the test
 * (paraphrased, not taken from any published article): found on probe
 * copies outside the set, where `a déclaré le chef de l'État` was left a
 * `TODO` and `a soutenu que «…»` not attributed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('«…», a déclaré le chef de l’État: the head of state is the president the copy named', () => {
  const body = copy(
    'Le président malien, Amadou Traoré, a salué hier le courage des soldats.',
    '«Je salue le courage de nos soldats tombés pour la patrie», a déclaré le chef de l’État lors d’une cérémonie à Bamako.',
  );
  assert.deepEqual(speakers(body), ['Amadou Traoré']);
});

test('«…», dijo el jefe de Estado: the same in Spanish', () => {
  const body = copy(
    'El presidente peruano, Luis Quispe, visitó ayer la zona afectada.',
    '«Vamos a reconstruir cada casa», dijo el jefe de Estado a la prensa.',
  );
  assert.deepEqual(speakers(body), ['Luis Quispe']);
});

test('X, qui …, a soutenu que «…»: a French reporting verb before a quote gives it its speaker', () => {
  const body = copy('Le ministre Paul Kaboré, qui a été applaudi par la salle, a soutenu que «le pays a tenu sa promesse envers les familles».');
  assert.deepEqual(speakers(body), ['Paul Kaboré']);
});

test('«…», a déclaré le chef de l’État, lors d’une cérémonie …: the circumstance after the comma is no subject', () => {
  const body = copy(
    'Le président malien, Amadou Traoré, a salué hier le courage des soldats.',
    '«Nous n’oublierons pas nos soldats», a déclaré le chef de l’État, lors d’une cérémonie officielle à Bamako.',
  );
  assert.deepEqual(speakers(body), ['Amadou Traoré']);
});

test('a closing mark typed for an opening one after "said:" opens the quote (`Sadiqi said: ”Awakening …”`)', () => {
  const body = copy('Cleric Kazem Rahimi spoke at the university.', 'Rahimi said: ”Awakening is the first step towards the victory of nations.”');
  assert.deepEqual(extractQuotes(body).quotes.map((q) => [q.text, q.speaker]), [['Awakening is the first step towards the victory of nations.', 'Kazem Rahimi']]);
});
