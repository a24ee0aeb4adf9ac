/** Runs a query against an index and counts the matches per category. */
import type { Category, Resource } from '../catalogue/schema.js';
import { CATEGORIES } from '../catalogue/vocabulary.js';
import type { SearchIndex } from './build-index.js';
import { foldAccents } from './fold.js';
import { matchTermsInSteps } from './match-terms.js';
import { wordsOf } from './words.js';
import { createSlicer } from './yield-to-main.js';

export type CategoryCounts = Record<Category | 'all', number>;

export interface SearchResult {
  /** Matches in the chosen category, best first (catalogue order for an empty query). */
  items: Resource[];
  /** Matches of the query in each category, regardless of the chosen one. */
  counts: CategoryCounts;
}

/** Entries fuse.js scores per query: the best overall, and the best of each category so a filtered view is ranked too. */
export const CANDIDATES = 200;
export const CANDIDATES_PER_CATEGORY = 40;
/** Words of a query used to find candidates; fuse.js still scores the whole query. */
const MAX_TERMS = 8;

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

/** The best entries overall plus the best of each category, in `order`. */
function pickCandidates(order: Int32Array, categories: Uint8Array): number[] {
  if (order.length <= CANDIDATES) return Array.from(order);
  const picked = Array.from(order.subarray(0, CANDIDATES));
  const perCategory = [0, 0, 0, 0];
  for (const entry of picked) perCategory[categories[entry]!]!++;
  for (let i = CANDIDATES; i < order.length; i++) {
    const entry = order[i]!;
    const c = categories[entry]!;
    if (c < 3 && perCategory[c]! < CANDIDATES_PER_CATEGORY) {
      perCategory[c]!++;
      picked.push(entry);
    } else if (perCategory[0]! >= CANDIDATES_PER_CATEGORY && perCategory[1]! >= CANDIDATES_PER_CATEGORY && perCategory[2]! >= CANDIDATES_PER_CATEGORY) break;
  }
  return picked;
}

interface Scored {
  entry: number;
  score: number;
}

/** Has fuse.js score `candidates` exactly as a full scan would; returns those it keeps. */
function score(index: SearchIndex, pattern: string, candidates: readonly number[]): Scored[] {
  const { fuseIndex, records, resources } = index;
  const list: typeof fuseIndex.records = [];
  fuseIndex.setIndexRecords(list);
  for (const entry of candidates) {
    const record = records[entry];
    if (record) list.push(record);
    else records[entry] = fuseIndex.add(resources[entry]!, entry)!;
  }
  const results = index.fuse.search(pattern);
  fuseIndex.setIndexRecords([]);
  return results.map((r) => ({ entry: r.refIndex, score: r.score! }));
}

interface Plan {
  pattern: string;
  candidates: number[];
  order: Int32Array;
  complete: Uint8Array;
}

/** Step one: the entries holding words close to the query, and the few hundred of them fuse.js will score. */
function* plan(index: SearchIndex, query: string): Generator<void, Plan | null> {
  const pattern = normaliseQuery(query);
  if (!pattern) return null;
  const words = wordsOf(pattern);
  const { order, complete } = yield* matchTermsInSteps(index, candidateTerms(words), words.join(' '));
  return { pattern, candidates: pickCandidates(order, index.categories), order, complete };
}

function planNow(index: SearchIndex, query: string): Plan | null {
  const steps = plan(index, query);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Last step: fuse.js's ranking of the candidates, then the entries beyond them
 * that match every word, in word-index order, so the count covers every match
 * however large the catalogue.
 */
function finish(index: SearchIndex, p: Plan | null, scored: Scored[], category?: Category | null): SearchResult {
  const { resources, categories } = index;
  let matches: number[];
  if (!p) matches = Array.from(resources.keys());
  else {
    // fuse.js's own order: score, then catalogue order.
    matches = scored.sort((a, b) => a.score - b.score || a.entry - b.entry).map((s) => s.entry);
    if (p.order.length > p.candidates.length) {
      const taken = new Uint8Array(resources.length);
      for (const entry of p.candidates) taken[entry] = 1;
      for (let i = 0; i < p.order.length; i++) {
        if (p.complete[i] && !taken[p.order[i]!]) matches.push(p.order[i]!);
      }
    }
  }
  const counts = emptyCounts();
  const wanted = category ? CATEGORIES.indexOf(category) : -1;
  const items: Resource[] = [];
  for (const entry of matches) {
    const c = categories[entry]!;
    if (c < 3) counts[CATEGORIES[c]!]++;
    if (wanted < 0 || c === wanted) items.push(resources[entry]!);
  }
  counts.all = matches.length;
  return { items, counts };
}

/**
 * Searches in two steps: the word index picks the entries holding words close
 * to the query (a few hundred at most), then fuse.js ranks those.
 */
export function search(index: SearchIndex, query: string, category?: Category | null): SearchResult {
  const p = planNow(index, query);
  return finish(index, p, p ? score(index, p.pattern, p.candidates) : [], category);
}

/** Candidates fuse.js scores between two checks of the clock. */
const SCORE_SLICE = 25;

/**
 * `search` cut into slices of a few milliseconds, for large catalogues: a
 * keystroke never blocks the next one, and a newer query aborts this one
 * (the promise then rejects with the signal's reason).
 */
export async function searchInSlices(
  index: SearchIndex,
  query: string,
  category: Category | null | undefined,
  signal: AbortSignal,
): Promise<SearchResult> {
  const pause = createSlicer(signal);
  const steps = plan(index, query);
  let step = steps.next();
  try {
    while (!step.done) {
      await pause();
      step = steps.next();
    }
  } finally {
    steps.return(null);
  }
  const p = step.value;
  const scored: Scored[] = [];
  for (let i = 0; p && i < p.candidates.length; i += SCORE_SLICE) {
    await pause();
    scored.push(...score(index, p.pattern, p.candidates.slice(i, i + SCORE_SLICE)));
  }
  await pause();
  return finish(index, p, scored, category);
}
