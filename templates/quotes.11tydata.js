// The page's URL is computed in TypeScript (src/layout/); a function
// permalink skips compiling a template string for every page.
// https://www.11ty.dev/docs/permalinks/#permalink-functions
export default { permalink: (data) => data.quotePage.url };
