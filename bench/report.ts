/**
 * The benchmark's figures as a plain-text table, as docs/PERFORMANCE.md and
 * as a hand-written SVG chart of build time and peak memory against archive
 * size (log–log; no plotting library).
 */
import type { SizeResult } from './suite.ts';

export interface Machine {
  cpu: string;
  nproc: number;
  memoryGiB: number;
  os: string;
  node: string;
  eleventy: string;
  hugo: string;
  pagefind: string;
}

export interface BenchReport {
  date: string;
  commit: string;
  seed: string;
  query: string;
  machine: Machine;
  results: SizeResult[];
}

const STAGES = ['load', 'validate', 'render', 'layout', 'index', 'publish'] as const;
const s = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
const mib = (bytes: number | undefined): string => (bytes === undefined || bytes === 0 ? '–' : (bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0));
const x = (ratio: number | undefined): string => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);
const rate = (articles: number, ms: number | undefined): string => (ms ? ((articles / ms) * 1000).toFixed(0) : '–');
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(0)} kB`;

interface Row {
  name: string;
  wallMs?: number;
  articlesPerSecond?: string;
  peakRssBytes?: number;
  outputBytes?: number;
  pagefindBytes?: number;
  note?: string;
}

function rows(result: SizeResult): Row[] {
  const n = result.articles;
  const list: Row[] = [];
  const ours: Array<readonly [string, SizeResult['cold']]> = [['ours, cold', result.cold], ['ours, nothing changed', result.warm]];
  if (result.edit) ours.push(['ours, one article changed', result.edit]);
  for (const [name, build] of ours) {
    list.push({
      name,
      wallMs: build.wallMs,
      articlesPerSecond: rate(n, build.wallMs),
      peakRssBytes: build.peakRssBytes,
      outputBytes: build.outputBytes,
      pagefindBytes: build.pagefindBytes,
      note: build.ok ? (build.firstSearch ? `first search “${build.firstSearch.query}”: ${kb(build.firstSearch.bytes)} in ${build.firstSearch.requests} requests${build.firstSearch.results === undefined ? '' : `, ${build.firstSearch.results} results shown`}` : '') : `FAILED: ${build.error?.split('\n')[0] ?? ''}`,
    });
  }
  if (result.baseline) {
    const b = result.baseline;
    list.push({ name: 'Eleventy baseline', wallMs: b.wallMs, articlesPerSecond: rate(n, b.wallMs), peakRssBytes: b.peakRssBytes, outputBytes: b.outputBytes, note: b.ok ? 'markdown-it, no search' : `FAILED: ${b.error?.split('\n')[0] ?? ''}` });
  }
  if (result.hugo) {
    const h = result.hugo;
    list.push({ name: 'Hugo', wallMs: h.hugo.wallMs, articlesPerSecond: rate(n, h.hugo.wallMs), peakRssBytes: h.hugo.peakRssBytes, outputBytes: h.hugo.outputBytes, note: h.hugo.ok ? `${h.hugo.outputFiles} files` : `FAILED: ${h.hugo.error?.split('\n')[0] ?? ''}` });
    list.push({ name: 'Pagefind CLI on Hugo', wallMs: h.pagefind.wallMs, peakRssBytes: h.pagefind.peakRssBytes, pagefindBytes: h.pagefind.pagefindBytes, note: h.pagefind.ok ? '' : `FAILED: ${h.pagefind.error?.split('\n')[0] ?? ''}` });
    list.push({ name: 'Hugo + Pagefind', wallMs: h.totalWallMs, articlesPerSecond: rate(n, h.totalWallMs), peakRssBytes: h.peakRssBytes });
  }
  return list;
}

function markdownTable(header: string[], body: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = (cell: string, i: number) => (i === 0 || cell === 'notes' || cell === 'target' ? '---' : '---:');
  return [line(header), line(header.map(align)), ...body.map(line)].join('\n');
}

function sizeTables(result: SizeResult): string {
  const main = markdownTable(
    ['build', 'wall s', 'articles/s', 'peak RSS MiB', 'output MiB', 'Pagefind MiB', 'notes'],
    rows(result).map((r) => [r.name, s(r.wallMs), r.articlesPerSecond ?? '–', mib(r.peakRssBytes), mib(r.outputBytes), mib(r.pagefindBytes), r.note ?? '']),
  );
  const stages = markdownTable(
    ['ours', ...STAGES, 'sum of stages', 'process wall', 'Node max RSS MiB'],
    ([['cold', result.cold], ['nothing changed', result.warm], ...(result.edit ? [['one article changed', result.edit] as const] : [])] as const).map(([name, b]) => {
      const sum = STAGES.reduce((total, stage) => total + (b.stagesMs[stage] ?? 0), 0);
      return [name, ...STAGES.map((stage) => s(b.stagesMs[stage])), s(sum), s(b.wallMs), mib(b.nodeMaxRssBytes)];
    }),
  );
  const r = result.ratios;
  const ratios = markdownTable(
    ['ratio', 'value', 'target'],
    [
      ['ours cold ÷ Eleventy baseline', x(r.coldVsBaseline), ''],
      ['ours cold ÷ (Hugo + Pagefind)', x(r.coldVsHugoPagefind), result.articles === 10_000 ? '≤ 1.0' : ''],
      ['ours nothing changed ÷ ours cold', x(r.warmVsCold), ''],
      ['ours nothing changed ÷ (Hugo + Pagefind)', x(r.warmVsHugoPagefind), result.articles === 10_000 ? '≤ 0.1' : ''],
      ['ours one article changed ÷ (Hugo + Pagefind)', x(r.editVsHugoPagefind), result.articles === 10_000 ? '≤ 0.2' : ''],
      ['ours peak RSS ÷ (Hugo + Pagefind) peak RSS', x(r.peakRssVsHugoPagefind), ''],
    ],
  );
  const dev = result.devEdit;
  const devTable = dev
    ? `\n\n\`npm start\`, one edited article (the last paragraph of three articles, one after another; the whole site first took ${s(dev.initialMs)} s):\n\n${markdownTable(
        ['edit', 'to rewritten pages s', 'pages', 'feeds too', 'content s', 'layout s', 'search index after s', 'shards re-indexed'],
        dev.edits.map((edit, i) => [
          String(i + 1),
          s(edit.updateMs),
          String(edit.pages),
          edit.feeds ? 'yes' : 'no',
          s(edit.contentMs),
          s(edit.layoutMs),
          s(edit.indexMs),
          String(edit.shardsReindexed),
        ]),
      )}`
    : '';
  return `${main}\n\nStages of our build, seconds (median of ${result.repeat}):\n\n${stages}\n\n${ratios}${devTable}`;
}

export function renderTable(report: BenchReport): string {
  return report.results
    .map(
      (result) =>
        `\n${result.articles} articles (${mib(result.contentBytes)} MiB of Markdown), median of ${result.repeat}, load average ${result.loadAverage.before.toFixed(1)} → ${result.loadAverage.after.toFixed(1)}${result.from ? ` — from an earlier run, at commit \`${result.from.commit}\` on ${result.from.date.slice(0, 10)}` : ''}\n\n${sizeTables(result)}`,
    )
    .join('\n');
}

function targets(report: BenchReport): string {
  const lines: string[] = [];
  const at = (n: number) => report.results.find((r) => r.articles === n);
  const verdict = (value: number | undefined, limit: number, show: (v: number) => string) =>
    value === undefined ? 'not measured' : `${show(value)} — ${value <= limit ? 'met' : 'missed'}`;
  const ten = at(10_000);
  if (ten) {
    lines.push(`- 10k, cold build with search ÷ (Hugo + Pagefind CLI) ≤ 1.0: ${verdict(ten.ratios.coldVsHugoPagefind, 1, (v) => v.toFixed(2))}`);
    lines.push(`- 10k, nothing changed ÷ (Hugo + Pagefind CLI) ≤ 0.1: ${verdict(ten.ratios.warmVsHugoPagefind, 0.1, (v) => v.toFixed(2))}`);
    lines.push(`- 10k, one article changed ÷ (Hugo + Pagefind CLI) ≤ 0.2: ${verdict(ten.ratios.editVsHugoPagefind, 0.2, (v) => v.toFixed(2))}`);
    // Per process, as the issue says: Node's own peak and the largest Pagefind process, beside the tree's sum.
    const node = ten.cold.ok && ten.cold.nodeMaxRssBytes > 0 ? ten.cold.nodeMaxRssBytes : undefined;
    const pagefind = ten.cold.ok ? ten.cold.pagefindProcessRssBytes : undefined;
    const largest = node === undefined ? undefined : Math.max(node, pagefind ?? 0);
    const gb = (bytes: number | undefined): string => (bytes === undefined ? 'not measured' : `${(bytes / 1e9).toFixed(2)} GB`);
    lines.push(
      `- 10k, peak RSS of any process of the cold build ≤ 1.5 GB: ${verdict(largest === undefined ? undefined : largest / 1e9, 1.5, (v) => `${v.toFixed(2)} GB`)} (Node ${gb(node)}, the largest Pagefind process ${gb(pagefind)}; the process tree's sum ${gb(ten.cold.ok ? ten.cold.peakRssBytes : undefined)})`,
    );
  }
  const hundred = at(100_000);
  if (hundred) {
    lines.push(`- 100k, the build completes with peak RSS ≤ 3 GB: ${hundred.cold.ok ? verdict(hundred.cold.peakRssBytes / 1e9, 3, (v) => `${v.toFixed(2)} GB`) : 'did not complete'}`);
    lines.push(`- 100k, one article changed ≤ 60 s: ${verdict(hundred.edit?.ok ? hundred.edit.wallMs / 1000 : undefined, 60, (v) => `${v.toFixed(1)} s`)}`);
    const first = hundred.cold.firstSearch;
    lines.push(`- 100k, a first search transfers < 300 kB: ${verdict(first ? first.bytes / 1000 : undefined, 300, (v) => `${v.toFixed(0)} kB`)}`);
  }
  const dev = ten?.devEdit;
  lines.push(
    `- 10k, one changed article rebuilt in \`npm start\` in ≤ 1 s: ${verdict(dev ? dev.medianUpdateMs / 1000 : undefined, 1, (v) => `${v.toFixed(2)} s to the rewritten page${dev ? ` (search index ${(dev.medianIndexMs / 1000).toFixed(1)} s after)` : ''}`)}`,
  );
  return lines.join('\n');
}

export const NOTES_START = '<!-- notes: kept when the benchmark rewrites this file -->';
export const NOTES_END = '<!-- end of notes -->';

/** The hand-written notes of an earlier PERFORMANCE.md, to carry over. */
export function extractNotes(markdown: string): string | undefined {
  const start = markdown.indexOf(NOTES_START);
  const end = markdown.indexOf(NOTES_END);
  return start >= 0 && end > start ? markdown.slice(start + NOTES_START.length, end).trim() : undefined;
}

const DEFAULT_NOTES = '_What bounds the slow stages: write it here; the benchmark keeps this section when it rewrites the file._';

export function renderMarkdown(report: BenchReport, chartFile: string, notes = DEFAULT_NOTES): string {
  const m = report.machine;
  const sections = report.results.map(
    (result) => `### ${result.articles.toLocaleString('en')} articles\n\n${mib(result.contentBytes)} MiB of Markdown, generated in ${s(result.generateMs)} s; median of ${result.repeat} run${result.repeat > 1 ? 's' : ''}; 1-minute load average ${result.loadAverage.before.toFixed(1)} before, ${result.loadAverage.after.toFixed(1)} after (on ${m.nproc} cores).\n\n${sizeTables(result)}`,
  );
  return `# Performance

Measured by \`npm run bench\` (bench/run.ts) on ${report.date.slice(0, 10)} at commit \`${report.commit}\`.
Regenerate with \`npm run bench -- --sizes ${report.results.map((r) => r.articles).join(',')} --out docs/PERFORMANCE.md\`.
These are measurements, not assertions: no test fails on a time.

![Build time and peak memory against archive size](${chartFile})

## Targets (issue 11)

${targets(report)}

## Reading the figures

${NOTES_START}
${notes}
${NOTES_END}

## Machine

| | |
|---|---|
| CPU | ${m.cpu}, \`nproc\` ${m.nproc} |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node | ${m.node} |
| Eleventy | ${m.eleventy} |
| Hugo | ${m.hugo || 'not installed'} |
| Pagefind | ${m.pagefind || 'not found'} |

## Method

- **Archives** are generated by bench/generate.ts with the seed \`${report.seed}\`: about 5 KB of Markdown per article
  (frontmatter included), words drawn by their frequency in the SUBTLEX list (a Zipf-like spread), a dateline,
  a source (one of 30 outlets, 60 % with one of 15 agencies), 1–4 quotes that appear verbatim in the body with
  their speakers and roles, 1–4 topics, people, headings, lists, bold and links, dates from 1995 to 2024. Places,
  outlets, people and topics are drawn with a Zipf-like popularity, so some term pages are long and most are short.
  A smaller archive is a prefix of a larger one. Every article passes \`npm run check\`.
- **Ours** is \`build()\` from src/build.ts, each build in a child process of its own
  (bench/buildChild.ts, run from the project root with the real templates and \`.eleventy.ts\`).
  *Cold*: no \`.cache/\` (build state, render and search caches) and no previous output. *Nothing changed*
  (\`warm\` in the JSON): the same content again right after, incremental (src/pipeline/). *One article changed*:
  then the title of the article halfway through the archive changed and a paragraph added, built
  incrementally, and undone after the build. Stage times are those \`build()\` returns; *wall* is the
  child process's whole life, Node and tsx start-up included.
- **Eleventy baseline**: plain Eleventy (\`node node_modules/@11ty/eleventy/cmd.cjs\`) with its defaults —
  markdown-it, Liquid pre-processing — over the very same files, one Nunjucks layout, article pages only,
  no taxonomy pages, no feeds, no search.
- **Hugo + Pagefind**: Hugo (\`apt-get install hugo\`, by bench/setup-hugo.sh) with the same bodies and
  equivalent pages: articles at \`/YYYY/MM/DD/slug/\`, taxonomies sources, places, people and topics, each with
  an index page and term pages paginated by 20, a paginated home page, an RSS feed and a sitemap (no date
  archives and no quotes page, which Hugo has no built-in for). Then Pagefind's own CLI
  (\`pagefind --site public\`), indexing the article bodies (\`data-pagefind-body\`) as ours does. Their wall
  times are added; their peak is the larger of the two.
- **Peak RSS** is the peak of the summed resident memory of the whole process tree (the build, Pagefind's
  binary, worker threads and processes), sampled from /proc every 100 ms, or the kernel's max RSS of the
  largest single process if that is higher. *Node max RSS* is our build's Node process alone.
- **Output** is the total size of the built folder; **Pagefind** the size of its search bundles
  (\`pagefind/\` and the older shards in \`pagefind-shards/\`).
- **\`npm start\`, one edit**: bench/devEditChild.ts drives the dev server's rebuild (src/dev/devSite.ts) as
  \`npm start\` does: it lays out the whole site once, then appends a sentence to the last paragraph of three
  articles (a quarter, half and three quarters into the archive), one after another, timing each update from
  the saved file to the rewritten pages, and the search index update that follows the page reload.
- **First search**: bytes and requests a first search for “${report.query}” transfers in Chromium
  (bench/firstSearchBytes.ts), when that module and a Chromium are present.
- Medians of 3 runs for archives of up to 1,000 articles, one run above that unless \`--repeat\` says otherwise.

## Results

${sections.join('\n\n')}

<details><summary>Raw figures (JSON)</summary>

\`\`\`json
${JSON.stringify(report, null, 1)}
\`\`\`

</details>
`;
}

export { renderChart } from './chart.ts';
