/**
 * A hand-written SVG chart: build time (left) and peak memory (right)
 * against archive size, log–log, one line per builder.
 */
import type { BenchReport } from './report.ts';
import type { SizeResult } from './suite.ts';

interface Series {
  name: string;
  colour: string;
  dash?: string;
  time: (r: SizeResult) => number | undefined;
  memory: (r: SizeResult) => number | undefined;
}

const ok = (value: number, good: boolean | undefined): number | undefined => (good ? value : undefined);

const SERIES: Series[] = [
  { name: 'ours, cold', colour: '#1f5fbf', time: (r) => ok(r.cold.wallMs, r.cold.ok), memory: (r) => ok(r.cold.peakRssBytes, r.cold.ok) },
  { name: 'ours, warm', colour: '#1f5fbf', dash: '6 4', time: (r) => ok(r.warm.wallMs, r.warm.ok), memory: (r) => ok(r.warm.peakRssBytes, r.warm.ok) },
  { name: 'Eleventy baseline', colour: '#b35900', time: (r) => (r.baseline ? ok(r.baseline.wallMs, r.baseline.ok) : undefined), memory: (r) => (r.baseline ? ok(r.baseline.peakRssBytes, r.baseline.ok) : undefined) },
  { name: 'Hugo + Pagefind', colour: '#2e7d32', time: (r) => (r.hugo ? ok(r.hugo.totalWallMs, r.hugo.hugo.ok && r.hugo.pagefind.ok) : undefined), memory: (r) => (r.hugo ? ok(r.hugo.peakRssBytes, r.hugo.hugo.ok) : undefined) },
];

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Powers of ten (and 2×, 5× between) covering [min, max]. */
function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v >= min / 1.0001 && v <= max * 1.0001) ticks.push(v);
    }
  }
  return ticks;
}

function label(value: number, unit: string): string {
  if (unit === 'articles') return value >= 1000 ? `${value / 1000}k` : String(value);
  return value >= 1 ? String(Number(value.toPrecision(3))) : value.toPrecision(1);
}

interface Panel {
  title: string;
  unit: string;
  value: (series: Series, r: SizeResult) => number | undefined;
  scale: number;
}

function panel(report: BenchReport, spec: Panel, left: number, top: number, width: number, height: number): string {
  const results = [...report.results].sort((a, b) => a.articles - b.articles);
  const sizes = results.map((r) => r.articles);
  const values = results.flatMap((r) => SERIES.map((series) => spec.value(series, r))).filter((v): v is number => v !== undefined && v > 0).map((v) => v / spec.scale);
  const parts: string[] = [`<text x="${left + width / 2}" y="${top - 12}" text-anchor="middle" font-weight="bold">${escape(spec.title)}</text>`];
  if (values.length === 0 || sizes.length === 0) return parts.join('\n');
  let [xMin, xMax] = [Math.min(...sizes), Math.max(...sizes)];
  if (xMin === xMax) [xMin, xMax] = [xMin / 2, xMax * 2];
  let [yMin, yMax] = [Math.min(...values), Math.max(...values)];
  yMin = 10 ** Math.floor(Math.log10(yMin));
  yMax = 10 ** Math.ceil(Math.log10(yMax * 1.05));
  const px = (v: number) => left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * width;
  const py = (v: number) => top + height - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * height;

  parts.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#999"/>`);
  for (const tick of logTicks(yMin, yMax)) {
    const y = py(tick).toFixed(1);
    parts.push(`<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" stroke="#e4e4e4"/>`);
    parts.push(`<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${label(tick, spec.unit)}</text>`);
  }
  for (const size of sizes) {
    const xPos = px(size).toFixed(1);
    parts.push(`<line x1="${xPos}" x2="${xPos}" y1="${top}" y2="${top + height}" stroke="#e4e4e4"/>`);
    parts.push(`<text x="${xPos}" y="${top + height + 16}" text-anchor="middle">${label(size, 'articles')}</text>`);
  }
  parts.push(`<text x="${left + width / 2}" y="${top + height + 34}" text-anchor="middle">articles (log scale)</text>`);
  parts.push(`<text transform="translate(${left - 56} ${top + height / 2}) rotate(-90)" text-anchor="middle">${escape(spec.unit)} (log scale)</text>`);
  for (const series of SERIES) {
    const points = results
      .map((r) => [r.articles, spec.value(series, r)] as const)
      .filter((p): p is readonly [number, number] => p[1] !== undefined && p[1] > 0)
      .map(([n, v]) => [px(n), py(v / spec.scale)] as const);
    if (points.length === 0) continue;
    const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
    parts.push(`<polyline fill="none" stroke="${series.colour}" stroke-width="2"${dash} points="${points.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
    for (const [a, b] of points) parts.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3.5" fill="${series.colour}"/>`);
  }
  return parts.join('\n');
}

export function renderChart(report: BenchReport): string {
  const width = 880;
  const height = 400;
  const panels = [
    panel(report, { title: 'Build time', unit: 'seconds', value: (series, r) => series.time(r), scale: 1000 }, 80, 50, 320, 260),
    panel(report, { title: 'Peak memory (RSS of the process tree)', unit: 'MiB', value: (series, r) => series.memory(r), scale: 2 ** 20 }, 530, 50, 320, 260),
  ];
  const legend = SERIES.map((series, i) => {
    const x0 = 80 + i * 200;
    const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
    return `<line x1="${x0}" x2="${x0 + 28}" y1="${height - 22}" y2="${height - 22}" stroke="${series.colour}" stroke-width="2"${dash}/><text x="${x0 + 34}" y="${height - 22}" dominant-baseline="middle">${escape(series.name)}</text>`;
  });
  const machine = `${report.machine.nproc} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">
<title id="chart-title">Build time and peak memory against archive size (${escape(machine)})</title>
<rect width="100%" height="100%" fill="#fff"/>
${panels.join('\n')}
${legend.join('\n')}
</svg>
`;
}
