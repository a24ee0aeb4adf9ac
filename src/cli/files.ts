/**
 * Reading inputs and writing outputs. An output is written to a temporary file
 * beside it and renamed into place, and a failed run removes an earlier output
 * of the same name, so a maintainer never publishes a half-written or stale file.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EXIT_BAD_USAGE } from './cli-error.js';

/** `-o -` writes to standard output. */
export const STDOUT = '-';

/** Reads a text file as UTF-8; a missing or unreadable file is a usage error. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new CliError(`cannot read "${file}": ${why}`, EXIT_BAD_USAGE);
  }
}

/**
 * Reads a spreadsheet export. Excel's plain "CSV" on Windows is not UTF-8 but
 * Windows-1252; such a file is read as that, with a note, rather than turning
 * every accent into a replacement character.
 */
export function readSpreadsheetText(file: string): { text: string; note?: string } {
  readText(file);
  const bytes = readFileSync(file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const note = `${file}: not saved as UTF-8, so it was read as Windows-1252; next time choose "CSV UTF-8" when saving`;
    return { text: new TextDecoder('windows-1252').decode(bytes), note };
  }
}

function writeAtomically(file: string, content: string): void {
  const dir = dirname(resolve(file));
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(`cannot write "${file}": ${(error as Error).message}`);
  }
}

/**
 * Produces an output and writes it to `output` (or standard output). When
 * `produce` throws, a file already at `output` is removed, unless it is one
 * of the inputs, so the failure cannot be mistaken for a fresh result.
 */
export async function writeOutput(
  output: string,
  inputs: readonly string[],
  produce: () => string | Promise<string>,
): Promise<void> {
  let content: string;
  try {
    content = await produce();
  } catch (error) {
    const isInput = inputs.some((input) => resolve(input) === resolve(output));
    if (output !== STDOUT && !isInput) {
      try {
        rmSync(output, { force: true });
      } catch {
        // A folder or a protected file: leave it; the error below is what matters.
      }
    }
    throw error;
  }
  if (output === STDOUT) process.stdout.write(content);
  else writeAtomically(output, content);
}
