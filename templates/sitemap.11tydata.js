// The sitemap protocol wants absolute URLs: a site without a base URL
// (site.yaml `url`, SITE_URL) has no sitemap.xml (src/layout/siteData.ts).
// https://www.11ty.dev/docs/permalinks/#permalink-functions
export default { permalink: (data) => (data.archive.sitemap.length > 0 ? '/sitemap.xml' : false) };
