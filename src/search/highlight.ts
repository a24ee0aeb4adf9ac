/**
 * Which words of a result's visible text to mark, from fuse.js's match
 * indices. Worked out only for the results drawn (a page of 20 to 40), not
 * while ranking: the ranking scores hundreds of candidates and needs no indices.
 */
import Fuse from 'fuse.js/basic';
import type { SearchIndex } from './build-index.js';
import { FUSE_OPTIONS } from './build-index.js';
import { foldAccents } from './fold.js';
import { normaliseQuery, queryWords } from './query.js';
import { expandQuery } from './thesaurus.js';
import { wordsOf } from './words.js';

/** Start and end (exclusive) of each marked stretch of the original text, in order. */
export type Ranges = [number, number][];

/** Position in `text` of each code unit of its folded form: folding can change lengths ("ǅ", decomposed accents). */
function foldedPositions(text: string): number[] | null {
  if (foldAccents(text).length === text.length) return null;
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    for (let k = foldAccents(c).length; k > 0; k--) map.push(i);
    i += c.length;
  }
  return map;
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{M}\p{N}]/u.test(c);

/** A function giving the stretches of a text to mark for `query` (and the terms its lay words add). */
export function createHighlighter(index: SearchIndex, query: string): (text: string) => Ranges {
  const pattern = normaliseQuery(query);
  // The whole query, each word of it that counts (an entry may hold them apart), and what its lay words add.
  const patterns = pattern ? [...new Set([pattern, ...queryWords(pattern), ...expandQuery(index.thesaurus, wordsOf(pattern))])] : [];
  const options = {
    isCaseSensitive: true,
    threshold: FUSE_OPTIONS.threshold,
    ignoreLocation: true,
    includeMatches: true,
    // A single letter fuse.js matched here and there is noise, not a word found.
    minMatchCharLength: 2,
  };
  return (text) => {
    if (!patterns.length) return [];
    const folded = foldAccents(text);
    const found: [number, number][] = [];
    for (const p of patterns) found.push(...((Fuse.match(p, folded, options).indices ?? []) as [number, number][]));
    const map = foldedPositions(text);
    const ranges: Ranges = [];
    for (const [from, to] of found.sort((a, b) => a[0] - b[0])) {
      // Whole words: "suport" marks "support", not the letters it shares with it.
      let start = map ? map[from]! : from;
      let end = (map ? map[to]! : to) + 1;
      while (start < end && !isWordChar(text[start])) start++;
      while (end > start && !isWordChar(text[end - 1])) end--;
      if (start === end) continue;
      while (start > 0 && isWordChar(text[start - 1])) start--;
      while (end < text.length && isWordChar(text[end])) end++;
      const last = ranges[ranges.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else ranges.push([start, end]);
    }
    return ranges;
  };
}
