/**
 * Kinds of quote and speaker that round 10's fresh batch missed before any
 * tuning (issue 13), each as a general mechanism and a short copy written for
 * the test (not taken from any published article): a shortened title the
 * copy itself shows is no part of a name, a surname with an inner capital,
 * a right mark typed for the left after `said,`, two single marks for a double
 * one, and the subject of the clause the speech verb is in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyTitles, isTitleShortening } from '../../src/import/copyTitles.ts';
import { isNameWord } from '../../src/import/nameWords.ts';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const texts = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.text);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('a shortened title before a full name and again before its surname is no part of the name ("Coun Marta Ellison" … "Coun Ellison said")', () => {
  for (const title of ['Coun', 'Cllr']) {
    const body = copy(
      `${title} Marta Ellison, who chairs the housing panel, said the estate would be rebuilt by spring.`,
      `“We have listened to the tenants and we will not let them down,” ${title} Ellison said.`,
    );
    assert.deepEqual(speakers(body), ['Marta Ellison'], title);
  }
});

test('a shortened title before two different people is a title for both, and the surname finds the right one', () => {
  const body = copy(
    'Cllr Marta Ellison and Cllr Tom Brayford met tenants on Monday.',
    '“We will not let them down,” Cllr Brayford said.',
    '“The money is already in the budget,” Cllr Ellison added.',
  );
  assert.deepEqual(speakers(body), ['Tom Brayford', 'Marta Ellison']);
});

test('a given name or a word is no shortened title, though it starts like an office: "Edi" before one name, "Carl", "March", "Gene"', () => {
  assert.equal(isTitleShortening('Coun'), true);
  assert.equal(isTitleShortening('Cllr'), true);
  assert.equal(isTitleShortening('Carl'), false);
  assert.equal(isTitleShortening('Kim'), false);
  assert.equal(isTitleShortening('March'), false);
  assert.equal(isTitleShortening('Gene'), false);
  const body = copy(
    'Prime Minister Edi Rama said the port would reopen.',
    '“It will be open by summer,” Rama said.',
  );
  assert.equal(copyTitles(body, isNameWord).size, 0);
  assert.deepEqual(speakers(body), ['Edi Rama']);
});

test('a surname with an inner capital is one word of the name ("Kerlon VanHorne", "Ruel SpringAle")', () => {
  for (const [lead, surname, full] of [
    ['Local leader Kerlon VanHorne told the rally the road would be paved.', 'VanHorne', 'Kerlon VanHorne'],
    ['The treasurer of the club, Ruel SpringAle, spoke after the vote.', 'SpringAle', 'Ruel SpringAle'],
  ] as const) {
    const body = copy(lead, `“The money is there and the contract is signed,” ${surname} said.`);
    assert.deepEqual(speakers(body), [full], surname);
  }
});

test('a right double mark after "said," opens the quote it was typed for, and a right mark after a quote\'s own comma still closes it', () => {
  const body = copy('Dana Okoro, the transport minister, spoke in Abuja. She said,” We will open the road in June and nobody will pay a toll.” The road is 40 km long.');
  assert.deepEqual(texts(body), ['We will open the road in June and nobody will pay a toll.']);
  assert.deepEqual(speakers(body), ['Dana Okoro']);
  const closing = copy('“We will open the road in June,” Minister Dana Okoro said, “and nobody will pay a toll.”');
  assert.deepEqual(texts(closing), ['We will open the road in June', 'and nobody will pay a toll.']);
});

test('a quote with two single marks inside it keeps the marks the copy printed, so the draft is found word for word in the body', () => {
  const body = copy('Minister Dana Okoro said: “We asked for the works to end ‘’as soon as possible’’ and the company agreed to it.” The residents were not convinced.');
  assert.deepEqual(texts(body), ['We asked for the works to end ‘’as soon as possible’’ and the company agreed to it.']);
  assert.deepEqual(speakers(body), ['Dana Okoro']);
});

test('the subject of the clause the speech verb is in speaks, not the plural noun that opens the sentence', () => {
  const lead = 'Minister Dana Okoro visited the site on Friday.';
  for (const sentence of [
    'Journalists asked her about the cost, in reply to which she said, “The budget has not changed at all this year.”',
    'Reporters pressed the minister on the delay and Okoro answered, “The rains came early and the crews could not work.”',
  ]) {
    assert.deepEqual(speakers(copy(lead, sentence)), ['Dana Okoro'], sentence);
  }
});

test('an adverb or a circumstance before the name next to the verb is no speaker ("…”, today during briefing Qadri said")', () => {
  const lead = 'Health Secretary Anwar Qadri announced new rules on Monday.';
  for (const after of ['today during briefing Qadri said', 'today during the briefing Secretary Qadri said']) {
    const body = copy(lead, `“All schools will reopen next week with masks for every pupil”, ${after}.`);
    assert.deepEqual(speakers(body), ['Anwar Qadri'], after);
  }
});

test('a right mark after "said, " with a space between opens the quote too', () => {
  const body = copy('Dana Okoro, the transport minister, spoke in Abuja. She said, ” We will open the road in June and nobody will pay a toll.”');
  assert.deepEqual(speakers(body), ['Dana Okoro']);
});

test('a participle after the quote ("…”, referring about …", "…,” adding that …") has no subject of its own: the sentence\'s speaker before it speaks', () => {
  const lead = 'Opposition leader Kamla Ramdeen criticised the budget at a rally in San Fernando on Sunday.';
  for (const after of ['”, referring about the rise in food prices.', ',” adding that food prices had doubled.', '”, referring to Finance Minister Colm Imbert.']) {
    const body = copy(lead, `“This government has failed every family in this country${after}`);
    assert.deepEqual(speakers(body), ['Kamla Ramdeen'], after);
  }
});
