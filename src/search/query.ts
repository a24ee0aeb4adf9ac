/** Runs a query against an index. */
import type { Category, Resource } from '../catalogue/schema.js';
import type { SearchIndex } from './build-index.js';
import { foldAccents } from './fold.js';
import { rankInSteps, type Term } from './match-terms.js';
import { expandWords } from './thesaurus.js';
import { wordsOf } from './words.js';
import { createSlicer, runInSlices, runSteps, yieldToMain } from '../scheduling/yield-to-main.js';

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

/** No match in any category: what the category filter shows before a catalogue is searched. */
export function emptyCounts(): CategoryCounts {
  return { all: 0, peer: 0, family: 0, clinical: 0 };
}

/** Normalises what a person typed: folded, single-spaced, trimmed. */
export function normaliseQuery(query: string): string {
  return foldAccents(query).replace(/\s+/g, ' ').trim();
}

/** Words of a query that count; the rest still find a whole name or tag ("soutien par les pairs"). */
const MAX_TERMS = 8;

/**
 * Words that say how people ask, not what they look for: in a question ("where
 * can I find help for my son") they would count as much as "son".
 */
const FILLERS = new Set(
  (
    'the and for with can how what where who need want get find some any are you your our not from about this that there have has too much very really just ' +
    'les des une par pour avec mon mes qui que quoi comment est dans sur aux pas sans besoin trouver trop tres vraiment ' +
    'cette ces nous vous elle ils elles suis peux veux'
  ).split(' '),
);

/**
 * Which of a query's words count: those of three letters or more that are not
 * fillers, or, if none is, every word ("to", "bc").
 */
function termWords(words: string[]): number[] {
  const positions = words.map((_, i) => i);
  const meaning = positions.filter((i) => words[i]!.length > 2 && !FILLERS.has(words[i]!));
  const chosen = meaning.length ? meaning : positions;
  return chosen.filter((i) => words.indexOf(words[i]!) === i).slice(0, MAX_TERMS);
}

/** The words of a query that count, as the highlighting marks them. */
export function queryWords(query: string): string[] {
  const words = wordsOf(normaliseQuery(query));
  return termWords(words).map((i) => words[i]!);
}

/**
 * The terms to look for: each word of the query that counts, then the terms
 * its lay phrases add, each standing for the words of its phrase. Also how
 * many of the words an entry must hold: all of one or two, at least half of
 * more, since people's questions hold words no entry does.
 */
function plan(index: SearchIndex, query: string): { terms: Term[]; whole: string; needed: number } {
  const words = wordsOf(normaliseQuery(query));
  // Only signs ("?!"): nothing holds them.
  if (!words.length) return { terms: [], whole: '', needed: 1 };
  const chosen = termWords(words);
  const added = expandWords(index.thesaurus, words);
  // The words of a lay phrase ("my son uses drugs") mean what the phrase adds, not themselves ("use").
  const terms: Term[] = [];
  chosen.forEach((i, bit) => {
    if (!added.some((e) => e.from < e.to && e.from <= i && i <= e.to))
      terms.push({ text: words[i]!, weight: 1, covers: 1 << bit, group: -1 - i, exact: added.some((e) => e.from === i) });
  });
  for (const { term, from, to } of added) {
    let covers = 0;
    chosen.forEach((i, bit) => i >= from && i <= to && (covers |= 1 << bit));
    // A lay phrase of fillers alone ("can't") stands for the first word that counts.
    terms.push({ text: term, weight: SYNONYM_WEIGHT, covers: covers || 1, group: from * 64 + to });
  }
  return { terms, whole: words.join(' '), needed: chosen.length < 3 ? 1 : Math.ceil(chosen.length / 2) };
}

/**
 * How much a match of an added term counts against one of the person's own
 * words: half, so an entry that holds what was typed stays above one that
 * holds only a synonym in the same place, and one holding both comes first.
 */
export const SYNONYM_WEIGHT = 0.5;

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

function* searchInSteps(index: SearchIndex, query: string): Generator<void, SearchResult> {
  const p = normaliseQuery(query) ? plan(index, query) : null;
  const matches = p ? (yield* rankInSteps(index, p.terms, p.whole, p.needed)).order : allOf(index);
  let items: Resource[] | undefined;
  return {
    matches,
    // Only a caller without the facet filters reads these; the finder reads `matches`.
    get items() {
      return (items ??= Array.from(matches, (entry) => index.resources[entry]!));
    },
  };
}

/**
 * Searches at once: fuse.js finds the catalogue words close to each word of
 * the query and to the terms its lay words add; the word index ranks the
 * entries holding them. Branch-sized catalogues are searched this way.
 */
export function search(index: SearchIndex, query: string): SearchResult {
  return runSteps(searchInSteps(index, query));
}

/**
 * `search` cut into slices of a few milliseconds, for large catalogues: a
 * keystroke never blocks the next one, and a newer query aborts this one
 * (the promise then rejects with the signal's reason). No slice runs in the
 * caller's task: that is the keystroke's, which has its own work to draw.
 */
export async function searchInSlices(index: SearchIndex, query: string, signal: AbortSignal): Promise<SearchResult> {
  await yieldToMain();
  signal.throwIfAborted();
  return runInSlices(searchInSteps(index, query), createSlicer(signal));
}
