import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ariaCurrent } from '../../src/layout/navigation.ts';
import { paginate } from '../../src/layout/paginate.ts';

describe('pagination', () => {
  const cases = [
    { name: 'an empty list still has its first page', items: 0, urls: ['/topics/x/'] },
    { name: 'twenty items fit on one page', items: 20, urls: ['/topics/x/'] },
    { name: 'the 21st item starts page 2 at /page/2/', items: 21, urls: ['/topics/x/', '/topics/x/page/2/'] },
  ];
  for (const { name, items, urls } of cases) {
    test(name, () => assert.deepEqual(paginate(Array.from({ length: items }, (_, i) => i), 20, '/topics/x/').map((p) => p.url), urls));
  }
  test('each page links to its neighbours', () => {
    const [first, second] = paginate([1, 2, 3], 2, '/');
    assert.deepEqual([first!.previousUrl, first!.nextUrl, second!.previousUrl, second!.nextUrl], [undefined, '/page/2/', '/', undefined]);
  });
});

describe('navigation', () => {
  const cases = [
    { page: '/', item: '/', expected: 'page' },
    { page: '/page/3/', item: '/', expected: 'true' },
    { page: '/topics/', item: '/topics/', expected: 'page' },
    { page: '/topics/trade/page/2/', item: '/topics/', expected: 'true' },
    { page: '/topics/trade/', item: '/', expected: '' },
    { page: '/2020/', item: '/sources/', expected: '' },
  ];
  for (const { page, item, expected } of cases) {
    test(`on ${page} the ${item} link is marked ${expected ? `aria-current="${expected}"` : 'not current'}`, () => {
      assert.equal(ariaCurrent(page, item), expected);
    });
  }
});
