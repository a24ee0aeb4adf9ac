/**
 * Scores entries from the words they hold. fuse.js finds, for each typed
 * word, the catalogue words within a few typos of it (the vocabulary: a few
 * hundred to tens of thousands of short strings, where the entries' texts run
 * to millions of letters); their postings give the entries, scored by which
 * field holds the word and how well it matched, then ranked by how many of
 * the query's words each entry holds.
 */
import { FIELD_WEIGHTS, POSTING_SHIFT, type SearchIndex } from './build-index.js';

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
    if (c < 128) left[c]!++, ascii++;
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
    if (c < 128 && left[c]! > 0) left[c]!--, (taken[hits++] = c);
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
        if (words[id]!.startsWith(term)) out.raw.push(id), out.typos.push(0);
      }
    } else {
      const { fuse, fuseIndex, wordRecords } = index;
      const records: typeof wordRecords = [];
      for (let i = start; i < end; i++) {
        const id = ids ? ids[i]! : i;
        if (mayMatch(letters, words[id]!)) records.push(wordRecords[id]!);
      }
      fuseIndex.setIndexRecords(records);
      for (const r of fuse.search(term)) out.raw.push(r.refIndex), out.typos.push(Math.round(r.score! * term.length));
      fuseIndex.setIndexRecords(wordRecords);
    }
    if (end < count) yield;
  }
  out.raw.forEach((id, i) => {
    const word = words[id]!;
    const typos = out.typos[i]!;
    if (typos > max || (typos && (word[0] !== term[0] || (Math.abs(word.length - term.length) > typos && !word.startsWith(term.slice(0, 3)))))) return;
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

/**
 * Per-entry working arrays, made once per index and left clean after each
 * search: as arrays made per keystroke they filled the old generation of a
 * 50,000-entry page's heap, and its full garbage collections paused typing.
 */
interface Scratch {
  /** Each entry's score so far, and its best for the term being read. */
  total: Float32Array;
  best: Float32Array;
  more: Float32Array;
  /** Which of the query's words the entry holds (bit per word). */
  mask: Int32Array;
  stamp: Int32Array;
  touched: Int32Array;
  inTerm: Int32Array;
  run: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.resources.length;
    const int = () => new Int32Array(n);
    s = { total: new Float32Array(n), best: new Float32Array(n), more: new Float32Array(n), mask: int(), stamp: int(), touched: int(), inTerm: int(), run: 0 };
    scratches.set(index, s);
  }
  return s;
}

/**
 * A word to look for: typed, or added by a lay phrase (`weight` < 1), and the
 * bits of the query's words it stands for. A typed lay word (`exact`: "psy",
 * "teenager") finds only itself: what it means is what its phrase adds, not
 * every word it starts.
 */
export interface Term {
  text: string;
  weight: number;
  covers: number;
  /** The terms one lay phrase adds share a group: an entry counts the best of them, not their sum. */
  group: number;
  exact?: boolean;
}

/**
 * A lay word's match counts about `weight` of a typed word's where both are
 * weak, and less as they grow, never reaching this: below a typed word found
 * in a name (3 × 0.5 at the least).
 */
const SYNONYM_CAP = 1.45;
/** How much rarer terms count: 1 + this × ln(entries / entries holding it). */
const RARE = 0.3;
/** What each word of an entry beyond the best one close to a term adds, as a share of its score. */
const OTHER_WORDS = 0.25;
/** A whole name, tag or organization equal to the query: what was asked for, by its name. */
const EXACT_VALUE = 6;
/** Score steps per point in the sort, and points kept: a 50,000-entry result sorts in linear time. */
const STEPS = 16;
const TOP_SCORE = 255;
/** Postings read between two chances to pause: a few milliseconds of work. */
const STEP = 50_000;

export interface Ranked {
  /** Entries holding at least `needed` of the query's words, best first. */
  order: Int32Array;
}

/** The fields holding a word, weighted; a second or third value of a field (another tag) adds a quarter. */
const weightOf = (posting: number) => {
  let w = 0;
  for (let f = 0; f < FIELD_WEIGHTS.length; f++) {
    const n = (posting >> (f * 2)) & 3;
    if (n) w += FIELD_WEIGHTS[f]! * (0.75 + n / 4);
  }
  return w;
};

/**
 * Ranks the entries holding the terms: first by how many of the query's
 * words they hold (or their lay synonyms), then by score. Entries holding
 * fewer than `needed` words are left out. Written as steps that yield every
 * few milliseconds of work; may be abandoned (`return()`) between them.
 */
export function* rankInSteps(index: SearchIndex, terms: readonly Term[], whole: string, needed: number): Generator<void, Ranked> {
  const s = scratchFor(index);
  const { touched, inTerm } = s;
  let count = 0;
  let read = 0;
  try {
    for (let t = 0; t < terms.length; ) {
      const { weight, covers, group } = terms[t]!;
      const run = ++s.run;
      let inTermCount = 0;
      for (; t < terms.length && terms[t]!.group === group; t++) {
        const { text, exact } = terms[t]!;
        const better = (entry: number, score: number) => {
          if (s.stamp[entry] !== run) {
            s.stamp[entry] = run;
            s.best[entry] = score;
            s.more[entry] = 0;
            inTerm[inTermCount++] = entry;
          } else if (score > s.best[entry]!) (s.more[entry]! += s.best[entry]!), (s.best[entry] = score);
          else s.more[entry]! += score;
        };
        // An added phrase ("peer support", "someone to talk to") is found whole, as a name, tag or label.
        if (text.includes(' ')) for (const v of index.values.get(text) ?? []) better(v >> 3, FIELD_WEIGHTS[v & 7]!);
        const { ids, quality: q } = text.includes(' ') ? { ids: [], quality: [] } : yield* matchWord(index, text);
        // A term few entries hold says more about what is wanted than one most hold ("alcohol" against "family").
        let df = 0;
        for (const id of ids) df += index.postings[id]!.length;
        const rare = 1 + RARE * Math.log(index.resources.length / Math.max(1, Math.min(df, index.resources.length)));
        for (let w = 0; w < ids.length; w++) {
          const postings = index.postings[ids[w]!]!;
          // An added term is often a stem ("psycholog"): every word it starts is a full match.
          const wq = weight < 1 && index.words[ids[w]!]!.startsWith(text) ? 1 : q[w]!;
          if (exact && wq < 0.95) continue;
          for (let p = 0; p < postings.length; p++) {
            const posting = postings[p]!;
            const entry = Math.floor(posting / POSTING_SHIFT);
            better(entry, wq * rare * weightOf(posting));
          }
          read += postings.length;
          if (read > STEP) {
            read = 0;
            yield;
          }
        }
      }
      for (let i = 0; i < inTermCount; i++) {
        const entry = inTerm[i]!;
        if (!s.mask[entry]) touched[count++] = entry;
        // The best word, and a little for the others: an entry that says it in both languages, or in several forms, is surer.
        const score = s.best[entry]! + OTHER_WORDS * s.more[entry]!;
        s.total[entry]! += weight < 1 ? (SYNONYM_CAP * weight * score) / (weight * score + SYNONYM_CAP) : score;
        s.mask[entry]! |= covers;
      }
    }
    for (const v of index.values.get(whole) ?? []) {
      const entry = v >> 3;
      if (s.mask[entry]) s.total[entry]! += EXACT_VALUE * FIELD_WEIGHTS[v & 7]!;
    }
    yield;

    // A counting sort: by words held, then score rounded to 1/16; equal keys keep catalogue order.
    if (count > s.total.length >> 4) {
      count = 0;
      for (let entry = 0; entry < s.mask.length; entry++) if (s.mask[entry]) touched[count++] = entry;
    } else touched.subarray(0, count).sort();
    const span = TOP_SCORE * STEPS + 1;
    const key = (entry: number) => {
      let held = 0;
      for (let m = s.mask[entry]!; m; m &= m - 1) held++;
      return held < needed ? -1 : held * span + Math.min(span - 1, Math.round(s.total[entry]! * STEPS));
    };
    let top = 0;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const k = key(touched[i]!);
      inTerm[i] = k;
      if (k >= 0) kept++;
      if (k > top) top = k;
    }
    const starts = new Int32Array(top + 2);
    for (let i = 0; i < count; i++) if (inTerm[i]! >= 0) starts[top - inTerm[i]! + 1]!++;
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    const order = new Int32Array(kept);
    for (let i = 0; i < count; i++) if (inTerm[i]! >= 0) order[starts[top - inTerm[i]!]!++] = touched[i]!;
    return { order };
  } finally {
    for (let i = 0; i < count; i++) {
      s.total[touched[i]!] = 0;
      s.mask[touched[i]!] = 0;
    }
  }
}
