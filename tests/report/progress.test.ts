/**
 * The progress a build shows: on a terminal a line rewritten in place with
 * the count, the rate and the time left; elsewhere one line per stage.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consoleReporter, progressLine } from '../../src/report/progress.ts';

function capture(isTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  const chunks: string[] = [];
  return { chunks, reporter: consoleReporter({ isTTY, write: (text: string) => chunks.push(text) }, env) };
}

describe('build progress', () => {
  it('shows the count, the rate and the time left', () => {
    assert.equal(progressLine('render', 2_500, 10_000, 5_000), 'render 2,500/10,000 · 500/s · 15.0 s left');
    assert.equal(progressLine('index', 10_000, 10_000, 20_000), 'index 10,000/10,000 · 500/s');
  });

  it('rewrites one line in place on a terminal, and ends it with what the stage did', async () => {
    const { chunks, reporter } = capture(true);
    const stage = reporter.stage('render', 100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    stage.tick(50);
    stage.end('100 bodies rendered');
    assert.match(chunks[0]!, /^\r\x1b\[2Krender 50\/100 · \d+\/s · .* left$/);
    assert.match(chunks.at(-1)!, /^\r\x1b\[2Krender 100 bodies rendered in [\d.]+ m?s\n$/);
  });

  it('prints one line per stage in CI, even on a terminal', async () => {
    const { chunks, reporter } = capture(true, { CI: 'true' });
    const stage = reporter.stage('render', 100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    stage.tick(50);
    stage.end();
    assert.equal(chunks.length, 1);
    assert.match(chunks[0]!, /^render 100 in [\d.]+ m?s\n$/);
  });
});
