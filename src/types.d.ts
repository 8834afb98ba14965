// @11ty/eleventy ships JSDoc, not type declarations. The project touches it
// in one place (src/build.ts: `new Eleventy(input, output, options).write()`)
// and types its configuration API itself in src/layout/eleventyConfig.ts.
declare module '@11ty/eleventy';
