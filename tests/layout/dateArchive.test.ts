import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDateArchive } from '../../src/layout/dateArchive.ts';
import { monthChart } from '../../src/layout/monthChart.ts';
import { makeArticle } from './makeArticle.ts';

describe('archive by date', () => {
  // Newest first, as the archive hands them over.
  const articles = [
    makeArticle({ slug: 'd', date: '2021-03-05T10:00:00Z' }),
    makeArticle({ slug: 'c', date: '2021-03-05' }),
    makeArticle({ slug: 'b', date: '2021-03-01', updated: '2021-04-01' }),
    makeArticle({ slug: 'a', date: '2019-11-30' }),
  ];
  const { years, months } = buildDateArchive(articles);

  test('there is one page per year with articles, newest first, and none for years without', () => {
    assert.deepEqual(years.map((y) => [y.url, y.count]), [['/2021/', 3], ['/2019/', 1]]);
  });

  test('a year lists all twelve months with counts, and links only the months with articles', () => {
    const year = years[0]!;
    assert.equal(year.months.length, 12);
    assert.deepEqual(year.months.filter((m) => m.url).map((m) => [m.name, m.count, m.url]), [['March', 3, '/2021/03/']]);
    assert.equal(year.months[0]!.url, undefined);
  });

  test('a month page groups its articles by day, newest day first', () => {
    const march = months.find((m) => m.url === '/2021/03/')!;
    assert.deepEqual(march.days.map((d) => [d.date, d.articles.map((a) => a.slug)]), [['2021-03-05', ['d', 'c']], ['2021-03-01', ['b']]]);
  });

  test('years and months link to their neighbours that have articles, skipping empty ones', () => {
    assert.deepEqual([years[0]!.previous, years[0]!.next], [{ label: '2019', url: '/2019/' }, undefined]);
    const march = months.find((m) => m.url === '/2021/03/')!;
    assert.deepEqual(march.previous, { label: 'November 2019', url: '/2019/11/' });
  });

  test('lastmod is the latest update of the page’s articles', () => {
    assert.equal(years[0]!.lastmod, '2021-04-01');
  });

  const chartCases = [
    { name: 'the busiest month fills the chart', counts: [4, 2, 0], check: (h: number[]) => h[0]! > h[1]! && h[1]! > 0 && h[2] === 0 },
    { name: 'a month with one article among hundreds is still visible', counts: [500, 1], check: (h: number[]) => h[1]! >= 2 },
    { name: 'a year of empty months draws no bars', counts: [], check: (h: number[]) => h.every((v) => v === 0) },
  ];
  for (const { name, counts, check } of chartCases) {
    test(`chart: ${name}`, () => {
      const chart = monthChart(counts);
      assert.equal(chart.bars.length, 12);
      assert.ok(check(chart.bars.map((b) => b.height)));
      for (const bar of chart.bars) assert.equal(bar.y + bar.height, chart.baseline);
    });
  }
});

describe('day pages', () => {
  const articles = [
    makeArticle({ slug: 'd', date: '2021-03-05T10:00:00Z' }),
    makeArticle({ slug: 'c', date: '2021-03-05' }),
    makeArticle({ slug: 'b', date: '2021-03-01' }),
    makeArticle({ slug: 'a', date: '2019-11-30' }),
  ];
  const { days, months } = buildDateArchive(articles);

  test('every day with articles has a page at /YYYY/MM/DD/, newest first, none for days without', () => {
    assert.deepEqual(days.map((d) => [d.url, d.articles.map((a) => a.slug)]), [['/2021/03/05/', ['d', 'c']], ['/2021/03/01/', ['b']], ['/2019/11/30/', ['a']]]);
  });

  test('a day links to the days before and after it that have articles, across months and years', () => {
    assert.deepEqual([days[1]!.previous?.url, days[1]!.next?.url], ['/2019/11/30/', '/2021/03/05/']);
    assert.deepEqual([days[0]!.monthUrl, days[0]!.yearUrl, days[0]!.monthName], ['/2021/03/', '/2021/', 'March']);
  });

  test('a month’s day groups link to the day pages', () => {
    assert.deepEqual(months[0]!.days.map((d) => d.url), ['/2021/03/05/', '/2021/03/01/']);
  });
});
