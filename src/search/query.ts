/** Runs a query against an index. */
import type { Category, Resource } from '../catalogue/schema.js';
import type { SearchIndex } from './build-index.js';
import { foldAccents } from './fold.js';
import { matchTermsInSteps, type Matches } from './match-terms.js';
import { expandQuery } from './thesaurus.js';
import { wordsOf } from './words.js';
import { createSlicer, runInSlices, runSteps, yieldToMain } from './yield-to-main.js';

export type CategoryCounts = Record<Category | 'all', number>;

export interface SearchResult {
  /** Every match, best first (catalogue order for an empty query); listed when first read. */
  readonly items: Resource[];
  /**
   * Positions of every match in the catalogue, best first: what the facet
   * filters narrow and count (the category is one of them). A typed array: at 50,000 entries a short
   * query's list, kept across slices, would otherwise reach the old
   * generation of the heap on most keystrokes.
   */
  matches: Int32Array;
}

/** The result of nothing found yet. */
export function emptyResult(): SearchResult {
  return { items: [], matches: new Int32Array(0) };
}

/** Entries fuse.js scores per query: the best overall, and the best of each category so a filtered view is ranked too. */
export const CANDIDATES = 200;
export const CANDIDATES_PER_CATEGORY = 40;
/**
 * fuse.js's work per candidate grows with the query's length (bitap runs one
 * pass over each text per typo it allows, 0.35 per letter), so beyond this
 * many letters fewer candidates are scored and a long query costs about what
 * a 14-letter one does. By the 14th letter the word index's order is sharp:
 * on the benchmark's queries the top 10 stayed the same.
 */
const FULL_SCORING_LENGTH = 14;

/** Words of a query used to find candidates; fuse.js still scores the whole query. */
const MAX_TERMS = 8;

/** No match in any category: what the category filter shows before a catalogue is searched. */
export function emptyCounts(): CategoryCounts {
  return { all: 0, peer: 0, family: 0, clinical: 0 };
}

/** Normalises what a person typed: folded, single-spaced, trimmed. */
export function normaliseQuery(query: string): string {
  return foldAccents(query).replace(/\s+/g, ' ').trim();
}

/**
 * The words of a query that find candidates. One- and two-letter words ("d'",
 * "to", "in") are left out when a longer word is there: they occur in most
 * entries, so they would only slow the lookup. fuse.js still scores them.
 */
function candidateTerms(words: string[]): string[] {
  const all = [...new Set(words)];
  const long = all.filter((w) => w.length > 2);
  return (long.length ? long : all).slice(0, MAX_TERMS);
}

/**
 * Of the entries the terms a query's lay words add, fuse.js scores about this
 * many in all (shared among the terms), on top of the candidates for what was
 * typed: a lay word costs at most about one more pass over the candidates.
 */
const EXPANSION_CANDIDATES = 100;

/** The best `overall` entries plus the best `each` of each category, in `order`. */
function pickCandidates(order: Int32Array, categories: Uint8Array, overall = CANDIDATES, each = CANDIDATES_PER_CATEGORY): number[] {
  if (order.length <= overall) return Array.from(order);
  const picked = Array.from(order.subarray(0, overall));
  const perCategory = [0, 0, 0, 0];
  for (const entry of picked) perCategory[categories[entry]!]!++;
  for (let i = overall; i < order.length; i++) {
    const entry = order[i]!;
    const c = categories[entry]!;
    if (c < 3 && perCategory[c]! < each) {
      perCategory[c]!++;
      picked.push(entry);
    } else if (perCategory[0]! >= each && perCategory[1]! >= each && perCategory[2]! >= each) break;
  }
  return picked;
}

/**
 * How much a match of an added term counts against one of the person's own
 * words, as a power of fuse.js's score: half, so an entry that holds what was
 * typed stays above one that holds only a synonym in the same place, and one
 * holding both comes first.
 */
export const SYNONYM_WEIGHT = 0.5;

/**
 * fuse.js records kept between searches. Each holds folded copies of every
 * field (about 2.5 KB): kept for every entry ever scored, a long session
 * grew the heap by half the catalogue again, and each full garbage
 * collection of that heap paused typing for tens of milliseconds.
 */
export const KEPT_RECORDS = 3000;

/** Has fuse.js score `candidates` exactly as a full scan would; multiplies what it finds into `scores`. */
function score(index: SearchIndex, pattern: string, candidates: readonly number[], power: number, scores: Map<number, number>): void {
  const { fuseIndex, records, resources } = index;
  const list: typeof fuseIndex.records = [];
  fuseIndex.setIndexRecords(list);
  for (const entry of candidates) {
    let record = records.get(entry);
    if (record) {
      list.push(record);
      // Last used goes last: the first ones are dropped.
      records.delete(entry);
    } else record = fuseIndex.add(resources[entry]!, entry)!;
    records.set(entry, record);
  }
  for (const entry of records.keys()) {
    if (records.size <= KEPT_RECORDS) break;
    records.delete(entry);
  }
  const results = index.fuse.search(pattern);
  fuseIndex.setIndexRecords([]);
  for (const r of results) scores.set(r.refIndex, (scores.get(r.refIndex) ?? 1) * (power === 1 ? r.score! : r.score! ** power));
}

interface Plan {
  /** What was typed, folded, then the terms its lay words add. */
  patterns: string[];
  /** For each pattern, the entries fuse.js scores it on. */
  scored: number[][];
  /** Every entry scored, once. */
  candidates: number[];
  matches: Matches[];
}

/**
 * Step one: for what was typed and each added term, the entries holding words
 * close to it; then the few hundred of them fuse.js will score.
 */
function* plan(index: SearchIndex, query: string): Generator<void, Plan | null> {
  const pattern = normaliseQuery(query);
  if (!pattern) return null;
  const words = wordsOf(pattern);
  const patterns = [pattern, ...expandQuery(index.thesaurus, words)];
  const matches: Matches[] = [];
  const scored: number[][] = [];
  const share = patterns.length - 1;
  const part = Math.min(1, FULL_SCORING_LENGTH / pattern.length);
  for (const p of patterns) {
    const w = p === pattern ? words : wordsOf(p);
    const m = yield* matchTermsInSteps(index, candidateTerms(w), w.join(' '));
    matches.push(m);
    scored.push(
      p === pattern
        ? pickCandidates(m.order, index.categories, Math.round(CANDIDATES * part), Math.round(CANDIDATES_PER_CATEGORY * part))
        : pickCandidates(m.order, index.categories, Math.ceil(EXPANSION_CANDIDATES / share), Math.ceil(CANDIDATES_PER_CATEGORY / 2 / share)),
    );
  }
  const candidates = scored.length === 1 ? scored[0]! : [...new Set(scored.flat())];
  return { patterns, scored, candidates, matches };
}

/** Entries the last step goes through between two chances to pause: well under a millisecond. */
const FINISH_STEP = 8192;

/** Every position of a catalogue, for the empty query: asked again at each cleared search box, so made once per index. */
const everyEntry = new WeakMap<SearchIndex, Int32Array>();

function allOf(index: SearchIndex): Int32Array {
  let all = everyEntry.get(index);
  if (!all) {
    all = new Int32Array(index.resources.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    everyEntry.set(index, all);
  }
  return all;
}

/**
 * Last step: fuse.js's ranking of the candidates, then the entries beyond them
 * that match every word of what was typed or of an added term, in word-index
 * order, so the count covers every match however large the catalogue. A short
 * query matches most of a 50,000-entry directory, so this step pauses too.
 */
function* finish(index: SearchIndex, p: Plan | null, scores: Map<number, number>): Generator<void, SearchResult> {
  const { resources } = index;
  let matches: Int32Array;
  if (!p) matches = allOf(index);
  else {
    // fuse.js's own order: score, then catalogue order.
    const ranked = [...scores.keys()].sort((a, b) => scores.get(a)! - scores.get(b)! || a - b);
    let most = ranked.length;
    for (const { order } of p.matches) most += order.length;
    matches = new Int32Array(Math.min(most, resources.length));
    matches.set(ranked);
    let found = ranked.length;
    const taken = new Uint8Array(resources.length);
    for (const entry of p.candidates) taken[entry] = 1;
    for (const { order, complete } of p.matches) {
      for (let i = 0; i < order.length; i++) {
        if (complete[i] && !taken[order[i]!]) taken[order[i]!] = 1, (matches[found++] = order[i]!);
        if (i % FINISH_STEP === FINISH_STEP - 1) yield;
      }
    }
    matches = matches.subarray(0, found);
  }
  let items: Resource[] | undefined;
  return {
    matches,
    // Only a caller without the facet filters reads these; the finder reads `matches`.
    get items() {
      return (items ??= Array.from(matches, (entry) => resources[entry]!));
    },
  };
}

/**
 * Searches in two steps: the word index picks the entries holding words close
 * to the query or to the terms its lay words add (a few hundred at most), then
 * fuse.js ranks those. Branch-sized catalogues are searched this way, at once.
 */
export function search(index: SearchIndex, query: string): SearchResult {
  const p = runSteps(plan(index, query));
  const scores = new Map<number, number>();
  p?.patterns.forEach((pattern, i) => score(index, pattern, p.scored[i]!, i ? SYNONYM_WEIGHT : 1, scores));
  return runSteps(finish(index, p, scores));
}

/**
 * How long one call to fuse.js may run. Its cost per candidate varies a
 * hundredfold (a long query against long descriptions takes most), so the
 * number of candidates per call follows what the last call took.
 */
const SCORE_MS = 3;
const FIRST_SCORE_SLICE = 8;
const MAX_SCORE_SLICE = 100;

/**
 * `search` cut into slices of a few milliseconds, for large catalogues: a
 * keystroke never blocks the next one, and a newer query aborts this one
 * (the promise then rejects with the signal's reason). No slice runs in the
 * caller's task: that is the keystroke's, which has its own work to draw.
 */
export async function searchInSlices(index: SearchIndex, query: string, signal: AbortSignal): Promise<SearchResult> {
  await yieldToMain();
  signal.throwIfAborted();
  const pause = createSlicer(signal);
  const p = await runInSlices(plan(index, query), pause);
  const scores = new Map<number, number>();
  let size = FIRST_SCORE_SLICE;
  for (let k = 0; p && k < p.patterns.length; k++) {
    const candidates = p.scored[k]!;
    for (let i = 0; i < candidates.length; ) {
      await pause();
      const part = candidates.slice(i, i + size);
      const start = performance.now();
      score(index, p.patterns[k]!, part, k ? SYNONYM_WEIGHT : 1, scores);
      const each = (performance.now() - start) / part.length;
      size = Math.max(1, Math.min(MAX_SCORE_SLICE, Math.floor(SCORE_MS / Math.max(each, 0.01))));
      i += part.length;
    }
  }
  await pause();
  return runInSlices(finish(index, p, scores), pause);
}
