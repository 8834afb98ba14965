/**
 * Publish: the files of a staging folder with their sizes, listed by a `find`
 * child process, so that the build's record of the site it publishes
 * (src/pipeline/layoutState.ts `SiteIdentity.files`) is made on the other
 * core while the index stage runs, not after the swap: at 10k, 23,756 files
 * in 24,162 folders, 2.2-2.5 s of the one-article build's publish at load 10
 * (0.6 s of CPU). Only what the index stage does not write is listed (`skip`:
 * top-level folders), so the list made before indexing is the published
 * site's. Resolves undefined where that failed (no GNU find): the caller
 * lists the published folder itself (listTree).
 */
import { spawn } from 'node:child_process';

/** `[relative path, size]` of every regular file under `dir` but the top-level entries named in `skip`. */
export function listFilesInChild(dir: string, skip: Iterable<string>): Promise<Array<[string, number]> | undefined> {
  const pruned = [...skip].flatMap((name, i) => [...(i > 0 ? ['-o'] : []), '-path', `./${name.replace(/[*?[\]\\]/g, '\\$&')}`]);
  const args = ['.', '-mindepth', '1', ...(pruned.length > 0 ? ['(', ...pruned, ')', '-prune', '-o'] : []), '-type', 'f', '-printf', '%P\\0%s\\0'];
  return new Promise((resolve) => {
    const child = spawn('find', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => {
      if (code !== 0) return resolve(undefined);
      const fields = Buffer.concat(chunks).toString('utf8').split('\0');
      const files: Array<[string, number]> = [];
      for (let i = 0; i + 1 < fields.length; i += 2) files.push([fields[i]!, Number(fields[i + 1])]);
      resolve(files);
    });
  });
}
