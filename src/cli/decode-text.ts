/**
 * Turns a file's bytes into text, refusing what cannot be read faithfully
 * rather than replacing characters silently.
 */
import { lineAndColumn, looksLikeUtf16, scanUtf8 } from '../catalogue/utf8.js';
import { CliError } from './cli-error.js';

export interface Decoded {
  text: string;
  /** Said once to the maintainer, e.g. that the file was read as Windows-1252. */
  note?: string;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes `bytes` as UTF-8. With `windows1252`, a file with no UTF-8 in it at
 * all (Excel's plain CSV on Windows) is read as Windows-1252, with a note.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { windows1252: boolean }): Decoded {
  if (looksLikeUtf16(bytes)) {
    throw new CliError(
      `"${name}" is saved as UTF-16 ("Unicode text"), which this command does not read; save it as UTF-8 (in Excel: "CSV UTF-8"), then try again`,
    );
  }
  const { invalidAt, multibyte } = scanUtf8(bytes);
  if (invalidAt < 0) return { text: new TextDecoder('utf-8').decode(bytes) };
  if (options.windows1252 && !multibyte) {
    const note = `${name}: not saved as UTF-8, so it was read as Windows-1252; next time choose "CSV UTF-8" when saving`;
    return { text: new TextDecoder('windows-1252').decode(bytes), note };
  }
  const { line, column } = lineAndColumn(bytes, invalidAt);
  throw new CliError(
    `${name}:${line}:${column} byte ${hex(bytes[invalidAt]!)} is not UTF-8, so the file cannot be read faithfully and nothing was written; ` +
      'retype the character there (often an accent pasted from another program), or save the file again as UTF-8',
  );
}
