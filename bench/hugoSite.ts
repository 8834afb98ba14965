/**
 * Writes a generated archive twice, as our content folder and as the Hugo
 * site of the benchmark (bench/competitors.ts), and prints the commands that
 * build the latter with Hugo and Pagefind's CLI: for timing a cold build of
 * ours and theirs by hand, in the same hour (issue 11, session 5).
 *
 *   node --import tsx bench/hugoSite.ts --count 10000 --dir /tmp/cold/10k
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hugoCommand, pagefindCommand, prepareCompetitors } from './competitors.ts';
import { generateArchive } from './generate.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs('bench/hugoSite.ts --count N --dir DIR', { options: { count: { type: 'string' }, dir: { type: 'string' } } }, ['dir']);
const content = path.join(values.dir, 'content');
await mkdir(content, { recursive: true });
const competitors = await prepareCompetitors(path.join(values.dir, 'competitors'));
for (const article of generateArchive({ count: Number(values.count ?? 1000) })) {
  const file = path.join(content, article.fileName);
  await writeFile(file, article.text);
  await competitors.addArticle(article, file);
}
const hugo = hugoCommand(competitors);
const pagefind = pagefindCommand(competitors.hugoOutput);
process.stdout.write(`${[hugo.command, ...hugo.args].join(' ')}\n${pagefind ? [pagefind.command, ...pagefind.args].join(' ') : 'no pagefind binary'}\n`);
