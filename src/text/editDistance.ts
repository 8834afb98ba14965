/**
 * How many letters added, dropped or changed turn one word into another
 * (Levenshtein distance): a key's typo for a "did you mean" hint
 * (`titel` → `title`), a surname the copy spells one letter otherwise
 * (`Koshiyari` … `Kosiyari`).
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
