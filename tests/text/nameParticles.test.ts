import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNameWord } from '../../src/import/nameWords.ts';
import { PeopleRegistry } from '../../src/import/people.ts';
import { normalisePlace } from '../../src/import/placeName.ts';
import { PERSON_NAME_PARTICLES, PLACE_NAME_PARTICLES } from '../../src/text/nameParticles.ts';

// The particle lists are read by the importer in three places; these rows
// check that each reader follows the one list.

const PLACES = [
  ['RIO DE JANEIRO', 'Rio de Janeiro'],
  ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
  ['STRATFORD UPON AVON', 'Stratford upon Avon'],
  ['SHARM EL-SHEIKH', 'Sharm el-Sheikh'],
  ['LA PAZ', 'La Paz'],
] as const;

for (const [printed, place] of PLACES) {
  test(`a dateline's ${printed} becomes the place ${place}, its particles in lower case`, () => {
    assert.equal(normalisePlace(printed), place);
  });
}

const PEOPLE = [
  ['Frans van Dijk', 'Dutch Foreign Minister Frans van Dijk said talks would go on.'],
  ['Mohammed bin Salman', 'Crown Prince Mohammed bin Salman said the kingdom would invest.'],
  ['Inzamam ul Haq', 'Chief selector Inzamam ul Haq said the squad was ready.'],
] as const;

for (const [name, body] of PEOPLE) {
  test(`the importer reads ${name} as one person's name`, () => {
    const people = new PeopleRegistry(body).people.map((person) => person.name);
    assert.ok(people.includes(name), `found ${JSON.stringify(people)}`);
  });
}

test('every person-name particle counts as part of a name', () => {
  for (const particle of PERSON_NAME_PARTICLES) assert.ok(isNameWord(particle), particle);
});

test('every place-name particle stays lower case inside a place name', () => {
  for (const particle of PLACE_NAME_PARTICLES) {
    assert.equal(normalisePlace(`PORT ${particle.toUpperCase()} SPAIN`), `Port ${particle} Spain`);
  }
});
