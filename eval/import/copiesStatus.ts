/**
 * Which copies of the development set are on this machine, and how to fetch
 * the rest: the copies are git-ignored, so a new checkout has none. Lists, by
 * the search query that finds them (corpus `pages`), each copy that is missing
 * or whose text no longer matches its fingerprint, with its page's address; a
 * copy is restored by saving that page's excerpt as `copies/<id>.txt`.
 *
 *   npx tsx eval/import/copiesStatus.ts            # missing and changed, by query
 *   npx tsx eval/import/copiesStatus.ts --summary  # counts only
 */
import { parseArgs } from 'node:util';
import { matchesFingerprint, readCopy, readSet } from './evalSet.ts';

const { values } = parseArgs({ options: { summary: { type: 'boolean', default: false } } });

const byQuery = new Map<string, string[]>();
const counts = { ok: 0, missing: 0, changed: 0 };
for (const entry of readSet()) {
  const copy = readCopy(entry.id);
  const state = copy === undefined ? 'missing' : matchesFingerprint(entry, copy) ? 'ok' : 'changed';
  counts[state]++;
  if (state === 'ok') continue;
  const lines = byQuery.get(entry.refetch.query) ?? [];
  lines.push(`  ${state === 'changed' ? 'CHANGED ' : ''}${entry.id}  ${entry.url}`);
  byQuery.set(entry.refetch.query, lines);
}
if (!values.summary) {
  for (const [query, lines] of byQuery) console.log(`${query}\n${lines.join('\n')}`);
}
console.log(`${counts.ok} copies match their fingerprints, ${counts.missing} missing, ${counts.changed} changed`);
