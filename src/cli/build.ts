/**
 * `npm run build`: the production build into `_site/`, search index
 * included. Exit 1, with every problem listed, when the content has errors;
 * the published site is then left as it was.
 *
 * Split across CI runners: `--part K/N --output DIR` builds part K of N
 * (src/pipeline/parts.ts); `--join DIR… --output DIR` checks the parts and
 * publishes them as one site (src/pipeline/joinParts.ts).
 */
import { parseArgs } from 'node:util';
import { build } from '../build.ts';
import { JoinError, joinParts } from '../pipeline/joinParts.ts';
import { parsePart } from '../pipeline/parts.ts';
import { formatText } from '../report/formatMessages.ts';
import { consoleReporter } from '../report/progress.ts';
import { site } from '../site.ts';
import { counted } from '../text/counted.ts';

const WARNINGS_LISTED = 20;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    part: { type: 'string' },
    // The folders of the parts follow it: --join parts/1 parts/2 parts/3
    join: { type: 'boolean', default: false },
    content: { type: 'string', default: site.contentDir },
    output: { type: 'string', default: site.outputDir },
    drafts: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
  },
});

async function join(): Promise<void> {
  try {
    const joined = await joinParts(positionals, values.output);
    const ms = Object.entries(joined.timings).map(([step, time]) => `${step} ${Math.round(time)} ms`).join(', ');
    console.log(`Joined ${joined.parts} parts into ${values.output}/ (${joined.files.toLocaleString('en-US')} files, ${joined.shards} search shards): ${ms}`);
  } catch (error) {
    console.error(error instanceof JoinError ? error.message : `Join failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`${values.output}/ was left as it was.`);
    process.exitCode = 1;
  }
}

if (values.join) await join();
else if (positionals.length > 0) {
  console.error(`Unexpected argument ${positionals[0]}, expected options only (folders of parts follow --join)`);
  process.exitCode = 1;
} else try {
  const result = await build({
    ...(values.part === undefined ? {} : { part: parsePart(values.part) }),
    contentDir: values.content,
    outputDir: values.output,
    includeDrafts: values.drafts,
    clean: values.clean,
    reporter: consoleReporter(),
  });
  // Every error; warnings past the first 20 are counted by rule (`npm run check` lists them all).
  const report = formatText(result.archive.files, { limit: WARNINGS_LISTED });
  if (!result.ok) {
    console.error(report);
    console.error(`Build refused: fix the errors above. ${values.output}/ was left as it was.`);
    process.exitCode = 1;
  } else {
    if (result.archive.files.some((file) => file.messages.length > 0)) console.error(report);
    const stages = Object.entries(result.timings)
      .map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
      .join(', ');
    const layout = result.layout ? `, ${counted(result.layout.laidOut, 'page')} laid out, ${counted(result.layout.reused, 'page')} reused` : '';
    console.log(
      `Built ${counted(result.archive.articles.length, 'article')} into ${values.output}/ (${counted(result.pages ?? 0, 'page')} indexed${layout}): ${stages}`,
    );
  }
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${values.output}/ was left as it was.`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
