/**
 * Reads a V8 `--cpu-prof` profile and prints where the time went: self time
 * by function and by package (or our own file), and total time (self and
 * callees, each counted once per sample) by function. Used to profile the
 * cold path's stages (issue 11, session 5).
 *
 *   node --import tsx bench/profileSummary.ts PROFILE.cpuprofile [--top 30] [--match renderMarkdown]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>` (scoped packages whole), our `src/…` path, or Node's own. */
export function ownerOf(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  if (url.startsWith('node:')) return 'node';
  return url;
}

function labelOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${ownerOf(url)}:${lineNumber + 1}`;
}

function summarise(profile: Profile, top: number, match: string | undefined): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

  const selfByFunction = new Map<string, number>();
  const selfByOwner = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    all += us;
    selfByFunction.set(labelOf(node), (selfByFunction.get(labelOf(node)) ?? 0) + us);
    const owner = ownerOf(node.callFrame.url);
    selfByOwner.set(owner, (selfByOwner.get(owner) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const label = labelOf(byId.get(at)!);
      if (seen.has(label)) continue;
      seen.add(label);
      totalByFunction.set(label, (totalByFunction.get(label) ?? 0) + us);
    }
  }
  const table = (title: string, rows: Map<string, number>): string => {
    const sorted = [...rows].filter(([label]) => !match || label.includes(match)).sort((a, b) => b[1] - a[1]).slice(0, top);
    const lines = sorted.map(([label, us]) => `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / all).toFixed(1).padStart(5)} %  ${label}`);
    return `${title}\n${lines.join('\n')}\n`;
  };
  return [
    `samples: ${(all / 1000).toFixed(0)} ms`,
    table('self time by package or file', selfByOwner),
    table('self time by function', selfByFunction),
    table('total time by function', totalByFunction),
  ].join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string' }, match: { type: 'string' } },
});
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(`${file}\n${summarise(profile, Number(values.top ?? 30), values.match)}\n`);
}
