/**
 * Month names of the European languages chrono-node does not read — Polish,
 * Czech, Slovak, Romanian, Turkish, Danish and Norwegian, Croatian, Bosnian
 * and Serbian (Latin script), Greek, Hungarian, Lithuanian, Latvian and Albanian — as
 * the stems their declined forms share (`marca`, `března`, `martie`), read
 * in the orders wire copy prints them: `4 marca 2019`, `4. března 2019`,
 * `2019. március 4.` — always with the year, since a number and a word alone
 * could be anything. A stem is matched at the start of the word only.
 */
import type { FoundDate } from './dates.ts';

/** For each month (January first), the stems its names start with, lower case. */
const STEMS: readonly (readonly string[])[] = [
  ['stycz', 'leden', 'ledna', 'január', 'janua', 'ianuarie', 'ocak', 'siječ', 'sijec', 'ιανουαρ', 'sausio', 'janvār', 'janar'],
  ['luty', 'lutego', 'únor', 'února', 'febru', 'februarie', 'şubat', 'subat', 'veljač', 'veljac', 'φεβρουαρ', 'vasario', 'vasar', 'februār', 'shkurt'],
  ['marz', 'marc', 'břez', 'brez', 'március', 'marts', 'martie', 'mart', 'mars', 'ožuj', 'ozuj', 'μαρτ', 'kovo', 'mart'],
  ['kwie', 'dub', 'április', 'aprilie', 'nisan', 'trav', 'απριλ', 'balandž', 'april', 'prill'],
  ['maj', 'květ', 'kvet', 'május', 'mai', 'mayıs', 'mayis', 'svib', 'μαΐ', 'μαι', 'gegužės', 'geguz'],
  ['czerw', 'června', 'červen', 'jún', 'június', 'iunie', 'haziran', 'lipanj', 'lipnja', 'ιουν', 'birželio', 'jūnij', 'jun', 'qershor'],
  ['lipiec', 'lipca', 'července', 'červenec', 'júl', 'július', 'iulie', 'temmuz', 'srpanj', 'srpnja', 'ιουλ', 'liepos', 'jūlij', 'jul', 'korrik'],
  ['sierp', 'srpen', 'srpna', 'augusz', 'august', 'ağustos', 'agustos', 'kolovoz', 'kolovoza', 'αυγουστ', 'rugpjūčio', 'augusts', 'avgust', 'gusht'],
  ['wrze', 'září', 'szept', 'septembrie', 'eylül', 'eylul', 'rujan', 'rujna', 'σεπτεμβρ', 'rugsėjo', 'septembr', 'septemb', 'shtator'],
  ['paźdz', 'pazdz', 'říj', 'rij', 'októ', 'octombrie', 'ekim', 'οκτωβρ', 'spalio', 'oktobr', 'oktob', 'tetor'],
  ['novem', 'noiembrie', 'kasım', 'kasim', 'studen', 'νοεμβρ', 'νοέμβρ', 'lapkričio', 'novembr', 'nëntor', 'nentor'],
  ['grud', 'prosin', 'decem', 'decembrie', 'aralık', 'aralik', 'δεκεμβρ', 'gruodžio', 'decembr', 'desember', 'december', 'dhjetor'],
];

/**
 * Some names belong to two months in two languages: `lipca` is July in Polish,
 * `lipnja` June in Croatian (both listed whole, the longest matching stem
 * decides); `listopad` is November in Polish and Czech but October in Croatian,
 * so it is not listed at all and such a date stays the editor's.
 */
function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().normalize('NFC');
  let best: { month: number; length: number } | undefined;
  STEMS.forEach((stems, index) => {
    for (const stem of stems) if (lower.startsWith(stem) && (best === undefined || stem.length > best.length)) best = { month: index + 1, length: stem.length };
  });
  // A short stem must be most of the word (`mai` is no stem of `maize`); a declined name may be long (`października`).
  if (best === undefined || lower.length > best.length + 8 || (best.length < 4 && lower.length > best.length + 2)) return undefined;
  return best.month;
}

const DAY_MONTH = /(?<![\p{L}\d])(?<day>[0-3]?\d)\.?\s+(?<month>\p{L}{3,12})\.?,?\s+(?<year>(?:19|20)\d{2})(?![\p{L}\d])/gu;
const YEAR_MONTH_DAY = /(?<![\p{L}\d])(?<year>(?:19|20)\d{2})\.\s+(?<month>\p{L}{3,12})\s+(?<day>[0-3]?\d)\.?(?![\p{L}\d])/gu;

/** The first date in `text` written with one of these month names, if any. */
export function findTableDate(text: string): FoundDate | undefined {
  let found: FoundDate | undefined;
  for (const pattern of [DAY_MONTH, YEAR_MONTH_DAY]) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const month = monthOf(groups['month'] ?? '');
      const day = Number(groups['day']);
      const year = Number(groups['year']);
      // Always with its year: a number and a word alone (`5 Martins`) could be anything.
      if (month === undefined || day < 1 || day > 31) continue;
      const index = match.index ?? 0;
      if (found === undefined || index < found.index) found = { date: { year, month, day }, index, length: match[0].length };
      break;
    }
  }
  return found;
}
