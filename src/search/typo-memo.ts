/**
 * Skips fuse.js's bitap on text that cannot match, as a query is typed.
 *
 * fuse.js allows a number of typos that grows with the query (0.35 a letter),
 * and a text that is not a match costs the most: bitap tries every number of
 * typos up to that limit over the whole text. Typing one more letter cannot
 * bring a text closer to the query: if no part of it was within 3 typos of
 * "soutien pa", none is within 3 typos of "soutien par". So while the
 * limit stays the same (two keystrokes in three), a text that failed the
 * shorter query fails the longer one, and is not searched again. Results are
 * exactly fuse.js's: the texts skipped are ones it would have found no match in.
 */
import type Fuse from 'fuse.js/basic';
import type { IFuseOptions } from 'fuse.js/basic';

interface Searcher {
  searchIn(text: string): { isMatch: boolean; score: number };
}

/** Texts known not to match one query, and those of the shorter query it grew from. */
interface Misses {
  query: string;
  typos: number;
  own: Set<string>;
  parent?: Misses;
}

/** bitap's patterns are at most 32 letters; fuse.js cuts longer ones into pieces, which this reasoning does not cover. */
const MAX_PATTERN = 32;
/** Queries remembered: what was typed and the terms its lay words add, over a few keystrokes. */
const KEPT = 16;

/** The most typos fuse.js allows in a query of `length` letters, computed as its bitap compares them. */
export function typosAllowed(length: number, threshold: number): number {
  let typos = 0;
  while ((typos + 1) / length <= threshold) typos++;
  return typos;
}

function missed(misses: Misses | undefined, text: string): boolean {
  for (let m = misses; m; m = m.parent) if (m.own.has(text)) return true;
  return false;
}

/**
 * Makes `fuse` skip texts that a shorter query with the same typo limit found
 * no match in. It wraps fuse.js's per-query searcher; should a fuse.js update
 * rename that method, nothing is skipped and results stay the same. Only with
 * `ignoreLocation`: otherwise where a match lies counts too, and a longer
 * query can match where a shorter one was too far from the start.
 */
export function skipKnownMisses<T>(fuse: Fuse<T>, { threshold = 0.6, ignoreLocation = false }: IFuseOptions<T>): Fuse<T> {
  const inner = fuse as unknown as { _getSearcher?: (query: string) => Searcher };
  const getSearcher = inner._getSearcher;
  if (typeof getSearcher !== 'function' || !ignoreLocation) return fuse;
  const recent: Misses[] = [];
  const wrapped = new WeakSet<Searcher>();
  inner._getSearcher = function (query: string) {
    const searcher = getSearcher.call(this, query);
    if (wrapped.has(searcher) || query.length > MAX_PATTERN) return searcher;
    wrapped.add(searcher);
    const typos = typosAllowed(query.length, threshold);
    // The longest remembered query this one grew from, with the same typo limit.
    let parent: Misses | undefined;
    for (const m of recent) {
      if (m.typos === typos && query.startsWith(m.query) && m.query.length > (parent?.query.length ?? -1)) parent = m;
    }
    // The same query again (fuse.js keeps one searcher, and a keystroke searches lay words in between) knows the same misses.
    let misses = parent;
    if (parent?.query !== query) {
      recent.push((misses = { query, typos, own: new Set(), parent }));
      if (recent.length > KEPT) recent.shift();
    }
    const searchIn = searcher.searchIn.bind(searcher);
    searcher.searchIn = (text) => {
      if (missed(misses, text)) return { isMatch: false, score: 1 };
      const result = searchIn(text);
      if (!result.isMatch) misses!.own.add(text);
      return result;
    };
    return searcher;
  };
  return fuse;
}
