/**
 * Reads bylines: `JANE DOE, Associated Press`, `A, B and C`, `By Reuters
 * Staff`, and the name before a time line's stamp.
 */
import { canonicalAgency } from './credit.ts';

/** A name before the relative time: 1–4 capitalised words, not a label. */
export function bylineName(text: string): string | undefined {
  // `Nick Robinson | 11:30 UK time, Thursday, …`: the name stands before the first bar.
  const cleaned = (text.includes('|') ? (text.split('|')[0] ?? '') : text).replace(/[|,:–—-]+$/u, '').trim();
  if (cleaned === '' || cleaned.includes(':') || /^(?:Published|Updated|Posted|Last updated|Source|Date|Time|Sent)\b/i.test(cleaned)) return undefined;
  const words = cleaned.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return cleanBylineName(cleaned);
}

/**
 * `JANE DOE, Associated Press` → `Jane Doe` of AP; `A, B and C` keeps the
 * three names; `VERENA DOBNIK and DAVID CARUSO, Associated Press Writers`
 * → `Verena Dobnik and David Caruso` of AP. `By Reuters Staff` names nobody.
 */
export function readByline(raw: string): { byline: string | undefined; agency?: string | undefined } {
  if (/^(?:\p{Lu}[\p{L}.]*\s+)?Staff(?:\s+\p{L}+)?$/u.test(raw.trim())) return { byline: undefined };
  const parts = raw.split(/\s*,\s*|\s+(?:for|of)\s+/i).map((p) => p.trim()).filter((p) => p !== '');
  let agency: string | undefined;
  const names: string[] = [];
  for (const part of parts) {
    const wire = /^(?:The\s+)?(Associated Press|AP|Reuters|AFP|Bloomberg|Xinhua|PTI|IANS)\b/i.exec(part)?.[1];
    if (wire !== undefined) {
      agency = /associated press/i.test(wire) ? 'AP' : wire.length <= 5 ? wire.toUpperCase() : wire;
      break;
    }
    // `Jane Roe, Anadolu Agency`, `Kim Min-ji, Yonhap`: any agency the list knows, after a name.
    const known = names.length > 0 ? canonicalAgency(part) : undefined;
    if (known !== undefined) {
      agency = known;
      break;
    }
    if (names.length > 0 && !/^\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){1,5}$/u.test(part)) break;
    names.push(part.replace(/\s+(?:Associated Press|AP|Reuters|AFP|Bloomberg)$/i, ''));
  }
  const name = names.join(', ').replace(/,\s([^,]+)$/, names.length > 1 && !/\sand\s/.test(names.at(-1) ?? '') ? ' and $1' : ', $1');
  const cased = name.replace(/\band\b/g, '') !== name.replace(/\band\b/g, '').toUpperCase()
    ? name
    : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase()).replace(/\sAnd\s/g, ' and ');
  return { byline: cased === '' ? undefined : cased, agency };
}

/** `JANE DOE, Associated Press` → `Jane Doe`. */
function cleanBylineName(raw: string): string {
  return readByline(raw).byline ?? raw.trim();
}
