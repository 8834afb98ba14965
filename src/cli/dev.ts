/**
 * `npm start`: builds the site into `_site/`, serves it with live reload
 * (Eleventy's dev server) and, on every change under `content/`, rewrites
 * only the pages the change touched (src/dev/devSite.ts), then re-indexes the
 * search shard it fell in. A change to `templates/` or `public/` lays out
 * every page; a change to `src/` restarts the process (`tsx watch`).
 * Content errors are printed and the site is left as it was.
 */
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { DevSite, type UpdateResult } from '../dev/devSite.ts';
import { formatText } from '../report/formatMessages.ts';
import { site } from '../site.ts';
import { counted } from '../text/counted.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: site.contentDir },
    output: { type: 'string', default: site.outputDir },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    drafts: { type: 'boolean', default: process.env.DRAFTS === '1' },
  },
});

interface DevServer {
  serve(port: number): void;
  reload(event?: { files?: string[] }): void;
}
// Eleventy's own dev server (CommonJS, untyped): live reload without a dependency of our own.
// https://www.11ty.dev/docs/dev-server/
const EleventyDevServer = createRequire(import.meta.url)('@11ty/eleventy-dev-server') as {
  getServer(name: string, dir: string, options: object): DevServer;
};

const devSite = new DevSite({ contentDir: values.content, outputDir: values.output, includeDrafts: values.drafts });
const ms = (value: number): string => `${Math.round(value)} ms`;

function describe(result: UpdateResult): string {
  const { changes, timings } = result;
  if (!changes) return 'not laid out';
  const what = changes.whole ? `all ${changes.pages} pages` : counted(changes.pages, 'page');
  const extra = changes.pass.first && !changes.whole ? ' and the feeds, sitemap and quotes' : '';
  const removed = changes.removed.length > 0 ? `, removed ${changes.removed.length}` : '';
  return `${what}${extra}${removed} in ${ms(timings.total)} (content ${ms(timings.content)}, changes ${ms(timings.diff)}, layout ${ms(timings.layout)})`;
}

let server: DevServer | undefined;
let running: Promise<void> | undefined;
let again = false;

/** Messages of the files this update read, and errors anywhere; the rest was reported before. */
function report(result: UpdateResult): void {
  const shown = result.archive.files.filter(
    (file) => file.messages.length > 0 && (result.changedFiles.has(file.path) || file.messages.some((m) => m.fatal === true)),
  );
  if (shown.length > 0) console.error(formatText(shown));
  const others = result.archive.files.filter((file) => file.messages.length > 0).length - shown.length;
  if (others > 0) console.error(`${others} unchanged file${others === 1 ? ' has' : 's have'} warnings: \`npm run check\` lists them.`);
}

async function rebuild(): Promise<void> {
  const result = await devSite.update();
  report(result);
  if (!result.changes) {
    console.error('The content has errors: the site was left as it was. Fix them and save again.');
    return;
  }
  console.log(`Rewrote ${describe(result)}`);
  server?.reload();
  const started = performance.now();
  const indexed = await devSite.index();
  const reindexed = indexed?.shards.filter((shard) => !shard.cached).length ?? 0;
  console.log(`Search index: ${reindexed} of ${indexed?.shards.length ?? 0} shards re-indexed in ${ms(performance.now() - started)}`);
}

/** One rebuild at a time; changes that arrive meanwhile make one more. */
function schedule(): void {
  if (running) {
    again = true;
    return;
  }
  running = rebuild()
    .catch((error: unknown) => console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
}

let timer: NodeJS.Timeout | undefined;
/** Editors save several files at once: wait for the burst to end. */
function changed(layoutToo: boolean): void {
  if (layoutToo) devSite.invalidateLayout();
  clearTimeout(timer);
  timer = setTimeout(schedule, 50);
}

await rebuild();
server = EleventyDevServer.getServer('news-archive', values.output, { liveReload: true, domDiff: false, showVersion: false });
server.serve(Number(values.port));
watch(values.content, { recursive: true }, () => changed(false));
for (const folder of ['templates', 'public']) watch(folder, { recursive: true }, () => changed(true));
console.log(`Watching ${values.content}/, templates/ and public/.`);
