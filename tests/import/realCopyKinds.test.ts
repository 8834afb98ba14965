/**
 * The kinds of real wire copy issue 13 lists, each in a short copy written
 * for the test (paraphrased, not taken from any published article).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline } from '../../src/import/dateline.ts';
import { readHeader } from '../../src/import/header.ts';
import { importCopy } from '../../src/import/importCopy.ts';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): [string, string][] => extractQuotes(body).quotes.map((q) => [q.text, q.speaker]);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('a dateline filed from two cities keeps both, with the agency', () => {
  const d = parseDateline('SEOUL/WASHINGTON (Reuters) - Officials met on Friday.');
  assert.equal(d?.place, 'Seoul/Washington');
  assert.equal(d?.agency, 'Reuters');
});

test('a known place in title case before a colon is the dateline', () => {
  assert.equal(parseDateline('Kabul: Elders agreed a truce on Thursday.')?.place, 'Kabul');
  assert.equal(parseDateline('Analysis: Why the truce may not hold.'), undefined);
});

test('an agency-first dateline gives agency, place and date', () => {
  const d = parseDateline('(ANSA) - ROMA, 23 FEB - "È un fatto grave", ha detto il senatore.');
  assert.equal(d?.place, 'Roma');
  assert.equal(d?.agency, 'ANSA');
  assert.deepEqual(d?.date, { year: undefined, month: 2, day: 23 });
});

test('an agency named after the date without parentheses is the agency, not the place', () => {
  const d = parseDateline('Tehran, Jan 23, IRNA -- The spokesman denied the report on Sunday.');
  assert.equal(d?.place, 'Tehran');
  assert.equal(d?.agency, 'IRNA');
});

test('a mixed-case place with a date before a wire credit is a dateline', () => {
  const d = parseDateline('Aboard Air Force One, Sep 7 (IANS) The president said there were leads.');
  assert.equal(d?.place, 'Aboard Air Force One');
  assert.equal(d?.agency, 'IANS');
});

test('a caption label in capitals is no place', () => {
  assert.equal(parseDateline('FILE: Police officers watch a protest in the city centre.'), undefined);
});

test('a dateline on a line of its own gives the place and the date', () => {
  const header = readHeader(copy('Convoy Attacked', 'New York, Aug 11 2007 11:00AM', 'A convoy was attacked today, officials said.'));
  assert.equal(header.dateline?.place, 'New York');
  assert.deepEqual(header.publishedDate, { year: 2007, month: 8, day: 11 });
  assert.deepEqual(header.body, ['A convoy was attacked today, officials said.']);
});

test('an agency line and a stamp line above the text give agency and date, and go', () => {
  const header = readHeader(copy('Ministers Urged To Stay Away', 'Source: PTI', 'July 11, 2006 23:16 IST', 'The minister asked officials to stay away.'));
  assert.equal(header.agency, 'PTI');
  assert.deepEqual(header.publishedDate, { year: 2006, month: 7, day: 11 });
  assert.deepEqual(header.body, ['The minister asked officials to stay away.']);
});

test('an "agency | place | updated" line gives agency, place and a day-first date', () => {
  const { frontmatter } = importCopy(copy('Bottle Found Near Airport Wall', 'PTI | Mumbai | Updated: 13-08-2021 15:36 IST | Created: 13-08-2021 15:36 IST', 'A case was registered, police said on Friday.'));
  assert.equal(frontmatter.source.agency, 'PTI');
  assert.equal(frontmatter.dateline?.place, 'Mumbai');
  assert.equal(frontmatter.date, '2021-08-13');
});

test('an ambiguous numeric date is not guessed', () => {
  const { frontmatter } = importCopy(copy('Market Opens', 'Reuters | Chicago | Updated: 03-08-2021', 'Trading opened higher on Monday.'));
  assert.match(frontmatter.date, /^TODO/);
});

test('a staff byline names nobody, and its stamp gives the date', () => {
  const header = readHeader(copy('Hotline Restored', 'By UPI Staff | Jan. 03, 2018', 'SEOUL, South Korea, Jan. 3 (UPI) -- The two Koreas spoke by phone.'));
  assert.equal(header.byline, undefined);
  assert.deepEqual(header.publishedDate, { year: 2018, month: 1, day: 3 });
  assert.equal(header.dateline?.agency, 'UPI');
});

test('an agency trailer after the text is the agency and leaves the body', () => {
  const header = readHeader(copy('Police Rule Out Militants', 'The district is safe for visitors, the police chief said.', '– BERNAMA'));
  assert.equal(header.agency, 'Bernama');
  assert.deepEqual(header.body, ['The district is safe for visitors, the police chief said.']);
  const bracket = importCopy(copy('Ministry Denies Report', 'A ministry source denied the report on Monday.', '[Source: Reuters, Paris, 06Oct14]'));
  assert.equal(bracket.frontmatter.source.agency, 'Reuters');
  assert.equal(bracket.frontmatter.dateline?.place, 'Paris');
  assert.equal(bracket.frontmatter.date, '2014-10-06');
});

test("a blog's date line above the headline is the date, not the title", () => {
  const header = readHeader(copy('Monday, November 30, 2009', 'A Lesson In Prejudice', 'By Amir Hadi', 'KUALA LUMPUR, Nov 27 — I attended the course last year.'));
  assert.equal(header.title, 'A Lesson In Prejudice');
  assert.equal(header.byline, 'Amir Hadi');
  assert.equal(importCopy(copy('Monday, November 30, 2009', 'A Lesson In Prejudice', 'KUALA LUMPUR, Nov 27 — I attended the course.')).frontmatter.date, '2009-11-27');
});

test('an AP writers byline scraped onto the headline becomes two people and the agency', () => {
  const header = readHeader(copy('Storm Floods Subway By JANE ROE and JOHN DOE, Associated Press Writers', 'NEW YORK - Heavy rain flooded the subway on Wednesday.'));
  assert.equal(header.title, 'Storm Floods Subway');
  assert.equal(header.byline, 'Jane Roe and John Doe');
  assert.equal(header.agency, 'AP');
});

test('a byline of three reporters keeps all three', () => {
  assert.equal(readHeader(copy('Agency Turns 100', 'By Ayla Demir, Sema Kaya and Ali Tosun', 'ANKARA (AA) – Ministers marked the day.')).byline, 'Ayla Demir, Sema Kaya and Ali Tosun');
});

test('the outlet named on a line of its own is the outlet', () => {
  const { frontmatter } = importCopy(copy('Washington Post', '12 hours ago', 'Rookie Rises Fast', 'HOUSTON — The rookie made his debut on opening day.'));
  assert.equal(frontmatter.source.outlet, 'The Washington Post');
  assert.equal(frontmatter.dateline?.place, 'Houston');
});

test('a name followed by a weekday is still the speaker, in full, for "he" and the surname', () => {
  const body = 'Foreign Office Spokesperson Amir Khan Chaudhri Friday said the claims were false.\n\n"These claims have no basis," he remarked.\n\n"We reject them," Chaudhri added.';
  assert.deepEqual(speakers(body), [['These claims have no basis', 'Amir Khan Chaudhri'], ['We reject them', 'Amir Khan Chaudhri']]);
});

test('honorifics stay out of the name', () => {
  const body = '"The stall was built on state land," municipal councillor Datuk Lim Kok Wah said yesterday.';
  assert.deepEqual(speakers(body), [['The stall was built on state land', 'Lim Kok Wah']]);
});

test('a name inside a quote is no antecedent for "he"', () => {
  const body =
    'Party president Raja Kumar said he was saddened by the rally.\n\n' +
    '"The Prime Minister (Datuk Ahmad Ismail) has always listened to them, but they should have obeyed the law," he said.';
  assert.deepEqual(speakers(body), [['The Prime Minister (Datuk Ahmad Ismail) has always listened to them, but they should have obeyed the law', 'Raja Kumar']]);
});

test('a second quote after the attribution sentence is the same speaker', () => {
  const body = 'Spokesman Li Wen spoke on Tuesday.\n\n"Two events hurt our interests," Li told reporters. "Relations are like the weather."';
  assert.deepEqual(speakers(body), [['Two events hurt our interests', 'Li Wen'], ['Relations are like the weather.', 'Li Wen']]);
});

test('a paragraph ending "X said:" introduces the quotes of the next paragraphs', () => {
  const body = 'Assembly member Rory Banks demanded answers from the minister.\n\nThe North Down representative said:\n\n"I am astonished by this ban."\n\n"It must be lifted at once."';
  assert.deepEqual(speakers(body), [['I am astonished by this ban.', 'Rory Banks'], ['It must be lifted at once.', 'Rory Banks']]);
});

test('"the President said" resolves to the president the copy named', () => {
  const body = 'Iranian President Reza Tavakoli spoke at the summit.\n\n"Our two nations should build new systems together," the President said.';
  assert.deepEqual(speakers(body), [['Our two nations should build new systems together', 'Reza Tavakoli']]);
});

test("an organisation speaker is left to the editor with the copy's own words", () => {
  const [quote] = extractQuotes('"A bomb went off near the soldiers," President Morel\'s office said in a statement.').quotes;
  assert.equal(quote?.speaker, 'TODO: who said this? The copy says "President Morel\'s office"');
});

test('British single quotes are quotes, with their speakers; apostrophes and short scare quotes are not', () => {
  const body = "Sam Hale, a rookie, never drinks coffee. 'Everybody's good at this level,' he explained. 'So I've got to do something different.' His coach calls it 'discipline' and the team's 'secret'.";
  assert.deepEqual(speakers(body), [["Everybody's good at this level", 'Sam Hale'], ["So I've got to do something different.", 'Sam Hale']]);
});

test('a quote nested in typographic marks stays inside the outer quote', () => {
  const body = 'Treasurer Chris Monk said: “This would open the door to subsidising work deemed “too costly” for companies.”';
  assert.deepEqual(speakers(body), [['This would open the door to subsidising work deemed “too costly” for companies.', 'Chris Monk']]);
});

test('a closing mark forgotten before ", said X" ends the quote there', () => {
  const body = '"The agency was founded a century ago and became the voice of the struggle, said Health Minister Fahri Koc on Twitter.';
  assert.deepEqual(speakers(body), [['The agency was founded a century ago and became the voice of the struggle', 'Fahri Koc']]);
});

test('a paraphrase without marks is no quote', () => {
  assert.deepEqual(speakers('Lucid waters are invaluable assets, the president said.\n\n— A sound environment is the basis of development.'), []);
});

test('an agency line with a place or a stamp after a comma gives both', () => {
  const paris = readHeader(copy('Strike Called Off', 'Afp, Paris', 'Unions called off the strike on Monday.'));
  assert.equal(paris.agency, 'AFP');
  assert.equal(paris.dateline?.place, 'Paris');
  const stamped = readHeader(copy('Rally Postponed', 'PTI, Jan 5, 2021, 10:12 AM IST', 'The rally was postponed.'));
  assert.equal(stamped.agency, 'PTI');
  assert.deepEqual(stamped.publishedDate, { year: 2021, month: 1, day: 5 });
});

test('a "CITY- Agency Name" line gives place and agency', () => {
  const header = readHeader(copy('Smog Plan Launched', 'LAHORE- Associated Press of Pakistan', 'The provincial government launched a plan.'));
  assert.equal(header.agency, 'APP');
  assert.equal(header.dateline?.place, 'Lahore');
});

test("a newspaper's trailer naming an Associated Press writer gives the agency, and a closing byline the byline", () => {
  const ap = readHeader(copy('Bridge Reopens', 'KYIV, Ukraine — The bridge reopened on Sunday.', 'Jane Roe is an Associated Press writer.'));
  assert.equal(ap.agency, 'AP');
  assert.equal(ap.dateline?.place, 'Kyiv');
  assert.equal(ap.dateline?.printed, 'KYIV, Ukraine');
  assert.equal(readHeader(copy('Gallery Rules Change', 'Press officers were moved to the back row.', 'By Hamish Doyle')).byline, 'Hamish Doyle');
});

test('a short phrase in single marks inside a sentence is a label, not a quote', () => {
  assert.deepEqual(speakers("He added that the government should have raised the issue of the neighbour's 'water terrorism' abroad."), []);
});
