/**
 * Folds text for matching: lower case, accents removed ("Thérapie" → "therapie"),
 * so people who type without accents, as most do on a phone, still find French entries.
 */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  // Most catalogue text is plain ASCII: indexing 50,000 entries skips the Unicode work for it.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}
