/**
 * A term's page: one per page of each source, place, person and topic in the pass, written by a TypeScript
 * function (src/layout/pages/termPage.ts), laid out by Eleventy as a JavaScript template.
 */
import { pageTemplate } from '../src/layout/pages/pageTemplate.ts';
import { termPage, type TermPageData } from '../src/layout/pages/termPage.ts';

export default pageTemplate<TermPageData>({ collection: 'termPages', alias: 'termPage', url: (data) => data.termPage.url, page: termPage });
