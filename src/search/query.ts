/** Runs a query against an index and counts the matches per category. */
import type { Category, Resource } from '../catalogue/schema.js';
import { CATEGORIES } from '../catalogue/schema.js';
import type { SearchIndex } from './build-index.js';
import { foldAccents } from './fold.js';

export type CategoryCounts = Record<Category | 'all', number>;

export interface SearchResult {
  /** Matches in the chosen category, best first (catalogue order for an empty query). */
  items: Resource[];
  /** Matches of the query in each category, regardless of the chosen one. */
  counts: CategoryCounts;
}

export function emptyCounts(): CategoryCounts {
  return { all: 0, peer: 0, family: 0, clinical: 0 };
}

/** Normalises what a person typed: folded, single-spaced, trimmed. */
export function normaliseQuery(query: string): string {
  return foldAccents(query).replace(/\s+/g, ' ').trim();
}

export function search(index: SearchIndex, query: string, category?: Category | null): SearchResult {
  const q = normaliseQuery(query);
  const matches = q ? index.fuse.search(q).map((r) => r.item) : [...index.resources];
  const counts = emptyCounts();
  for (const r of matches) {
    counts.all++;
    if ((CATEGORIES as readonly string[]).includes(r.category)) counts[r.category]++;
  }
  const items = category ? matches.filter((r) => r.category === category) : matches;
  return { items, counts };
}
