/**
 * Round 13's dateline kinds (issue 13, session 12, second pass), each a general mechanism: a site's name read from
 * how its host spells it. Fixtures are written for the test with other places, agencies and outlets; none is taken
 * from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';
import { mastheadSpelling } from '../../src/import/mastheadSpelling.ts';
import { unflattenPage } from '../../src/import/flattenedPage.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('a paper the host table lacks is named from its masthead when the host spells its words', () => {
  const outlet = (url: string, ...paragraphs: string[]) => importCopy(copy(...paragraphs), { url }).frontmatter.source.outlet;
  assert.equal(outlet('https://kivuherald.com/x', 'Council approves budget', 'Goma፡ 3 March 2021(Kivu Herald)', LEAD, NEXT), 'Kivu Herald');
  assert.equal(outlet('https://www.courier.to/x', 'Tonga Courier Logo', 'Council approves budget', LEAD, NEXT), 'Tonga Courier');
  assert.equal(outlet('https://herald.com.fj/x', 'Herald Of Fiji: Council approves budget', LEAD, NEXT), 'Herald Of Fiji');
  assert.equal(outlet('https://observer.com.cy/x', 'The Cyprus Observer 3 June 2020, Wednesday', 'Council approves budget', LEAD, NEXT), 'The Cyprus Observer');
});

test('a name in camel case, in capitals or letter for letter in lower case spells its host', () => {
  assert.equal(mastheadSpelling('marigot.com', copy('Council approves budget', 'Posted by MarigotOnline on Mar 3, 2019', LEAD)), 'MarigotOnline');
  assert.equal(mastheadSpelling('amp.td', copy('Council approves budget', `Moundou, 12 JAN (AMP)- ${LEAD}`)), 'AMP');
  assert.equal(mastheadSpelling('courrierdusahel.com', copy('Jean Diallo, Author at Courrier du sahel - Page 4', LEAD)), 'Courrier du sahel');
});

test('a masthead alone on its line may give a word by its initial; inside a sentence it may not', () => {
  assert.equal(mastheadSpelling('www.kdaily.co.ke', copy('Kestrel Daily', 'Council approves budget', LEAD)), 'Kestrel Daily');
  assert.equal(mastheadSpelling('www.kdaily.co.ke', copy('Council approves budget', `As Kestrel Daily reported, ${LEAD}`)), undefined);
  assert.equal(mastheadSpelling('www.tnews.co.ke', copy('Top News', 'Council approves budget', LEAD)), undefined, 'a section heading is no masthead');
});

test('an everyday word alone, or with an article, is no masthead, and a sentence’s words do not spell a host', () => {
  assert.equal(mastheadSpelling('times.co.uk', copy('Council approves budget', `The Times reported that ${LEAD}`)), undefined);
  assert.equal(mastheadSpelling('herald.com.fj', copy('Council approves budget', `the regional herald said ${LEAD}`)), undefined);
  assert.equal(mastheadSpelling('journalduniger.com', copy('Council approves budget', LEAD, NEXT)), undefined);
});

const PAGE = { url: 'https://www.example-regional-news.org/story/123' };

test('a known city with a press service’s lower-case code in parentheses is a dateline, on its line or before a quote', () => {
  const alone = importCopy(copy('Council approves budget', 'Schwerin (ots)', LEAD, NEXT), PAGE).frontmatter;
  assert.equal(alone.dateline?.place, 'Schwerin');
  assert.equal(alone.source.agency, 'ots');
  const quoted = importCopy(copy('Council approves budget', `Innsbruck, (ots/lpt) "We will build the roads first," ${LEAD}`, NEXT), PAGE).frontmatter;
  assert.equal(quoted.dateline?.place, 'Innsbruck');
  assert.equal(quoted.source.agency, 'ots/lpt');
  const town = importCopy(copy('Council approves budget', `Budget (ots) ${LEAD}`, NEXT), PAGE).frontmatter;
  assert.match(town.dateline?.place ?? '', /^TODO: /, 'a word no gazetteer knows as a city is no place');
});

test('a copy opening with a dateline in capitals and a long paragraph has no headline, however the paragraph ends', () => {
  const long = `${LEAD} ${NEXT} The opposition asked for more money for the hospitals of the north, reports VNA`;
  const { frontmatter } = importCopy(copy(`TALLINN - ${long}.“This is only the first step,” he said.`, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Tallinn');
  assert.match(frontmatter.title, /^TODO: /);
  const cut = importCopy(`TALLINN - ${long} and ...`, PAGE).frontmatter;
  assert.equal(cut.dateline?.place, 'Tallinn');
  const headline = importCopy(copy('TALLINN - Council approves budget for schools', LEAD, NEXT), PAGE).frontmatter;
  assert.equal(headline.title, 'TALLINN - Council approves budget for schools', 'a short line stays the headline');
});

test('an agency’s name written out with a typographic apostrophe as the copy’s last line is its agency', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', LEAD, NEXT, 'Agence Mauritanienne d’Information'), PAGE);
  assert.equal(frontmatter.source.agency, 'AMI');
});

test('`reports AGENCY.` closing the lead’s first sentence, a quote run into it, names the agency', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `The regional council approved the new budget on Tuesday, reports ELTA.“This is a good day,” the mayor said.`, NEXT), PAGE);
  assert.equal(frontmatter.source.agency, 'ELTA');
  const other = importCopy(copy('Council approves budget', `The regional council approved the new budget on Tuesday, reports Mr. Jonas.`, NEXT), PAGE).frontmatter;
  assert.equal(other.source.agency, undefined, 'a name the agency list lacks is no agency');
});

test('the masthead line of a host the table lacks, with the day the page was viewed, is furniture above the headline', () => {
  const page = copy('The Cyprus Observer 3 June 2020, Wednesday', 'View E-Paper', 'Council approves budget', 'Maria Ioannou Tuesday, 12 March 2019, 09:40 Last update: about 5 years ago', LEAD, NEXT);
  const { frontmatter } = importCopy(page, { url: 'https://www.observer.com.cy/articles/1' });
  assert.equal(frontmatter.title, 'Council approves budget');
  assert.equal(frontmatter.date, '2019-03-12');
  assert.equal(frontmatter.source.byline, 'Maria Ioannou');
  const alone = importCopy(copy('Kestrel Daily', 'Council approves budget', LEAD, NEXT), { url: 'https://kdaily.co.ke/x' }).frontmatter;
  assert.equal(alone.title, 'Council approves budget');
});

test('`By Name - Mon D, YYYY` under the headline gives the date and the name alone', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', 'By Ama Mensah - Mar 3, 2019', LEAD, NEXT), PAGE);
  assert.equal(frontmatter.date, '2019-03-03');
  assert.equal(frontmatter.source.byline, 'Ama Mensah');
});

test('capitals no gazetteer knows, a colon and a headline’s line are a topic’s prefix, not a dateline', () => {
  const { frontmatter } = importCopy(copy('Jean Diallo, Author at Courrier du sahel - Page 4', 'FORUM-UEMOA : Dakar a accueilli la troisième édition', LEAD, NEXT), PAGE);
  assert.match(frontmatter.dateline?.place ?? '', /^TODO: /);
  const city = importCopy(copy('Council approves budget', `NIAMEY : ${LEAD}`, NEXT), PAGE).frontmatter;
  assert.equal(city.dateline?.place, 'Niamey', 'a known city before a colon stays a dateline');
});

test('a town the gazetteer lacks, a colon (Ethiopic too), a full date and the paper in parentheses are the paper’s dateline, over a signature below', () => {
  const signed = copy('Council approves budget', 'Adigrat፡ 3 March 2021(Kivu Herald)', LEAD, NEXT, 'Ministry of Finance', 'Nairobi', '3 March 2021');
  const { frontmatter } = importCopy(signed, PAGE);
  assert.equal(frontmatter.dateline?.place, 'Adigrat');
  assert.equal(frontmatter.date, '2021-03-03');
  const plain = importCopy(copy('Council approves budget', `Adigrat: 3 March 2021 (Kivu Herald) ${LEAD}`, NEXT), PAGE).frontmatter;
  assert.equal(plain.dateline?.place, 'Adigrat');
  const sentence = importCopy(copy('Council approves budget', `Adigrat: the council met (Kivu Herald) ${LEAD}`, NEXT), PAGE).frontmatter;
  assert.notEqual(sentence.dateline?.place, 'Adigrat', 'no full date, no dateline');
});

test('another site’s name closing a republisher’s copy is its source; the unlisted host is who published it', () => {
  const page = copy('Council approves budget', LEAD, NEXT, 'Abidjan.net');
  const { frontmatter } = importCopy(page, { url: 'https://www.sahelrelay.com/?p=12' });
  assert.equal(frontmatter.source.outlet, 'sahelrelay.com');
  assert.equal(frontmatter.source.agency, 'Abidjan.net');
  const own = importCopy(page, { url: 'https://news.abidjan.net/articles/12' }).frontmatter;
  assert.equal(own.source.outlet, 'Abidjan.net', 'on its own site the name is the outlet');
});

test('a slashed date with a 24-hour clock (seconds, or past noon) is day first; with AM or PM, or no clock, it stays a TODO', () => {
  const dated = (stamp: string) => importCopy(copy('Council approves budget', stamp, LEAD, NEXT), PAGE).frontmatter.date;
  assert.equal(dated('9/2/2021 10:15:00'), '2021-02-09');
  assert.equal(dated('9/2/2021 16:15'), '2021-02-09');
  assert.match(dated('9/2/2021 10:15:00 AM'), /^TODO: /);
  assert.match(dated('9/2/2021'), /^TODO: /);
});

test('a page flattened to one line gets its lines back at a rule and after a stamp’s clock, so its dateline and writer are read', () => {
  const body = `${LEAD} ${NEXT} ${LEAD} ${NEXT} ${LEAD} ${NEXT} ${LEAD} ${NEXT}`;
  const flat = `Kivu Herald: COUNCIL APPROVES BUDGET ================ Amani Wekesa on 09/02/2021 10:15:00 BUKAVU - ${body}`;
  const { frontmatter } = importCopy(flat, { url: 'https://kivuherald.com/feed/1.txt' });
  assert.equal(frontmatter.dateline?.place, 'Bukavu');
  assert.equal(frontmatter.date, '2021-02-09');
  assert.equal(frontmatter.source.byline, 'Amani Wekesa');
  const short = `Council approves budget ======== ${LEAD}`;
  assert.equal(unflattenPage(short), short, 'a short line is not a flattened page');
});

test('`Weekday D Month YYYY | Written by …` under a listing’s headings is the story’s date', () => {
  const listing = ['Top Stories', 'Sport', 'Rugby final tonight', 'Culture', 'Festival opens', 'Letters', 'Court', 'Opinion'];
  const page = copy(...listing, 'Council approves budget', 'Monday 3 March 2025 | Written by Desk Staff | Published in National, Regional', LEAD, NEXT);
  assert.equal(importCopy(page, PAGE).frontmatter.date, '2025-03-03');
});
