import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDateline } from '../../src/import/dateline.ts';

interface Case {
  behaviour: string;
  lead: string;
  place: string;
  printed: string;
  outlet?: string;
  agency?: string;
  date?: { year?: number; month: number; day: number };
  rest: string;
}

const CASES: Case[] = [
  {
    behaviour: 'parses an UrduPoint dateline crediting Sputnik with an ordinal date',
    lead: 'YEREVAN (UrduPoint News / Sputnik - 28th November, 2020) Paris supports',
    place: 'Yerevan', printed: 'YEREVAN (UrduPoint News / Sputnik - 28th November, 2020)',
    outlet: 'UrduPoint News', agency: 'Sputnik', date: { year: 2020, month: 11, day: 28 }, rest: 'Paris supports',
  },
  {
    behaviour: 'parses a Pakistan Point dateline with a comma before the credit and a colon after it',
    lead: 'ISLAMABAD, (UrduPoint / Pakistan Point News - 28th Nov, 2020) : The',
    place: 'Islamabad', printed: 'ISLAMABAD, (UrduPoint / Pakistan Point News - 28th Nov, 2020)',
    outlet: 'UrduPoint', agency: 'Pakistan Point News', date: { year: 2020, month: 11, day: 28 }, rest: 'The',
  },
  {
    behaviour: 'takes a known wire agency as the agency wherever the credit names it',
    lead: 'LAHORE, (APP - UrduPoint / Pakistan Point News - 2nd Dec, 2020) :The',
    place: 'Lahore', printed: 'LAHORE, (APP - UrduPoint / Pakistan Point News - 2nd Dec, 2020)',
    outlet: 'UrduPoint', agency: 'APP', date: { year: 2020, month: 12, day: 2 }, rest: 'The',
  },
  {
    behaviour: 'reads a lone Reuters credit as the agency, not as the outlet that published the copy',
    lead: 'RIO DE JANEIRO (Reuters) - Brazil', place: 'Rio de Janeiro', printed: 'RIO DE JANEIRO (Reuters)', agency: 'Reuters', rest: 'Brazil',
  },
  {
    behaviour: 'parses an AP dateline with an em dash',
    lead: 'WASHINGTON (AP) — The Senate', place: 'Washington', printed: 'WASHINGTON (AP)', agency: 'AP', rest: 'The Senate',
  },
  {
    behaviour: 'keeps the state abbreviation of an AP dateline with the place',
    lead: 'SAN JOSE, Calif. (AP) — Regulators', place: 'San Jose, Calif.', printed: 'SAN JOSE, Calif. (AP)', agency: 'AP', rest: 'Regulators',
  },
  {
    behaviour: 'parses an AFP dateline with month abbreviation and no year',
    lead: 'PARIS, Nov 28 (AFP) - France', place: 'Paris', printed: 'PARIS, Nov 28 (AFP)', agency: 'AFP', date: { month: 11, day: 28 }, rest: 'France',
  },
  {
    behaviour: 'parses a Xinhua dateline with an abbreviated month and a double hyphen',
    lead: 'BEIJING, Nov. 28 (Xinhua) -- China', place: 'Beijing', printed: 'BEIJING, Nov. 28 (Xinhua)', agency: 'Xinhua', date: { month: 11, day: 28 }, rest: 'China',
  },
  {
    behaviour: 'parses a TASS dateline with the agency between slashes',
    lead: 'MOSCOW, November 28. /TASS/. The Kremlin', place: 'Moscow', printed: 'MOSCOW, November 28. /TASS/', agency: 'TASS', date: { month: 11, day: 28 }, rest: 'The Kremlin',
  },
  {
    behaviour: 'parses a dateline whose full date precedes the credit',
    lead: 'DUBAI, 28th November, 2020 (WAM) -- The', place: 'Dubai', printed: 'DUBAI, 28th November, 2020 (WAM)', agency: 'WAM', date: { year: 2020, month: 11, day: 28 }, rest: 'The',
  },
  {
    behaviour: 'reads a place in capitals followed by a colon as a dateline without credit',
    lead: 'KARACHI: The Sindh government', place: 'Karachi', printed: 'KARACHI', rest: 'The Sindh government',
  },
  {
    behaviour: 'normalises hyphenated and dotted place names',
    lead: 'ST. PETERSBURG (Reuters) - A', place: 'St. Petersburg', printed: 'ST. PETERSBURG (Reuters)', agency: 'Reuters', rest: 'A',
  },
];

for (const c of CASES) {
  test(c.behaviour, () => {
    const parsed = parseDateline(c.lead);
    assert.ok(parsed, 'no dateline found');
    assert.equal(parsed.place, c.place);
    assert.equal(parsed.printed, c.printed);
    assert.equal(parsed.outlet, c.outlet);
    assert.equal(parsed.agency, c.agency);
    assert.deepEqual(parsed.date, c.date === undefined ? undefined : { year: undefined, ...c.date });
    assert.equal(c.lead.slice(parsed.textStart), c.rest);
  });
}

for (const lead of [
  'Imran Khan (PTI) said that the government would fall.',
  'The president said the talks (held in Geneva) went well.',
  'Paris supports the prolongation of negotiations.',
  'NATO allies said on Friday they would respond.',
]) {
  test(`finds no dateline in an ordinary sentence: ${lead.slice(0, 30)}…`, () => {
    assert.equal(parseDateline(lead), undefined);
  });
}
