/**
 * A count with its noun, as the console and the pages print it: `1 article`, `10,000 articles`
 * (grouped the English way, like every other count the tool prints).
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
