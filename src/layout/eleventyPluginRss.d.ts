/** The parts of Eleventy's official feed plugin used here, typed. https://www.11ty.dev/docs/plugins/rss/ */
declare module '@11ty/eleventy-plugin-rss' {
  /** Rewrites every URL in `html` to an absolute URL against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: Record<string, unknown>): Promise<string>;
  /** RFC 3339 without fractions of a second, as Atom wants. */
  export function dateToRfc3339(date: Date): string;
}
