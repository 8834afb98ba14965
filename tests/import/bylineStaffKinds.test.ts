/**
 * Round 12's byline kinds (issue 13, session 12), in lines written for the
 * test: `Author: NAME | Published: …` names the writer without the bar, and
 * `Author: Staff Writer |` names nobody.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineName, readByline } from '../../src/import/byline.ts';

test('`Author: Jane Achol Deng | Published: 3 hours ago` is the writer Jane Achol Deng, without the bar', () => {
  assert.equal(bylineName('Author: Jane Achol Deng | Published: 3 hours ago'), 'Jane Achol Deng');
  assert.equal(readByline('Jane Achol Deng |').byline, 'Jane Achol Deng');
});

test('`Author: Staff Writer | Published: …` names no person', () => {
  assert.equal(bylineName('Author: Staff Writer | Published: Monday, March 2, 2020'), undefined);
  assert.equal(readByline('Staff Writer |').byline, undefined);
});
