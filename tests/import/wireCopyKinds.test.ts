/**
 * Kinds of real copy found while growing the development set to 60 copies
 * (issue 13, round 2): hard-wrapped terminal copy, other languages' marks,
 * verbs and dates, archives' one-line exports. Each fixture was written for
 * the test, paraphrased; none is taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDate } from '../../src/import/dates.ts';
import { parseDateline } from '../../src/import/dateline.ts';
import { readHeader } from '../../src/import/header.ts';
import { importCopy } from '../../src/import/importCopy.ts';
import { splitParagraphs } from '../../src/import/paragraphs.ts';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): [string, string][] => extractQuotes(body).quotes.map((q) => [q.text, q.speaker]);

/** A copy wrapped at 78 characters, as news-agency terminals and their archives print it. */
const WRAPPED = [
  'Ferry talks resume after storm delay',
  'HARBOURTON, March 4 (Yonhap) -- Talks on restoring the island ferry resumed on',
  'Tuesday after a week of storms, with the transport ministry calling the service',
  'a lifeline for thousands of residents.',
  '"The ferry is the only road these villages have, and we intend to reopen it',
  'before the summer season begins," Park Min-seo, spokeswoman for the transport',
  'ministry, told reporters.',
  'Fishermen on the island said the storms had also damaged the harbour wall and',
  'several boats, and that repairs would take at least a month to finish properly.',
].join('\n');

test('a copy hard-wrapped at a fixed width reads as paragraphs, a short line ending each', () => {
  const paragraphs = splitParagraphs(WRAPPED);
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[1] ?? '', /^HARBOURTON, .* residents\.$/);
  assert.match(paragraphs[3] ?? '', /^Fishermen .* properly\.$/);
});

test('a quote wrapped over three lines is found whole, with its speaker', () => {
  const article = importCopy(WRAPPED);
  assert.equal(article.frontmatter.dateline?.place, 'Harbourton');
  assert.deepEqual(article.frontmatter.quotes.map((q) => [q.text, q.speaker]), [
    ['The ferry is the only road these villages have, and we intend to reopen it before the summer season begins', 'Park Min-seo'],
  ]);
});

test("two apostrophes for a double mark, and an agency after the date without parentheses ('TOKYO, Feb. 3 Kyodo -')", () => {
  const d = parseDateline("LAKESIDE, Feb. 3 Kyodo - The city said Tuesday it would close the bridge.");
  assert.equal(d?.place, 'Lakeside');
  assert.equal(d?.agency, 'Kyodo');
  assert.deepEqual(speakers("Mayor Aiko Tanaka told reporters, ''We will reopen the bridge when the ice has gone.'' She gave no date."), [
    ['We will reopen the bridge when the ice has gone.', 'Aiko Tanaka'],
  ]);
});

test('a straight mark after a space and before a word opens a new quote when the one before was never closed', () => {
  // The page lost the end of the first quote: its mark never closes, and the next quote must still be found.
  const body = 'Earlier, the minister said, "We will look at the figures with great Meanwhile, Defence Minister Lena Varga told reporters, "We are ready to respond appropriately." The ministry gave no details.';
  assert.deepEqual(speakers(body), [['We are ready to respond appropriately.', 'Lena Varga']]);
});

test('straight quotes nested in straight quotes stay one quote', () => {
  const body = 'Tomas Berg said: "My neighbour shouted "fire" and we all ran out into the street."';
  assert.deepEqual(speakers(body), [['My neighbour shouted "fire" and we all ran out into the street.', 'Tomas Berg']]);
});

test('German marks and verbs: „…“, sagte with a one-word title kept out of the name; Berlin (dpa). is a dateline', () => {
  const d = parseDateline('Berlin (dpa). Die Minister haben am Mittwoch einen Plan beschlossen.');
  assert.equal(d?.place, 'Berlin');
  assert.equal(d?.agency, 'dpa');
  assert.deepEqual(speakers('„Wir werden den Plan noch in diesem Jahr umsetzen“, sagte Bundesverkehrsminister Karl Weber am Mittwoch.'), [
    ['Wir werden den Plan noch in diesem Jahr umsetzen', 'Karl Weber'],
  ]);
});

test('Spanish verbs after the quote (ha señalado) and circumstances in Spanish are no part of the speaker', () => {
  assert.deepEqual(speakers('“Vamos a apoyar a los ministros que toman decisiones”, ha señalado Marta Ruiz en una entrevista.'), [
    ['Vamos a apoyar a los ministros que toman decisiones', 'Marta Ruiz'],
  ]);
  assert.deepEqual(speakers('"Es una noticia muy mala para todos", dijo Pablo Ortega a la entrada de la reunión.'), [
    ['Es una noticia muy mala para todos', 'Pablo Ortega'],
  ]);
});

test('dates printed in Spanish, German and Indonesian are read', () => {
  assert.deepEqual(findDate('martes 05 de junio de 2007, 09:21h')?.date, { year: 2007, month: 6, day: 5 });
  assert.deepEqual(findDate('am 12. März 2011')?.date, { year: 2011, month: 3, day: 12 });
  assert.deepEqual(findDate('Kamis, 24 Februari 2011')?.date, { year: 2011, month: 2, day: 24 });
});

test('a capitalised "He said." after a quote that ends with a full stop attributes it', () => {
  const body = 'Omar Haddad, the deputy minister for media, told the paper that a centre would open soon.\n\n“The new centre will bring the two countries closer.” He said.';
  assert.deepEqual(speakers(body), [['The new centre will bring the two countries closer.', 'Omar Haddad']]);
});

test('a sentence opening "Asked by reporters whether …," is circumstance: the speaker is the name before the verb', () => {
  const body = 'Foreign Minister Yu Jin-ho spoke on Wednesday.\n\nAsked by reporters whether he believed a North Korean mine was to blame, Yu said, "It is obvious."';
  assert.deepEqual(speakers(body), [['It is obvious.', 'Yu Jin-ho']]);
});

test("an organisation's quote and the quote after it are marked for the editor with the organisation the copy gives", () => {
  const body = '"We need more time to study the proposal," the city\'s water board said in a statement. "But our position has not changed."';
  const quotes = extractQuotes(body).quotes;
  assert.equal(quotes.length, 2);
  assert.match(quotes[0]?.speaker ?? '', /^TODO: .*"the city's water board"/);
  assert.equal(quotes[1]?.speaker, quotes[0]?.speaker);
});

test("an archive's one-line export gives outlet, date, headline, byline and agency from its labels", () => {
  const header = readHeader('SOURCE: The Baltic Courier DATE: Issue #12 (3), Tuesday, March 20, 2001 ********** TITLE: Port Strike Ends AUTHOR: By Ann Lind PUBLISHER: Reuters TEXT: KLAIPEDA, Lithuania - Dock workers returned to work on Monday after a two-week strike.');
  assert.equal(header.title, 'Port Strike Ends');
  assert.equal(header.outlet, 'The Baltic Courier');
  assert.equal(header.agency, 'Reuters');
  assert.equal(header.byline, 'Ann Lind');
  assert.deepEqual(header.publishedDate, { year: 2001, month: 3, day: 20 });
  assert.equal(header.dateline?.place, 'Klaipeda');
});

test("a city with its country in parentheses is a dateline, and the agency's trailer on the last line is the agency", () => {
  const d = parseDateline('Dakar (Senegal) Police seized two tonnes of cannabis on Monday, officials said.');
  assert.equal(d?.place, 'Dakar');
  assert.equal(d?.agency, undefined);
  const header = readHeader('Port Reopens\n\nKUWAIT: The port reopened on Saturday.\n\nShips queued outside the harbour for hours. —KUNA');
  assert.equal(header.agency, 'KUNA');
  assert.equal(header.body.at(-1), 'Ships queued outside the harbour for hours.');
});

test("a stamp line is no place, an editors' advisory and a page's furniture go, and SANA'A- is a place", () => {
  const header = readHeader(['Shortlink :', 'Tue, 11/25/2008 - 14:34', 'Talks Postponed', '(ATTN: UPDATES with statement)', 'SEOUL, Nov. 24 (Yonhap) -- The talks were postponed on Monday.'].join('\n\n'));
  assert.equal(header.title, 'Talks Postponed');
  assert.equal(header.dateline?.place, 'Seoul');
  assert.deepEqual(header.body, ['SEOUL, Nov. 24 (Yonhap) -- The talks were postponed on Monday.']);
  assert.deepEqual(readHeader('Talks Postponed\n\nThe talks were postponed on Monday.\n\nsam@example.org\n\n(END)').body, ['The talks were postponed on Monday.']);
  assert.equal(parseDateline("SANA'A- The minister arrived on Monday.")?.place, "Sana'a");
});
