/**
 * Reading inputs and writing outputs so that nothing of the maintainer's is
 * ever lost. An output is produced in full before anything is touched, then
 * written to a temporary file beside it and renamed into place, so a failed or
 * interrupted run leaves every existing file byte for byte as it was.
 */
import {
  closeSync,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT_BAD_USAGE } from './cli-error.js';
import { whyNot } from './file-errors.js';
import { decodeText, type Decoded } from './decode-text.js';
import { say } from './terminal-text.js';

/** `-o -` writes to standard output; `-` as an input reads standard input. */
export const STDOUT = '-';
export const STDIN = '-';

/** How an input is named in messages. */
export const displayName = (file: string) => (file === STDIN ? '<stdin>' : file);

// Standard input can be read only once; a command that names it twice gets the same text.
let stdinBytes: Buffer | undefined;

/** Reads a file's bytes once; a missing or unreadable file is a usage error. */
export function readBytes(file: string): Buffer {
  if (file === STDIN) return (stdinBytes ??= readFileSync(0));
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${whyNot(error)}`, EXIT_BAD_USAGE);
  }
}

/** Reads a text file that must be UTF-8 (JSON): an invalid byte is located and refused. */
export function readText(file: string): string {
  return decodeText(readBytes(file), displayName(file), { windows1252: false }).text;
}

/**
 * Reads a spreadsheet export. Excel's plain "CSV" on Windows is not UTF-8 but
 * Windows-1252; a file with no UTF-8 in it at all is read as that, with a
 * note. A UTF-8 file with one stray byte is refused at that byte instead:
 * reading it as Windows-1252 would turn every accent into mojibake.
 */
export function readSpreadsheetText(file: string): Decoded {
  return decodeText(readBytes(file), displayName(file), { windows1252: true });
}

/** Follows symbolic links to the file they name, even when that file does not exist yet. */
function followLinks(file: string): string {
  let path = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: Stats;
    try {
      link = lstatSync(path);
    } catch {
      return path;
    }
    if (!link.isSymbolicLink()) return path;
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw new CliError(`cannot write "${file}": it is a chain of links that never ends`);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses an output that cannot or must not be replaced, before any work is
 * done: one of the inputs (by identity: through links, hard links and on
 * case-insensitive disks too), a folder, a read-only file.
 */
function checkOutput(output: string, inputs: readonly string[]): { target: string; existing?: Stats } {
  const target = followLinks(output);
  const existing = statOrUndefined(target);
  for (const input of inputs) {
    if (input === STDIN) continue;
    const stats = statOrUndefined(input);
    const same = stats && existing ? sameFile(stats, existing) : realOrResolved(input) === realOrResolved(target);
    if (same) {
      throw new CliError(
        `the output "${output}" is the input "${input}"; writing it would replace the file being read, so nothing was written. Choose another name after -o`,
        EXIT_BAD_USAGE,
      );
    }
  }
  if (existing?.isDirectory()) throw new CliError(`cannot write "${output}": it is a folder; give a file name after -o`, EXIT_BAD_USAGE);
  // Checked by its permissions too, because an administrator's account may write anything.
  if (existing?.isFile() && (existing.mode & 0o222) === 0) {
    throw new CliError(
      `"${output}" is read-only, so it was left as it is and nothing was written; make it writable first, or choose another name after -o`,
    );
  }
  return { target, existing };
}

/** Writes into something that is not a regular file (/dev/null, a pipe), never replacing it. */
function writeInto(target: string, output: string, content: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(target, 'w');
    writeAll(fd, content);
  } catch (error) {
    throw new CliError(`cannot write "${output}": ${whyNot(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

// A temporary file still on disk when the run is interrupted is removed on the way out.
let pendingTemp: string | undefined;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
function onSignal(signal: NodeJS.Signals): void {
  if (pendingTemp) rmSync(pendingTemp, { force: true });
  pendingTemp = undefined;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Test hook: waits this long with the temporary file written, so a test can interrupt the run there. */
function pauseForTest(): Promise<void> | undefined {
  const ms = Number(process.env.SUPPORT_FINDER_PAUSE_BEFORE_RENAME);
  if (!ms) return undefined;
  process.stderr.write('support-finder: temporary file written\n');
  return new Promise((done) => setTimeout(done, ms));
}

async function writeReplacing(target: string, output: string, content: string, existing?: Stats): Promise<void> {
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write "${output}": ${code === 'EEXIST' ? 'part of the path is a file, not a folder' : whyNot(error)}`);
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    pendingTemp = temp;
    // A new file gets the usual permissions; a replaced one keeps its own.
    const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      writeAll(fd, content);
      // The process's umask may have narrowed the mode given to openSync.
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
    } finally {
      closeSync(fd);
    }
    await pauseForTest();
    renameSync(temp, target);
    pendingTemp = undefined;
  } catch (error) {
    rmSync(temp, { force: true });
    pendingTemp = undefined;
    throw new CliError(`cannot write "${output}": ${whyNot(error)}; the file there, if any, was left as it was`);
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}

/**
 * Produces an output and writes it to `output` (or standard output). Nothing
 * is touched until `produce` has succeeded: when it throws, every file stays
 * as it was. A symbolic link is written through to the file it names, and
 * something that is not a regular file (/dev/null, a pipe) is written into.
 */
export async function writeOutput(output: string, inputs: readonly string[], produce: () => Produced | Promise<Produced>): Promise<void> {
  const check = output === STDOUT ? undefined : checkOutput(output, inputs);
  const produced = await produce();
  const { content, written } = typeof produced === 'string' ? { content: produced, written: undefined } : produced;
  if (!check) process.stdout.write(content);
  else if (check.existing && !check.existing.isFile()) writeInto(check.target, output, content);
  else await writeReplacing(check.target, output, content, check.existing);
  if (written) say(written);
}

/** An output's text, and what to say once it is written (never before: the write may still fail). */
export type Produced = string | { content: string; written: string };
