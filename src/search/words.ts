/** Splits folded text into words: letters and digits of any script, so Inuktitut and Cree syllabics count too. */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
