/**
 * Folds text for matching: lower case, accents removed ("Thérapie" → "therapie"),
 * so people who type without accents, as most do on a phone, still find French entries.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
