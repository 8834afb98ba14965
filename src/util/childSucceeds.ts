/**
 * A native child process run for its effect (a `cp -al` of the site, a batch of bundle links): resolves whether it
 * ran and exited with 0. It never rejects: callers fall back to doing the work in this thread.
 */
import { spawn } from 'node:child_process';

export function childSucceeds(command: string, args: readonly string[]): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
