/**
 * Finds the catalogue words close to a typed one: fuse.js over the
 * vocabulary, after a letter count that skips the words it could not find.
 */
import Fuse from 'fuse.js/basic';
import { WORD_OPTIONS, type SearchIndex } from './build-index.js';

/** Typos allowed in a typed word of `length` letters: fewer than fuse.js's 0.35 a letter, which lets "son" find "soin". */
export function maxTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * How well a catalogue word answers a typed one, 0–1: the word itself, then
 * its plural or singular, a word it starts ("parent" → "parents"), one it is
 * inside ("therap" → "psychotherapie"), one with typos; the closer in length
 * the better.
 */
function quality(term: string, word: string, typos: number): number {
  if (word === term) return 1;
  if (typos < 2 && word.replace(/[sx]$/, '') === term.replace(/[sx]$/, '')) return 0.95;
  // A few letters are weak evidence of a long word.
  const fit = Math.min(1, term.length / word.length);
  if (!typos) return word.startsWith(term) ? 0.5 + 0.45 * fit : 0.3 + 0.4 * fit;
  return (1 - typos / term.length) * (0.6 + 0.2 * fit);
}

export interface WordMatches {
  /** Vocabulary positions of the words found, and how well each answers the term. */
  ids: number[];
  quality: number[];
  /** What fuse.js found, before the limits above: what a longer term narrows. */
  raw: number[];
  typos: number[];
}

/** Per index, the words found for each recent term. */
const wordCaches = new WeakMap<SearchIndex, Map<string, WordMatches>>();

/** Vocabulary words fuse.js compares between two chances to pause. */
const WORD_STEP = 2048;

/** The typos fuse.js allows in `length` letters, as its bitap counts them (0.35 a letter). */
const fuseTypos = (length: number) => Math.floor(length * 0.35 + 1e-9);

interface Letters {
  /** How many of each ASCII letter the term holds. */
  left: Int8Array;
  /** Of the term's ASCII letters, how many a word must hold for a match within the typos fuse.js allows. */
  needed: number;
  taken: Int32Array;
}

function lettersOf(term: string, typos: number): Letters {
  const left = new Int8Array(128);
  let ascii = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c < 128) (left[c]!++, ascii++);
  }
  return { left, needed: ascii - typos, taken: new Int32Array(term.length) };
}

/**
 * Whether `word` could hold a part within the allowed typos of the term: such
 * a part holds all but that many of the term's letters. fuse.js's bitap costs
 * about 10 µs a word; this test, a fraction of one, leaves it most of the
 * vocabulary to skip.
 */
function mayMatch({ left, needed, taken }: Letters, word: string): boolean {
  if (needed <= 0) return true;
  let hits = 0;
  for (let i = 0; i < word.length && hits < needed; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 && left[c]! > 0) (left[c]!--, (taken[hits++] = c));
  }
  // Leave the counts as they were for the next word.
  for (let h = 0; h < hits; h++) left[taken[h]!]!++;
  return hits >= needed;
}

/**
 * Catalogue words close to `term`. One to three letters find the words they
 * start; longer ones find words holding them anywhere, and with typos the
 * words fuse.js finds that start alike (a typo in a first letter is rare, and
 * "aidant" is not in "confidential"). A term that extends a recent one for
 * which fuse.js allows as many typos looks only among that one's words (a
 * word with no part close to "anxi" has none close to "anxie"): typing a
 * letter costs what the letter changes.
 */
export function* matchWord(index: SearchIndex, term: string): Generator<void, WordMatches> {
  let cache = wordCaches.get(index);
  if (!cache) wordCaches.set(index, (cache = new Map()));
  const hit = cache.get(term);
  if (hit) return hit;
  const out: WordMatches = { ids: [], quality: [], raw: [], typos: [] };
  const { words } = index;
  const max = maxTypos(term.length);
  let from: WordMatches | undefined;
  for (let n = term.length - 1; n > 3 && !from; n--) if (fuseTypos(n) === fuseTypos(term.length)) from = cache.get(term.slice(0, n));
  const ids = from ? from.raw : null;
  const count = ids ? ids.length : words.length;
  const letters = lettersOf(term, fuseTypos(term.length));
  for (let start = 0; start < count; start += WORD_STEP) {
    const end = Math.min(count, start + WORD_STEP);
    if (!max) {
      for (let i = start; i < end; i++) {
        const id = ids ? ids[i]! : i;
        if (words[id]!.startsWith(term)) (out.raw.push(id), out.typos.push(0));
      }
    } else {
      // What fuse.js's search over these words gives, without its index and result objects, which the
      // build leaves out of the finder (a single word's score is its bitap score): best first, ties in vocabulary order.
      const found: [score: number, id: number][] = [];
      for (let i = start; i < end; i++) {
        const id = ids ? ids[i]! : i;
        if (!mayMatch(letters, words[id]!)) continue;
        const { isMatch, score } = Fuse.match(term, words[id]!, WORD_OPTIONS);
        if (isMatch) found.push([score, id]);
      }
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [score, id] of found) (out.raw.push(id), out.typos.push(Math.round(score * term.length)));
    }
    if (end < count) yield;
  }
  out.raw.forEach((id, i) => {
    const word = words[id]!;
    const typos = out.typos[i]!;
    if (
      typos > max ||
      (typos && (word[0] !== term[0] || (Math.abs(word.length - term.length) > typos && !word.startsWith(term.slice(0, 3)))))
    )
      return;
    const q = quality(term, word, typos);
    // Two typos in a short word, or a word much longer: more chance than resemblance.
    if (typos && q < 0.55) return;
    out.ids.push(id);
    out.quality.push(q);
  });
  // Typing reuses the earlier words of the query; a long session must not grow the cache for ever.
  if (cache.size > 500) cache.clear();
  cache.set(term, out);
  return out;
}
