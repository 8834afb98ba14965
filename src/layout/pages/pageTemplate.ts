/**
 * Lay out: an Eleventy JavaScript template (templates/*.11ty.ts) for a TypeScript page function: one page per
 * item of a collection of the layout pass (`archive.pass.<collection>`), at the URL the site data gave the item.
 * Eleventy calls `render` with the page's data and with the run's filters as `this`.
 * https://www.11ty.dev/docs/languages/javascript/ · https://www.11ty.dev/docs/pagination/
 */
import type { LayoutFilters } from '../filters.ts';
import type { Paginated } from '../layoutPasses.ts';

export interface PageTemplate<Data> {
  data: {
    pagination: { data: string; size: 1; alias: string };
    eleventyExcludeFromCollections: true;
    permalink: (data: Data) => string;
  };
  render(this: LayoutFilters, data: Data): string;
}

export function pageTemplate<Data>(options: {
  collection: Paginated;
  /** The name the item has in the page's data. */
  alias: string;
  url: (data: Data) => string;
  page: (data: Data, filters: LayoutFilters) => string;
}): PageTemplate<Data> {
  const { page } = options;
  return {
    data: {
      pagination: { data: `archive.pass.${options.collection}`, size: 1, alias: options.alias },
      eleventyExcludeFromCollections: true,
      // A function permalink: no template string compiled per page. https://www.11ty.dev/docs/permalinks/#permalink-functions
      permalink: options.url,
    },
    render(data) {
      return page(data, this);
    },
  };
}
