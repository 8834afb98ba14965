/**
 * What a page prints under an article's text: a wire's end mark and the desk's address (`(END)`), a date stamp
 * (`December 8, 2020`, `07.02.2014, 11:04` above `Share |`), trailers (`Source: Xinhua`, `– BERNAMA`), the writer's name
 * alone (`Shaza Qreima`) or a signed byline (`Reported By Jane Roe`, `By Jane Roe, Barbados Today`). Taken out of `rest`,
 * their facts merged into `facts` where it has none.
 */
import { isKnownAgency } from './credit.ts';
import { closingByline, closingName, footerStamp } from './headerShapes.ts';
import type { LineFacts } from './types.ts';
import { knownOutlet } from './outlets.ts';
import { readTimeLine } from './timeLine.ts';
import { takeTrailers } from './trailers.ts';

export function takeFooter(rest: string[], facts: LineFacts): void {
  // A wire's end mark and the desk's address (`sam@yna.co.kr` / `(END)`) close the copy; they are no part of the text.
  while (rest.length > 1 && /^(?:\(END\)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i.test((rest.at(-1) ?? '').trim())) rest.pop();
  // A date stamp printed after the text (`December 8, 2020`) is no part of it.
  const footer = rest.length > 1 ? readTimeLine(rest.at(-1) ?? '') : undefined;
  if (footer) {
    rest.pop();
    facts.date ??= footer.date;
  }
  // `07.02.2014, 11:04` under the text, above `Share |` and the page's notices: the copy's stamp.
  const stamp = facts.date === undefined ? footerStamp(rest) : undefined;
  if (stamp) {
    rest.splice(stamp.index, 1);
    facts.date = stamp.date;
  }
  // Trailers after the text (`Source: Xinhua`, `– BERNAMA`, `—KUNA` on the last line, a copyright line).
  merge(facts, takeTrailers(rest, facts.agency !== undefined));
  // `Shaza Qreima` alone closing the text: its writer.
  const closing = facts.byline === undefined ? closingName(rest) : undefined;
  if (closing !== undefined) {
    facts.byline = closing.byline;
    rest.splice(closing.index);
  }
  const signed = facts.byline === undefined ? closingByline(rest) : undefined;
  if (signed !== undefined) {
    facts.byline = signed.byline;
    // `By Jane Roe, Barbados Today` signing a staff story: a listed paper there published it; an agency there is the source.
    if (signed.agency !== undefined && !isKnownAgency(signed.agency) && knownOutlet(signed.agency) !== undefined) facts.outlet ??= signed.agency;
    else facts.agency ??= signed.agency;
    rest.splice(signed.index, 1);
  }
}

/** Takes a line's facts where `facts` has none. */
export function merge(facts: LineFacts, line: LineFacts): void {
  facts.outlet ??= line.outlet;
  facts.agency ??= line.agency;
  facts.date ??= line.date;
  // `Reuters Staff` above the text names nobody; `Reporting by A; writing by B` under it names the writers.
  if (facts.byline === undefined || (facts.byline === '' && line.byline !== undefined && line.byline !== '')) facts.byline = line.byline;
  if (facts.place === undefined && line.place !== undefined) {
    facts.place = line.place;
    facts.placePrinted = line.placePrinted;
  }
}
