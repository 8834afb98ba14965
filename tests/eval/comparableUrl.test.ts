import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparableUrl } from '../../eval/import/evalSet.ts';

// A held-out copy counts as probed when a tuner looked at the same page under any spelling of its address.
const samePage: Array<[string, string]> = [
  ['https://www.Example.com/news/story-1/', 'example.com/news/story-1'],
  ['http://example.com/news/story-1?utm_source=feed', 'example.com/news/story-1'],
  ['https://example.com/news/story-1#comments', 'example.com/news/story-1'],
  ['  https://EXAMPLE.com  ', 'example.com'],
];

for (const [url, expected] of samePage) {
  test(`the page ${JSON.stringify(url)} is compared as ${expected}`, () => {
    assert.equal(comparableUrl(url), expected);
  });
}

test('the path keeps its case, so two pages that differ only in it stay two pages', () => {
  assert.notEqual(comparableUrl('https://example.com/News/A'), comparableUrl('https://example.com/news/a'));
});
