/**
 * Round 13's byline kinds (issue 13, session 12, second pass), in lines written
 * for the test with other names: `By` in other languages (`Por`, `Par`, `Von`),
 * the day after a dash (`By NAME - Mon D, YYYY`), and a stamp run on after a
 * name alone (`NAME Weekday, D Month YYYY, HH:MM`, `NAME on DD/MM/YYYY …`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelledByline, readByline, readNameLine } from '../../src/import/byline.ts';
import { importCopy } from '../../src/import/importCopy.ts';

test('`Por María Solano`, `Par Jean Kaboré`, `Von Anna Huber` are bylines; `Por favor` and `Par ailleurs, le ministre …` are not', () => {
  assert.equal(labelledByline('Por María Solano'), 'María Solano');
  assert.equal(labelledByline('Par Jean Kaboré'), 'Jean Kaboré');
  assert.equal(labelledByline('Von Anna Huber'), 'Anna Huber');
  assert.equal(labelledByline('Por favor'), undefined);
  assert.equal(labelledByline('Par ailleurs, le Ministre Jean Kaboré'), undefined);
});

test('`By Pieter Naude - Mar 3, 2016` is the writer Pieter Naude, and the day after the dash the date', () => {
  const read = readByline('Pieter Naude - Mar 3, 2016');
  assert.equal(read.byline, 'Pieter Naude');
  assert.deepEqual(read.date, { year: 2016, month: 3, day: 3 });
});

test('a name with a stamp run on (`Karen Vella Tuesday, 9 June 2015, 11:20 Last update: …`, `Themba Dube on 05/08/2021 09:15:00`) is the writer', () => {
  assert.equal(readNameLine('Karen Vella Tuesday, 9 June 2015, 11:20 Last update: about 9 years ago')?.byline, 'Karen Vella');
  assert.equal(readNameLine('Themba Dube on 05/08/2021 09:15:00')?.byline, 'Themba Dube');
  assert.equal(readNameLine('Monday, 9 June 2015, 11:20'), undefined);
});

test('a copy under its headline with `Por Name` above the lead drafts that byline', () => {
  const copy = [
    'El ministro anunció nuevas medidas para el transporte',
    'Por María Solano',
    'El ministro de Obras Públicas, Luis Mora, anunció este martes en San José un plan para renovar los autobuses del país.',
    '“Queremos un transporte limpio en cinco años”, dijo Mora.',
  ].join('\n\n');
  assert.equal(importCopy(copy, {}).frontmatter.source.byline, 'María Solano');
});
