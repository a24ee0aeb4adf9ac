/**
 * Checking bytes as UTF-8 without guessing, for every reader of files (CLI,
 * builder page): where the first byte that is not UTF-8 is, and whether the
 * file has any UTF-8 beyond ASCII at all (if not, it is likely Windows-1252).
 */

/** Where the first byte that is not UTF-8 is (-1 if none), and whether any multi-byte UTF-8 character was seen. */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; multibyte: boolean } {
  let multibyte = false;
  for (let i = 0; i < bytes.length;) {
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

/** Line and column (in characters, as an editor counts them) of byte `offset`. */
export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
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

/** UTF-16 (Excel's "Unicode text"), with or without a byte-order mark. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  // Without a byte-order mark, text in UTF-16 has a zero byte beside nearly every letter.
  const sample = bytes.subarray(0, 2000);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros * 4 > sample.length;
}
