/**
 * Report: what a build says while it runs. On a terminal, one progress line
 * per stage, rewritten in place (count, rate, time left); in CI (`CI=true`)
 * or when the output is not a terminal, one line per stage when it ends.
 * Notes (build state rebuilt, say) are one line each. Tests and the bench
 * use `quietReporter()`, which only collects the notes.
 */
export interface StageProgress {
  /** `done` of the stage's `total` items are finished. */
  tick(done: number): void;
  /** The stage is over; `detail` says what it did (e.g. "0 of 10,000 files read anew"). */
  end(detail?: string): void;
}

export interface Reporter {
  note(line: string): void;
  stage(name: string, total?: number): StageProgress;
  readonly notes: readonly string[];
}

const count = (n: number): string => n.toLocaleString('en-US');

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** `render 4,096/10,000 · 812/s · 7 s left` */
export function progressLine(name: string, done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [total === undefined ? `${name} ${count(done)}` : `${name} ${count(done)}/${count(total)}`];
  if (rate > 0) parts.push(`${count(Math.round(rate))}/s`);
  if (total !== undefined && rate > 0 && done < total) parts.push(`${formatDuration(((total - done) / rate) * 1000)} left`);
  return parts.join(' · ');
}

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

/** Progress for people: rewritten lines on a terminal, a line per stage elsewhere. */
export function consoleReporter(out: Output = process.stderr, env: NodeJS.ProcessEnv = process.env): Reporter {
  const live = out.isTTY === true && env.CI !== 'true' && env.CI !== '1';
  const notes: string[] = [];
  return {
    notes,
    note(line) {
      notes.push(line);
      out.write(`${line}\n`);
    },
    stage(name, total) {
      const started = performance.now();
      let last = 0;
      let done = 0;
      return {
        tick(value) {
          done = value;
          const now = performance.now();
          // A few redraws a second are enough to read, and cost nothing.
          if (!live || now - last < 200) return;
          last = now;
          out.write(`\r\x1b[2K${progressLine(name, done, total, now - started)}`);
        },
        end(detail) {
          const elapsed = performance.now() - started;
          const what = detail ?? (total === undefined ? '' : `${count(total)}`);
          out.write(`${live ? '\r\x1b[2K' : ''}${name}${what ? ` ${what}` : ''} in ${formatDuration(elapsed)}\n`);
        },
      };
    },
  };
}

/** No output: notes are kept for the caller (BuildResult.notes). */
export function quietReporter(): Reporter {
  const notes: string[] = [];
  const stage: StageProgress = { tick() {}, end() {} };
  return { notes, note: (line) => void notes.push(line), stage: () => stage };
}
