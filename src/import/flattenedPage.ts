/**
 * A page flattened to one line (a feed's text dump): `Paper: HEADLINE ==== Jane Roe on 04/07/2022 08:44:00 TOWN - The
 * lead …`. A rule of eight `=`, `-` or `_` or more was a line break, and so is the end of a stamp's clock before a
 * dateline in capitals; the copy's words are kept as printed, only its lines are given back.
 */

/** The stamp that ends on a clock, then a place in capitals and a dash: `Jane Roe on 04/07/2022 08:44:00 TOWN - …`. */
const STAMP_BEFORE_DATELINE = /^(?<stamp>[^\n]{0,60}?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)\s+(?=\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*\s+[-–—]\s+\p{Lu})/u;

export function unflattenPage(copy: string): string {
  const lines = copy.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 2 || !lines.some((line) => line.length > 600)) return copy;
  if (!/\s[=_-]{8,}\s/u.test(copy)) return copy;
  const parts = copy.split(/\s+[=_-]{8,}\s+/u).flatMap((part) => {
    const stamp = STAMP_BEFORE_DATELINE.exec(part)?.groups?.['stamp'];
    return stamp === undefined ? [part] : [stamp, part.slice(part.indexOf(stamp) + stamp.length).trimStart()];
  });
  return parts.map((part) => part.trim()).filter((part) => part !== '').join('\n\n');
}
