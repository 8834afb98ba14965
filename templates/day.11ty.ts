/**
 * A day's page: one per day with articles in the pass, written by a TypeScript function
 * (src/layout/pages/dayPage.ts), laid out by Eleventy as a JavaScript template.
 */
import { dayPage, type DayPageData } from '../src/layout/pages/dayPage.ts';
import { pageTemplate } from '../src/layout/pages/pageTemplate.ts';

export default pageTemplate<DayPageData>({ collection: 'days', alias: 'dayPage', url: (data) => data.dayPage.url, page: dayPage });
