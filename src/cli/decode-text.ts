/**
 * Turns a file's bytes into text, refusing what cannot be read faithfully
 * rather than replacing characters silently.
 */
import { CliError } from './cli-error.js';

export interface Decoded {
  text: string;
  /** Said once to the maintainer, e.g. that the file was read as Windows-1252. */
  note?: string;
}

/** Where the first byte that is not UTF-8 is (-1 if none), and whether any multi-byte UTF-8 character was seen. */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return { invalidAt: i, multibyte };
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return { invalidAt: i, multibyte };
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return { invalidAt: i, multibyte };
    multibyte = true;
    i += need + 1;
  }
  return { invalidAt: -1, multibyte };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  // Without a byte-order mark, text in UTF-16 has a zero byte beside nearly every letter.
  const sample = bytes.subarray(0, 2000);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros * 4 > sample.length;
}

/** Line and column (in characters, as an editor counts them) of byte `offset`. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, column: [...before].length + 1 };
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes `bytes` as UTF-8. With `windows1252`, a file with no UTF-8 in it at
 * all (Excel's plain CSV on Windows) is read as Windows-1252, with a note.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { windows1252: boolean }): Decoded {
  if (looksLikeUtf16(bytes)) {
    throw new CliError(`"${name}" is saved as UTF-16 ("Unicode text"), which this command does not read; save it as UTF-8 (in Excel: "CSV UTF-8"), then try again`);
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
