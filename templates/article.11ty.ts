/**
 * An article's page: one per article of the pass, written by a TypeScript function
 * (src/layout/pages/articlePage.ts) instead of Nunjucks, laid out by Eleventy as a JavaScript template.
 * https://www.11ty.dev/docs/languages/javascript/ · https://www.11ty.dev/docs/languages/typescript/
 */
import { articlePage, type ArticlePageData } from '../src/layout/pages/articlePage.ts';
import { pageTemplate } from '../src/layout/pages/pageTemplate.ts';

export default pageTemplate<ArticlePageData>({ collection: 'articlePages', alias: 'entry', url: (data) => data.entry.article.url, page: articlePage });
