/** Where the editor commands print: the process, or a test's capture. */
export interface Console {
  /** A line of report on standard output. */
  log(line: string): void;
  /** Text on standard output, as it is (`--stdout`). */
  write(text: string): void;
  /** A `path: message` line on standard error. */
  error(line: string): void;
}

export const processConsole: Console = {
  log: (line) => console.log(line),
  write: (text) => process.stdout.write(text),
  error: (line) => console.error(line),
};

/** Collects what a command prints, for tests. */
export function captureConsole(): Console & { out: string; err: string } {
  const capture = {
    out: '',
    err: '',
    log: (line: string) => (capture.out += `${line}\n`),
    write: (text: string) => (capture.out += text),
    error: (line: string) => (capture.err += `${line}\n`),
  };
  return capture;
}
