/**
 * Scores entries from the words they hold. fuse.js finds, for each typed
 * word, the catalogue words within a few typos of it (the vocabulary: a few
 * hundred to tens of thousands of short strings, where the entries' texts run
 * to millions of letters); their postings give the entries, scored by which
 * field holds the word and how well it matched, then ranked by how many of
 * the query's words each entry holds.
 */
import { FIELD_WEIGHTS, POSTING_SHIFT, type SearchIndex } from './build-index.js';
import { matchWord } from './match-words.js';

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
    s = {
      total: new Float32Array(n),
      best: new Float32Array(n),
      more: new Float32Array(n),
      mask: int(),
      stamp: int(),
      touched: int(),
      inTerm: int(),
      run: 0,
    };
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
    for (let t = 0; t < terms.length;) {
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
          } else if (score > s.best[entry]!) ((s.more[entry]! += s.best[entry]!), (s.best[entry] = score));
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
