/**
 * CPU of the load and validate stages alone, per file, on a folder of
 * articles: read + decode, frontmatter parse, validate (schema, body, URL),
 * the file's warnings and render input, as a cold build does them.
 *
 *   npx tsx bench/loadStage.ts --content /tmp/load/c2k [--repeat 3]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { findContentFiles } from '../src/load/findContentFiles.ts';
import { parseFrontmatter } from '../src/load/parseFrontmatter.ts';
import { decodeSource } from '../src/load/readSource.ts';
import { renderInput, validateArticle } from '../src/pipeline/sourceStages.ts';
import { addFileWarnings } from '../src/validate/editorWarnings.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, repeat: { type: 'string', default: '3' } } });
if (!values.content) throw new Error('--content DIR is required');
const files = await findContentFiles(values.content);
const bytes = await Promise.all(files.map((file) => readFile(file)));

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const rounds: Array<Record<string, number>> = [];
for (let round = 0; round < Number(values.repeat); round++) {
  const t = { decode: 0, parse: 0, validate: 0, warnings: 0, messages: 0 };
  for (let i = 0; i < files.length; i++) {
    let start = cpu();
    const file = decodeSource(new VFile({ path: files[i]! }), bytes[i]!);
    t.decode += cpu() - start;
    start = cpu();
    const source = parseFrontmatter(file);
    t.parse += cpu() - start;
    start = cpu();
    const valid = validateArticle({ file, source });
    if (valid) renderInput(valid);
    t.validate += cpu() - start;
    start = cpu();
    if (valid) addFileWarnings(valid, { today: new Date('2026-12-01') });
    t.warnings += cpu() - start;
    t.messages += file.messages.length;
  }
  rounds.push(t);
}
const median = (key: string) => {
  const sorted = rounds.map((r) => r[key]!).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const perFile = (key: string) => `${((median(key) * 1000) / files.length).toFixed(1)} µs`;
console.log(`${files.length} files, median of ${rounds.length}: decode ${perFile('decode')}, parse ${perFile('parse')}, validate ${perFile('validate')}, warnings ${perFile('warnings')} a file; messages ${median('messages')}`);
