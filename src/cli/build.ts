/**
 * `npm run build`: the production build into `_site/`, search index
 * included. Exit 1, with every problem listed, when the content has errors;
 * the published site is then left as it was.
 */
import { parseArgs } from 'node:util';
import { build } from '../build.ts';
import { formatText } from '../report/formatMessages.ts';
import { consoleReporter } from '../report/progress.ts';
import { site } from '../site.ts';

const WARNINGS_LISTED = 20;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: site.contentDir },
    output: { type: 'string', default: site.outputDir },
    drafts: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
  },
});

try {
  const result = await build({
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
    const layout = result.layout ? `, ${result.layout.laidOut} pages laid out, ${result.layout.reused} pages reused` : '';
    console.log(
      `Built ${result.archive.articles.length} articles into ${values.output}/ (${result.pages ?? 0} pages indexed${layout}): ${stages}`,
    );
  }
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${values.output}/ was left as it was.`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 1;
}
