/**
 * Site metadata, in one place. `SITE_URL` overrides the base URL at build
 * time (CI sets it to the Pages address).
 */
export interface SiteConfig {
  title: string;
  description: string;
  /** Absolute base URL, no trailing slash: canonical links and feeds use it. */
  url: string;
  lang: string;
  contentDir: string;
  outputDir: string;
  /** Articles per page on the home page and on term pages. */
  pageSize: number;
  /** Sent as a `<meta http-equiv>` on every page: nothing inline runs. */
  contentSecurityPolicy: string;
}

export const site: SiteConfig = {
  title: 'News Archive',
  description: 'A searchable archive of news articles, copied faithfully from their sources.',
  url: (process.env.SITE_URL ?? 'https://example.org').replace(/\/+$/, ''),
  lang: 'en',
  contentDir: 'content',
  outputDir: '_site',
  pageSize: 20,
  contentSecurityPolicy: [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    // Pagefind's stylesheet draws its icons as data: SVG images (images never run script).
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
};
