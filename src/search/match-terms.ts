/**
 * Finds the catalogue words close to each typed word, and from their postings
 * the entries worth handing to fuse.js, best first.
 */
import { FIELD_WEIGHTS, POSTING_SHIFT, type SearchIndex } from './build-index.js';
import { compilePattern, substringDistance } from './substring-distance.js';

/** Typos allowed in a typed word of `length` letters; fuse.js allows 0.35 per letter on the whole query. */
export function maxTypos(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** How good a match with `typos` in a word of `length` is, on fuse.js's scale: -ln(max(0.001, typos / length)). */
function quality(typos: number, length: number): number {
  return -Math.log(Math.max(0.001, typos / length));
}

interface WordMatches {
  ids: number[];
  quality: number[];
}

const wordCaches = new WeakMap<SearchIndex, Map<string, WordMatches>>();

/** Vocabulary words compared between two chances to pause: a large directory's vocabulary runs to tens of thousands. */
const WORD_STEP = 4096;

/**
 * Catalogue words containing `term` with few enough typos. A one-letter term
 * matches words starting with it; longer ones match anywhere in a word, as
 * fuse.js does ("therap" finds "psychotherapie").
 */
function* matchWord(index: SearchIndex, term: string): Generator<void, WordMatches> {
  let cache = wordCaches.get(index);
  if (!cache) wordCaches.set(index, (cache = new Map()));
  const hit = cache.get(term);
  if (hit) return hit;
  const out: WordMatches = { ids: [], quality: [] };
  const { words } = index;
  const max = maxTypos(term.length);
  const pattern = compilePattern(term);
  for (let id = 0; id < words.length; id++) {
    const word = words[id]!;
    if (term.length === 1) {
      if (word.startsWith(term)) out.ids.push(id), out.quality.push(quality(0, 1));
    } else {
      const typos = max === 0 ? (word.includes(term) ? 0 : -1) : substringDistance(pattern, word, max);
      if (typos >= 0) out.ids.push(id), out.quality.push(quality(typos, pattern.length));
    }
    if (id % WORD_STEP === WORD_STEP - 1) yield;
  }
  // Typing reuses the earlier words of the query; a long session must not grow the cache for ever.
  if (cache.size > 500) cache.clear();
  cache.set(term, out);
  return out;
}

export interface Matches {
  /** Entries holding a word close to at least one term, best first. */
  order: Int32Array;
  /** For each entry of `order`, whether it matched every term. */
  complete: Uint8Array;
}

/**
 * Per-entry working arrays, made once per index. The lists of entries a
 * search touches are here too: as growing arrays they came to a megabyte a
 * keystroke for short queries, lived across slices, and so filled the old
 * generation that full garbage collections paused typing.
 */
interface Scratch {
  total: Float32Array;
  best: Float32Array;
  stamp: Int32Array;
  mask: Int32Array;
  /** Entries touched by the search, `touchedCount` of them. */
  touched: Int32Array;
  /** Entries holding a word of the current term. */
  inTerm: Int32Array;
  /** Each touched entry's score bucket. */
  bucket: Int32Array;
  run: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.resources.length;
    s = {
      total: new Float32Array(n),
      best: new Float32Array(n),
      stamp: new Int32Array(n),
      mask: new Int32Array(n),
      touched: new Int32Array(n),
      inTerm: new Int32Array(n),
      bucket: new Int32Array(n),
      run: 0,
    };
    scratches.set(index, s);
  }
  return s;
}

const EXACT_VALUE = 36;

/** Postings read between two chances to pause: a few milliseconds of work. */
const STEP = 50_000;

/**
 * Scores entries the way fuse.js will, roughly: for each term, its best word
 * match in the entry, weighted by the fields holding that word (name 3, each
 * matching tag 2, organization 1.5, description 1); summed over the terms.
 *
 * Written as steps: it yields every few milliseconds of work so a caller can
 * let the browser breathe, and may be abandoned (`return()`) between them.
 */
export function* matchTermsInSteps(index: SearchIndex, terms: readonly string[], whole: string): Generator<void, Matches> {
  const s = scratchFor(index);
  const { touched, inTerm, bucket } = s;
  let count = 0;
  let read = 0;
  try {
    // A value equal to the whole query ("caregiver", "proches aidants") is fuse.js's
    // best possible match, worth ln(1 / Number.EPSILON) ≈ 36 rather than 6.9.
    const exact = ++s.run;
    for (const v of index.values.get(whole) ?? []) {
      const entry = v >> 2;
      if (s.mask[entry] === 0 && s.stamp[entry] !== exact) touched[count++] = entry;
      s.stamp[entry] = exact;
      s.total[entry]! += EXACT_VALUE * FIELD_WEIGHTS[v & 3]!;
      s.mask[entry]! |= (1 << Math.min(terms.length, 31)) - 1;
    }
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const run = ++s.run;
      let inTermCount = 0;
      const { ids, quality: q } = yield* matchWord(index, term);
      for (let w = 0; w < ids.length; w++) {
        const postings = index.postings[ids[w]!]!;
        const wq = q[w]!;
        for (let p = 0; p < postings.length; p++) {
          const posting = postings[p]!;
          const entry = Math.floor(posting / POSTING_SHIFT);
          const weight =
            (posting & 3) * FIELD_WEIGHTS[0] +
            ((posting >> 2) & 3) * FIELD_WEIGHTS[1] +
            ((posting >> 4) & 3) * FIELD_WEIGHTS[2] +
            ((posting >> 6) & 3) * FIELD_WEIGHTS[3];
          const score = wq * weight;
          if (s.stamp[entry] !== run) {
            s.stamp[entry] = run;
            s.best[entry] = score;
            inTerm[inTermCount++] = entry;
          } else if (score > s.best[entry]!) s.best[entry] = score;
        }
        read += postings.length;
        if (read > STEP) {
          read = 0;
          yield;
        }
      }
      for (let i = 0; i < inTermCount; i++) {
        const entry = inTerm[i]!;
        if (s.mask[entry] === 0) touched[count++] = entry;
        s.total[entry]! += s.best[entry]!;
        s.mask[entry]! |= 1 << Math.min(t, 30);
      }
    }
    yield;

    // A counting sort on scores rounded to 1/16: linear, where a comparison sort
    // of 40,000 matches would cost more than the rest of the query. Equal scores
    // keep catalogue order, as fuse.js breaks its ties.
    if (count > s.total.length >> 4) {
      count = 0;
      for (let entry = 0; entry < s.mask.length; entry++) if (s.mask[entry]) touched[count++] = entry;
    } else touched.subarray(0, count).sort();
    let top = 0;
    for (let i = 0; i < count; i++) {
      const b = Math.round(s.total[touched[i]!]! * 16);
      bucket[i] = b;
      if (b > top) top = b;
    }
    const starts = new Int32Array(top + 2);
    for (let i = 0; i < count; i++) starts[top - bucket[i]! + 1]!++;
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    const all = (1 << Math.min(terms.length, 31)) - 1;
    const order = new Int32Array(count);
    const complete = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const entry = touched[i]!;
      const at = starts[top - bucket[i]!]!++;
      order[at] = entry;
      complete[at] = (s.mask[entry]! & all) === all ? 1 : 0;
    }
    return { order, complete };
  } finally {
    // The scratch arrays are shared by every search of this index: leave them clean, even when abandoned.
    for (let i = 0; i < count; i++) {
      s.total[touched[i]!] = 0;
      s.mask[touched[i]!] = 0;
    }
  }
}
