/**
 * Recognises a search that suggests someone may be in immediate danger, so the
 * finder can put the crisis lines first. It adds an alert above the results;
 * it never replaces them.
 */
import { foldAccents } from './fold.js';
import { CRISIS_TERMS } from './crisis-terms.js';

/**
 * Folded words of a text, with a plural "s" dropped so "pensées suicidaires"
 * and "overdoses" match too: "Self-harm!" → ["self", "harm"].
 */
function words(text: string): string[] {
  const found = foldAccents(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

export interface CrisisMatcher {
  /** True when the query holds one of the phrases as whole words. */
  test(query: string): boolean;
}

/** Builds a matcher for the built-in phrases plus `extra` ones (a catalogue's `crisis.terms`). */
export function createCrisisMatcher(extra: readonly string[] = []): CrisisMatcher {
  // Phrases are stored as space-joined folded words and looked up by their first word.
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of [...CRISIS_TERMS, ...extra]) {
    const w = words(phrase);
    if (!w.length) continue;
    const list = byFirstWord.get(w[0]) ?? [];
    list.push(w);
    byFirstWord.set(w[0], list);
  }
  return {
    test(query) {
      const q = words(query);
      return q.some((word, i) =>
        (byFirstWord.get(word) ?? []).some((phrase) => phrase.every((p, j) => q[i + j] === p)),
      );
    },
  };
}

const builtin = createCrisisMatcher();

/** Whether `query` suggests immediate danger, using the built-in phrases only. */
export function isCrisisQuery(query: string): boolean {
  return builtin.test(query);
}
