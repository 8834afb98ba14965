/**
 * The search index's shard plan (src/searchIndex/searchShards.ts): which articles
 * go into which Pagefind bundle, and where each bundle is served.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../../src/model/article.ts';
import { planSearchShards, PRIMARY_BUNDLE } from '../../src/searchIndex/searchShards.ts';

function article(date: string, slug = 'a'): Article {
  const [year, month, day] = date.split('-') as [string, string, string];
  return { date, year, month, day, url: `/${year}/${month}/${day}/${slug}/`, quotes: [] } as unknown as Article;
}

/** `counts` articles per `YYYY-MM`, in the order given. */
function archive(counts: Record<string, number>): Article[] {
  return Object.entries(counts).flatMap(([month, count]) =>
    Array.from({ length: count }, (_, i) => article(`${month}-${String((i % 28) + 1).padStart(2, '0')}`, `s${i}`)),
  );
}

const CASES: Array<{ name: string; articles: Article[]; max: number; ids: string[] }> = [
  { name: 'an archive smaller than a shard is one bundle', articles: archive({ '2019-01': 3, '2020-05': 2 }), max: 10, ids: ['2019-2020'] },
  { name: 'whole years are packed from the oldest', articles: archive({ '2017-01': 2, '2018-01': 2, '2019-01': 2, '2020-01': 2 }), max: 4, ids: ['2017-2018', '2019-2020'] },
  { name: 'a year larger than a shard is split by month', articles: archive({ '2019-01': 3, '2019-02': 3, '2019-03': 3 }), max: 6, ids: ['2019-01-2019-02', '2019-03'] },
  { name: 'a month larger than a shard is split into runs', articles: archive({ '2019-01': 5 }), max: 2, ids: ['2019-01-1', '2019-01-2', '2019-01-3'] },
  { name: 'an empty archive is one empty bundle', articles: [], max: 5, ids: ['empty'] },
];

describe('planSearchShards', () => {
  for (const { name, articles, max, ids } of CASES) {
    test(name, () => {
      const shards = planSearchShards(articles, max);
      assert.deepEqual(shards.map((shard) => shard.id), ids);
      assert.ok(shards.every((shard) => shard.articles.length <= max), 'no shard holds more than the maximum');
      assert.deepEqual(
        shards.flatMap((shard) => shard.articles.map((a) => a.url)).sort(),
        articles.map((a) => a.url).sort(),
        'every article is in exactly one shard',
      );
    });
  }

  test('the newest shard is the primary bundle and the others are served beside it', () => {
    const shards = planSearchShards(archive({ '2018-01': 2, '2019-01': 2, '2020-01': 2 }), 2);
    assert.equal(shards.at(-1)?.bundlePath, PRIMARY_BUNDLE);
    assert.deepEqual(shards.slice(0, -1).map((shard) => shard.bundlePath), ['/pagefind-shards/2018/', '/pagefind-shards/2019/']);
  });

  test('new articles in the newest year leave every shard without that year unchanged', () => {
    const urls = (shard: { articles: Article[] }) => shard.articles.map((a) => a.url);
    const before = planSearchShards(archive({ '2017-01': 4, '2018-01': 3, '2019-01': 3, '2020-01': 1 }), 4);
    const after = planSearchShards(archive({ '2017-01': 4, '2018-01': 3, '2019-01': 3, '2020-01': 4 }), 4);
    const untouched = before.filter((shard) => shard.articles.every((a) => a.year !== '2020'));
    assert.equal(untouched.length, 2, 'the fixture has older shards to compare');
    assert.deepEqual(after.slice(0, untouched.length).map(urls), untouched.map(urls));
  });

  test('rejects a shard size that is not a positive whole number', () => {
    assert.throws(() => planSearchShards([], 0), /expected a whole number of articles above 0/);
  });
});
