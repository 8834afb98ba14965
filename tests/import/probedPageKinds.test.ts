/**
 * Kinds found by probing pages of outlets and agencies the set does not
 * have (issue 13, session 9): relayed credits, territories after a city,
 * listings whose next story cites an agency, forum and blog pages, a
 * bulletin's masthead. Each fixture was written for the test; none is taken
 * from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';
import { parseDateline } from '../../src/import/dateline.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const BLOG = { url: 'http://someblog.blogspot.com/2020/07/' };

test('a network’s initials joined to the agency it relays (`NNN-WAFA`) credit the agency; joined to wires in general, no one', () => {
  assert.equal(parseDateline('GAZA, July 8 (NNN-WAFA) – The ministry said on Wednesday that the crossing would reopen.')?.agency, 'WAFA');
  const agencies = parseDateline('GAZA, July 10 (NNN-AGENCIES) — The ministry said on Friday that the crossing would reopen.');
  assert.equal(agencies?.place, 'Gaza');
  assert.equal(agencies?.agency, undefined);
  assert.equal(agencies?.outlet, undefined);
  // A joined name that is neither stays a name: `(AL-AHRAM)`.
  assert.equal(parseDateline('CAIRO, May 3 (AL-AHRAM) - The minister said on Sunday that talks would resume.')?.outlet, 'AL-AHRAM');
});

test('a full stop between the bare agency and its dash (`Lima, 18 Sep. EFE.-`) and a territory after the city (`NABLUS, West Bank`)', () => {
  const avn = parseDateline('Lima, 18 Sep. EFE.- The government condemned on Wednesday a report released abroad.');
  assert.equal(avn?.place, 'Lima');
  assert.equal(avn?.agency, 'EFE');
  const { frontmatter } = importCopy(copy('Troops raid an office', 'NABLUS, West Bank - Soldiers raided the offices of a news agency on Monday in the city, it said.', 'The army declined to comment.'), BLOG);
  assert.equal(frontmatter.dateline?.place, 'Nablus');
  assert.equal(frontmatter.dateline?.printed, 'NABLUS, West Bank');
});

test('on a listing, an agency the next story cites is not the first story’s source', () => {
  const { frontmatter } = importCopy(
    copy('Latest stories', 'Gunboats enter the waters', 'Military vessels entered the territorial waters off the coast, the army said in a statement on Monday.', 'W140 Full Story', 'Patriarch prays for peace', 'The patriarch held a mass on Monday in the presence of the ambassador, the National News Agency reported.', 'W140 Full Story'),
    { url: 'http://www.naharnet.com/tags/lebanon?page=4' },
  );
  assert.equal(frontmatter.source.agency, undefined);
  assert.equal(frontmatter.source.outlet, 'Naharnet');
});

test('`Read the full story in … PAPER` under a forum’s excerpt is its source, and a capitals dateline under the headline printed again is read deep in the page', () => {
  const { frontmatter } = importCopy(
    copy('A community of readers', 'Home Portal Calendar FAQ Search', 'Share |', 'Ministers meet on floods', 'Go down', 'Posts : 120', 'Join date : 2010-01-04', 'Age : 40', 'PostSubject: Ministers meet on floods Mon Jan 11, 2010 10:40 am', 'Jan 11, 2010', 'Ministers meet on floods', 'A deck about the meeting of ministers', 'SINGAPORE - THE ministers of the region met on Monday to plan a common answer to the floods that hit the coast last week.', 'They will meet again in March.', "Read the full story in Tuesday's edition of the Bangkok Post.", 'Back to top'),
    { url: 'http://someforum.forumotion.net/t12-ministers' },
  );
  assert.equal(frontmatter.dateline?.place, 'Singapore');
  assert.equal(frontmatter.source.agency, 'Bangkok Post');
  assert.equal(frontmatter.date, '2010-01-11');
});

test('`Conversation` above a comment widget is not the outlet `The Conversation`', () => {
  const { frontmatter } = importCopy(copy('Leader vows to continue', 'Kathmandu, November 8', 'The party chairman said he would continue his struggle for the cause he has led for years.', 'React to this post', 'Conversation', 'New Old Popular'), BLOG);
  assert.equal(frontmatter.source.agency, undefined);
});

test('a blog’s date above the post wins over the next post’s date printed under the text; a stamp alone under the text still counts', () => {
  const { frontmatter } = importCopy(
    copy('Monday, May 23, 2011', 'President begins his tour', 'AFP - The president arrived on Monday morning in Ireland, the first stage of a week-long European tour.', 'He flies to London next.', 'Friday, May 20, 2011', 'TERRITORIES: Prime minister rules out any withdrawal', 'AFP - The prime minister on Thursday rejected a call by the president for a new round of talks.'),
    BLOG,
  );
  assert.equal(frontmatter.source.agency, 'AFP');
  assert.equal(frontmatter.date, '2011-05-23');
  assert.match(frontmatter.dateline?.place ?? '', /^TODO: /);
  const footer = importCopy(copy('Minister dismisses the plan', 'The minister said the plan to move the ministries was not serious and would not happen this year.', 'He repeated it twice.', '07.02.2014, 11:04', 'In case you have found a mistake in the text, please send a message to the editor by selecting it.', 'Share |'), BLOG);
  assert.equal(footer.frontmatter.date, '2014-02-07');
});

test('a bulletin’s masthead in capitals (`LISBON NEWS AGENCY BULLETIN (No 1182)`) is no place, `NEWPORT NEWS` still one, and `(Yonhap Interview)` over the headline leaves the dateline below', () => {
  assert.equal(parseDateline('LISBON NEWS AGENCY BULLETIN (No 1182), May 10, 1997'), undefined);
  assert.equal(parseDateline('NEWPORT NEWS, Va. (AP) — The shipyard said on Monday it would hire more workers.')?.place, 'Newport News, Va.');
  const { frontmatter } = importCopy(
    copy('(Yonhap Interview) Minister seeking help for release of detainee', 'SEOUL, Aug. 7 (Yonhap) -- The unification minister said Friday the government is seeking help for the release of a detained worker.', 'He spoke in an interview.'),
    { url: 'https://oananews.org/node/1234' },
  );
  assert.equal(frontmatter.dateline?.place, 'Seoul');
  assert.equal(frontmatter.source.agency, 'Yonhap');
});

test('`You are here: Home` ends the page’s header: the line under it is the headline, the credit and stamp under that the story’s', () => {
  const { frontmatter } = importCopy(
    copy('Off the wire', 'Experts optimistic of support • Athlete excited to compete again', 'You are here: Home', 'Ghana protests a network’s labelling', 'Xinhua, July 23, 2015 Adjust font size:', 'The government on Thursday protested a news network’s report labelling the country ahead of a state visit on Friday.'),
    { url: 'http://en.somegate.cn/2015-07/23/content_1.htm' },
  );
  assert.equal(frontmatter.title, 'Ghana protests a network’s labelling');
  assert.equal(frontmatter.source.agency, 'Xinhua');
  assert.equal(frontmatter.date, '2015-07-23');
});

test('Chinese, Japanese and Korean stamps (`2013年 9月 29日`) give the year of a dateline printed without one', () => {
  const { frontmatter } = importCopy(
    copy('公司新闻(英文) | 2013年 9月 29日 星期日 23:01 BJT', 'Country asks for the travel warning to be lifted', 'KAMPALA, Sept 29 The government on Sunday asked its neighbour to lift an advisory warning its citizens over travel to the country.'),
    { url: 'http://cn.reuters.com/article/idCNL6N0HP0N620130929' },
  );
  assert.equal(frontmatter.dateline?.place, 'Kampala');
  assert.equal(frontmatter.date, '2013-09-29');
});

test('`City (State) [India], Month D (ANI):` is the city, its agency and its day; `By NAME | Site Name` names only the writer', () => {
  const ani = parseDateline('Shillong (Meghalaya) [India], January 6 (ANI): The minister offered prayers at the temple on Monday.');
  assert.equal(ani?.place, 'Shillong');
  assert.equal(ani?.agency, 'ANI');
  assert.equal(ani?.date?.day, 6);
  assert.equal(ani?.date?.month, 1);
  const { frontmatter } = importCopy(copy('By Jane Roe | Page 9 News Worldwide', 'New Delhi — The state’s welfare minister on Thursday said that remarks against the saints would not be tolerated by the government.'), BLOG);
  assert.equal(frontmatter.source.byline, 'Jane Roe');
  assert.equal(frontmatter.dateline?.place, 'New Delhi');
});

test('a copy of one paragraph opening with its dateline (`Tamale, Jan 22, GNA- …`) prints no headline: the place and agency are read', () => {
  const { frontmatter } = importCopy(
    'Tamale, Jan 22, GNA- A youth group of the party in the Northern Region has called on its former candidate to contest the position again in the next elections, at a press conference in the town on Monday.',
    { url: 'http://www.someheadlines.com/agency/ghana-news-agency/201401?page=8' },
  );
  assert.equal(frontmatter.dateline?.place, 'Tamale');
  assert.equal(frontmatter.source.agency, 'GNA');
  assert.match(frontmatter.title, /^TODO: headline/);
});

test('an aggregator’s `News Site - Tue, 30/11/2021 - 09:06` line is no place; its unambiguous day-first stamp is the date', () => {
  const { frontmatter } = importCopy(
    copy('English French German', 'Chief pledges to help the police keep order', 'News Ghana - Tue, 30/11/2021 - 09:06', 'The newly installed chief has pledged to work with the police to keep peace, security and order in the district of the capital.'),
    { url: 'https://www.someaggregator.it/atlante/aggregator/categories/65' },
  );
  assert.match(frontmatter.dateline?.place ?? '', /^TODO: /);
  assert.equal(frontmatter.date, '2021-11-30');
});

test('`City, Country.-Text` (Spanish-language agencies’ stop and dash) is the dateline; a listing’s stamp run into the headline’s start is the date', () => {
  const { frontmatter } = importCopy(
    copy('National News', '2 September, 2016 Island Seeks Energy Independence', 'Santiago, Chile.-The country has included energy independence among its immediate objectives, as well as lower costs in the sector, the authorities said today.', '2 September, 2016 President Congratulates Neighbour', 'Lima, Peru.- The president today congratulated the neighbouring country on its anniversary.'),
    { url: 'https://www.radioreloj.cu/news/national-news/page/150/' },
  );
  assert.equal(frontmatter.dateline?.place, 'Santiago');
  assert.equal(frontmatter.date, '2016-09-02');
  assert.equal(frontmatter.source.outlet, 'Radio Reloj');
});
