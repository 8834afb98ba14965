/** Validation entry points for tools that write articles (importer, `new`). */
export { checkSource } from '../pipeline/fileArticle.ts';
export { isPlaceholder, placeholder, PLACEHOLDER_PREFIX } from '../model/placeholder.ts';
export { frontmatterSchema, type Frontmatter } from './schema.ts';
