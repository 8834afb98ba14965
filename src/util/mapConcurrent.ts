/**
 * At most `limit` calls of `fn` in flight at once, results in the order of
 * `items`: cache reads (src/render/renderAll.ts), file links
 * (src/pipeline/reusePages.ts).
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(0, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  });
  await Promise.all(runners);
  return results;
}
