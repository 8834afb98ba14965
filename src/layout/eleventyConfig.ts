/**
 * The part of Eleventy's configuration API this project uses, typed.
 * https://www.11ty.dev/docs/config/
 */
export interface EleventyEvent {
  directories: { output: string; input: string };
  runMode: 'build' | 'watch' | 'serve';
}

export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  /** Nunjucks' `{% name %}`; `this.ctx` is the page's data. https://www.11ty.dev/docs/shortcodes/ */
  addShortcode(name: string, shortcode: (this: never, ...args: never[]) => string): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => unknown, options?: T): void;
  addTemplateFormats(formats: string): void;
  addExtension(
    name: string,
    options:
      | { compile: (content: string, inputPath: string) => (data: Record<string, unknown>) => Promise<string> | string }
      /** Another name for one of Eleventy's own languages (`11ty.ts` read as `11ty.js`). */
      | { key: string },
  ): void;
  on(event: 'eleventy.before' | 'eleventy.after', callback: (event: EleventyEvent) => Promise<void> | void): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  setWatchThrottleWaitTime(ms: number): void;
  ignores: { add(glob: string): void };
}
