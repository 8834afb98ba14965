/**
 * The bar chart of a year page (`/YYYY/`, src/layout/dateArchive.ts): one bar
 * per month, its height the month's count of articles against the year's
 * busiest month, laid out as the SVG's coordinates so the template only
 * draws them.
 */
import { MONTH_NAMES } from '../model/dates.ts';

export interface ChartBar {
  name: string;
  /** Initial shown under the bar. */
  initial: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
}

export interface Chart {
  width: number;
  height: number;
  /** Baseline of the bars; labels sit below it. */
  baseline: number;
  max: number;
  bars: ChartBar[];
}

/** The SVG's size, the gap between bars and the space above them and below (the labels). */
const CHART = { width: 360, height: 120, barGap: 6, top: 6, labelSpace: 18 };

export function monthChart(counts: readonly number[]): Chart {
  const max = Math.max(1, ...counts);
  const slot = CHART.width / 12;
  const barWidth = slot - CHART.barGap;
  const baseline = CHART.height - CHART.labelSpace;
  const usable = baseline - CHART.top;
  const bars = MONTH_NAMES.map((name, index) => {
    const count = counts[index] ?? 0;
    // A month with articles always shows at least a sliver.
    const height = count === 0 ? 0 : Math.max(2, Math.round((count / max) * usable));
    const x = Math.round(index * slot + CHART.barGap / 2);
    return {
      name,
      initial: name.slice(0, 1),
      count,
      x,
      y: baseline - height,
      width: Math.round(barWidth),
      height,
      labelX: Math.round(x + barWidth / 2),
    };
  });
  return { width: CHART.width, height: CHART.height, baseline, max, bars };
}
