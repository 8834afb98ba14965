/**
 * Render cache invalidation: a key that changes whenever the output of the
 * pipeline could — our own render modules' source, the version of every
 * unified package they use, and PIPELINE_VERSION.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../util/packageVersion.ts';
import { PIPELINE_VERSION } from './renderMarkdown.ts';

const RENDER_DIR = path.dirname(fileURLToPath(import.meta.url));

export const PIPELINE_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-rehype',
  'hast-util-raw',
  'rehype-sanitize',
  'hast-util-sanitize',
  'rehype-stringify',
  'hast-util-to-html',
  'hast-util-to-string',
  'micromark',
  'mdast-util-to-hast',
];

let cached: Promise<string> | undefined;

export function pipelineKey(): Promise<string> {
  cached ??= (async () => {
    const hash = createHash('sha256').update(`pipeline ${PIPELINE_VERSION}\n`);
    for (const name of PIPELINE_PACKAGES) hash.update(`${name}@${await packageVersion(name)}\n`);
    const sources = (await readdir(RENDER_DIR)).filter((name) => name.endsWith('.ts')).sort();
    for (const name of sources) hash.update(name).update(await readFile(path.join(RENDER_DIR, name)));
    return hash.digest('hex');
  })();
  return cached;
}
