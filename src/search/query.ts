/** Runs a query against an index and counts the matches per category. */
import type { Category, Resource } from '../catalogue/schema.js';
import { CATEGORIES } from '../catalogue/schema.js';
import type { SearchIndex } from './build-index.js';
import { foldAccents } from './fold.js';
import { matchTerms } from './match-terms.js';
import { wordsOf } from './words.js';

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

/** Has fuse.js score `candidates` exactly as a full scan would, and returns the entries it keeps, best first. */
function score(index: SearchIndex, pattern: string, candidates: readonly number[]): number[] {
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
  return results.map((r) => r.refIndex);
}

/**
 * Searches in two steps: the word index picks the entries holding words close
 * to the query (a few hundred at most), then fuse.js ranks those. Entries
 * beyond the candidates that match every word follow, in word-index order, so
 * the count covers every match however large the catalogue.
 */
export function search(index: SearchIndex, query: string, category?: Category | null): SearchResult {
  const q = normaliseQuery(query);
  const { resources, categories } = index;
  let matches: number[];
  if (!q) {
    matches = Array.from(resources.keys());
  } else {
    const words = wordsOf(q);
    const terms = candidateTerms(words);
    const { order, complete } = matchTerms(index, terms, words.join(' '));
    const candidates = pickCandidates(order, categories);
    matches = score(index, q, candidates);
    if (order.length > candidates.length) {
      const taken = new Uint8Array(resources.length);
      for (const entry of candidates) taken[entry] = 1;
      for (let i = 0; i < order.length; i++) {
        if (complete[i] && !taken[order[i]!]) matches.push(order[i]!);
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
 * `search` that remembers its last answer: the element re-renders for other
 * reasons (an announcement, "Show more") and must not search 50,000 entries
 * again for them. A new answer is a new object, so callers can tell.
 */
export function createSearch(): typeof search {
  let last: { index: SearchIndex; query: string; category?: Category | null; result: SearchResult } | undefined;
  return (index, query, category) => {
    if (last?.index !== index || last.query !== query || last.category !== category) {
      last = { index, query, category, result: search(index, query, category) };
    }
    return last.result;
  };
}
