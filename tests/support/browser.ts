/**
 * Test support: Debian's Chromium driven by playwright-core, for tests that
 * need a real browser (search, accessibility gates).
 *
 * `findChromium()` says why a browser is unavailable; tests pass that reason
 * to `{ skip }` so a missing browser is reported as skipped, never as passed.
 * With `CI=true` a missing browser is an error instead: CI must run them.
 */
import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ChromiumLookup = { path: string; skip: false } | { path: null; skip: string };

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds Chromium (`CHROMIUM_PATH` first). Throws under CI when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLookup> {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  for (const candidate of candidates) {
    if (await executable(candidate)) return { path: candidate, skip: false };
  }
  const reason = `Chromium not found (looked for ${candidates.join(', ')}); install it with \`apt-get install chromium\` or set CHROMIUM_PATH`;
  if (env.CI === 'true') throw new Error(`${reason}. CI must run the browser tests.`);
  return { path: null, skip: reason };
}

export interface BrowserSession {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
}

/** Launches Chromium with a fresh user-data-dir, removed again on close. */
export async function launchChromium(executablePath: string, options: LaunchOptions = {}): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'archive-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Collects console errors and uncaught exceptions of a page, each with the
 * address it concerns when the browser gives one (`… [at URL]`).
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(where ? `${message.text()} [at ${where}]` : message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}
