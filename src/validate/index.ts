/** Validation entry points for tools that write articles (importer, `new`). */
export { checkSource } from '../loadArchive.ts';
export { PLACEHOLDER } from './validateFrontmatter.ts';
export { frontmatterSchema, type Frontmatter } from './schema.ts';
