/**
 * Round 12's byline kinds (issue 13, session 12), in lines written for the
 * test: `Author: NAME | Published: …` names the writer without the bar,
 * `Author: Staff Writer |` names nobody, and `NAME ✍️` under the text signs it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bylineName, readByline } from '../../src/import/byline.ts';
import { importCopy } from '../../src/import/importCopy.ts';

test('`Author: Jane Achol Deng | Published: 3 hours ago` is the writer Jane Achol Deng, without the bar', () => {
  assert.equal(bylineName('Author: Jane Achol Deng | Published: 3 hours ago'), 'Jane Achol Deng');
  assert.equal(readByline('Jane Achol Deng |').byline, 'Jane Achol Deng');
});

test('`Author: Staff Writer | Published: …` names no person', () => {
  assert.equal(bylineName('Author: Staff Writer | Published: Monday, March 2, 2020'), undefined);
  assert.equal(readByline('Staff Writer |').byline, undefined);
});

test('`Aline KASONGO ✍️` under the text, above a comment form, is the writer Aline Kasongo', () => {
  const copy = [
    'Kinshasa : la ministre annonce un nouveau plan',
    'La ministre des mines a présenté jeudi à Kinshasa un plan de relance du secteur minier pour les cinq prochaines années.',
    '« Nous voulons que chaque province profite de ses ressources », a déclaré la ministre devant la presse.',
    'Aline KASONGO ✍️',
    'Laisser un commentaire',
    'Votre adresse e-mail ne sera pas publiée.',
    'Abonnez-vous à notre newsletter.',
  ].join('\n\n');
  const article = importCopy(copy, {});
  assert.equal(article.frontmatter.source.byline, 'Aline Kasongo');
});
