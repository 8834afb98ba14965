import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counted } from '../../src/text/counted.ts';

const cases: Array<[number, string, string | undefined, string]> = [
  [1, 'article', undefined, '1 article'],
  [0, 'article', undefined, '0 articles'],
  [2, 'page', undefined, '2 pages'],
  [10000, 'article', undefined, '10,000 articles'],
  [1, 'Eleventy run', undefined, '1 Eleventy run'],
  [3, 'person', 'people', '3 people'],
];

for (const [n, singular, plural, expected] of cases) {
  test(`${n} ${singular} reads "${expected}"`, () => {
    assert.equal(counted(n, singular, plural), expected);
  });
}
