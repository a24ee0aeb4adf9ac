/**
 * Marks that spelling leaves out at will, dropped: Latin, Greek and Cyrillic
 * accents, Arabic harakat and Hebrew points. Every other script's marks stay:
 * Devanagari and Gurmukhi vowel signs make other words ("दिल", heart, is not
 * "दल", party), and so do the kana voicing marks.
 */
const OPTIONAL_MARKS = /(?![\u3099\u309a])(?=\p{M})[\p{sc=Zinh}\p{sc=Arab}\p{sc=Hebr}]/gu;

/**
 * Folds text for matching: lower case, accents removed ("Thérapie" → "therapie"),
 * so people who type without accents, as most do on a phone, still find French entries.
 * Arabic letters that keyboards and habits write two ways become one (ى ی as
 * ي, ک as ك, ة as ه), and the stretching tatweel goes. Each character folds on
 * its own, whatever its neighbours, so a highlight can map back to the text.
 */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  // Most catalogue text is plain ASCII: indexing 50,000 entries skips the Unicode work for it.
  return /[^\x00-\x7f]/.test(lower)
    ? lower
        .normalize('NFD')
        .replace(OPTIONAL_MARKS, '')
        .replace(/[\u0649\u06cc\u06a9\u0629\u0640]/g, (c) => '\u064a\u064a\u0643\u0647'['\u0649\u06cc\u06a9\u0629'.indexOf(c)] ?? '')
    : lower;
}
