// Runs the built command line as a maintainer would, for the cli-*.test.ts files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name: string) => join(root, 'test/fixtures/cli', name);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js ...args`, from the repository root. */
export function runCli(...args: string[]): CliRun {
  return runCliWith({}, ...args);
}

/** The same, with text on standard input. */
export function runCliWith(options: { input?: string | Buffer }, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: options.input,
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder for a test's outputs. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'support-finder-cli-'));

/** No stack trace, no "at file:line" frames: messages are for people. */
export const hasStackTrace = (run: CliRun) => /\n\s+at .+:\d+:\d+/.test(run.stderr + run.stdout);
