/**
 * The finder's results without a DOM: for an index and a question (what was
 * typed, and the options chosen in every facet, the category and "Open now"
 * included) it searches, counts each filter's options, narrows and pages, and
 * holds one view of the outcome. The element's controller only asks and draws.
 *
 * Below `SLICED_FROM` entries a question is answered at once, in the caller's
 * task: faster than any hand-off, so a keystroke's results are in its own
 * update. Above it the work runs in slices between frames, as one job that a
 * newer question cancels, and the view held stays until the new one is ready.
 */
import type { Category, Resource } from '../catalogue/schema.js';
import { CATEGORIES } from '../catalogue/vocabulary.js';
import { isOpenAt } from '../hours/status.js';
import { createSlicer, runInSlices, runSteps, startJob, yieldToMain, type Job } from '../scheduling/yield-to-main.js';
import type { SearchIndex } from './build-index.js';
import { applyFacetsInSteps, knownSelection, type FacetCounts, type FacetResult, type Selection } from './facets.js';
import { search, searchInSlices, type SearchResult } from './query.js';

/** Entries (or matches to narrow) from which work is cut into slices: about where one search nears a frame on a slow phone. */
export const SLICED_FROM = 10_000;

/**
 * Results drawn at first, and added by each "Show more": a long list would cost
 * every keystroke its rendering (the measured half of the time to results on
 * screen at 50 results), and few people read past the first screens.
 */
export const PAGE_SIZE = 20;

/** How many of `total` results to draw at first: all of a short list, rather than a button for a handful. */
export function firstPage(total: number): number {
  return total <= PAGE_SIZE * 2 ? total : PAGE_SIZE;
}

/** The category buttons' counts, from the category facet's (none yet: all 0); `all` is every category's. */
export function categoryCounts(counts: Record<string, number> = {}): Record<Category | 'all', number> {
  const all = { all: 0, peer: 0, family: 0, clinical: 0 };
  for (const c of CATEGORIES) all.all += all[c] = counts[c] ?? 0;
  return all;
}

/**
 * Results drawn in the update that makes a new list, about what a screen
 * shows; the rest of its first page follows after that frame (the element's
 * results controller).
 */
export const FIRST_DRAWN = 5;

export interface Question {
  index: SearchIndex;
  query: string;
  /** The chosen options of every facet, `category` and `open: ['now']` included. */
  selection: Selection;
}

export interface ResultsView {
  /** The index these results are of: a new catalogue's first view is not ready at once. */
  index: SearchIndex;
  /** The results drawn, best first: the first page, then each "Show more". */
  items: Resource[];
  /** How many results pass every filter. */
  count: number;
  /** How many more "Show more" can draw. */
  more: number;
  /** For each facet and option, the results choosing it would give (see facets.ts). */
  counts: FacetCounts;
  /** The results with "Open now" chosen (offered when the index has entries with structured hours, `index.scheduled`). */
  openCount: number;
  /** Every result, best first (sorting by distance needs them all); listed when first asked. */
  all(): Resource[];
}

interface Shown extends FacetResult {
  index: SearchIndex;
  query: string;
  key: string;
  shown: number;
  every?: Resource[];
}

/** What the element's results answer; no index while the catalogue loads. */
export type ResultsArgs = { index: SearchIndex | null; query: string; category: Category | null };

export class Results {
  private searched?: { index: SearchIndex; query: string; result: SearchResult };
  private shown?: Shown;
  private pending?: { index: SearchIndex; query: string; key: string; job: Job };
  /** Open or closed per entry (1 / -1, 0 not yet asked), for the current minute. */
  private clock?: { index: SearchIndex; minute: number; open: Int8Array };

  /** `changed` is called when a view worked out in slices is ready. */
  constructor(private changed: () => void) {}

  /** The latest view: of an earlier question while a newer one is worked out in slices. */
  view?: ResultsView;

  /**
   * Asks a question; returns true when the view changed at once. A new list
   * of results starts at its first page.
   */
  ask({ index, query, selection }: Question): boolean {
    const isOpen = this.openTest(index);
    const known = knownSelection(index.facets, selection);
    known.open = selection.open;
    known.province = selection.province;
    // The minute is part of the question: "Open now" changes with it.
    const key = JSON.stringify(known) + (isOpen ? this.clock!.minute : '');
    const same = (q?: { index: SearchIndex; query: string; key: string }) => q?.index === index && q.query === query && q.key === key;
    if (same(this.shown) || same(this.pending)) return false;
    this.cancel();
    const searched = this.searched;
    let result = searched?.index === index && searched.query === query ? searched.result : undefined;
    const narrow = (matches: Int32Array) => applyFacetsInSteps(index.facets, matches, known, isOpen);
    if (index.resources.length < SLICED_FROM || (result && result.matches.length < SLICED_FROM)) {
      result ??= (this.searched = { index, query, result: search(index, query) }).result;
      this.show({ ...runSteps(narrow(result.matches)), index, query, key, shown: 0 });
      return true;
    }
    const job = startJob(
      'the search',
      async (signal) => {
        result ??= (this.searched = { index, query, result: await searchInSlices(index, query, signal) }).result;
        let applied: FacetResult;
        if (result.matches.length < SLICED_FROM) applied = runSteps(narrow(result.matches));
        else {
          // Counting every option of 50,000 matches, and asking each whether it is open, would hold a task too.
          await yieldToMain();
          signal.throwIfAborted();
          applied = await runInSlices(narrow(result.matches), createSlicer(signal));
        }
        // The list is drawn in a task of its own, not on top of the last slice.
        await yieldToMain();
        signal.throwIfAborted();
        this.show({ ...applied, index, query, key, shown: 0 });
        this.changed();
      },
      (ended) => {
        if (this.pending?.job === ended) this.pending = undefined;
      },
    );
    this.pending = { index, query, key, job };
    return false;
  }

  /** Draws one more page; returns how many results were drawn before it. */
  showMore(): number {
    const s = this.shown;
    if (!s) return 0;
    const before = s.shown;
    this.show(s, before + PAGE_SIZE);
    return before;
  }

  /** Resolves once no work is under way (work a newer question started meanwhile included). */
  async settled(): Promise<void> {
    while (this.pending) await this.pending.job.done;
  }

  /** Stops the work under way; the view held stays. */
  cancel(): void {
    this.pending?.job.abort.abort();
    this.pending = undefined;
  }

  private show(s: Shown, shown = firstPage(s.entries.length)): void {
    this.shown = s;
    s.shown = Math.min(shown, s.entries.length);
    const { index, entries, counts } = s;
    this.view = {
      index,
      items: Array.from(entries.subarray(0, s.shown), (e) => index.resources[e]!),
      count: entries.length,
      more: entries.length - s.shown,
      counts,
      openCount: s.openCount,
      // Kept with the view, not made for each: a list of 50,000 made per result outlived searches into the old generation.
      all: () => (s.every ??= Array.from(entries, (e) => index.resources[e]!)),
    };
  }

  /**
   * Whether an entry is open now, asked once per entry and minute: reading
   * the time in each entry's zone is too slow to repeat for every keystroke.
   * None when no entry has structured hours.
   */
  private openTest(index: SearchIndex): ((entry: number) => boolean) | undefined {
    if (!index.scheduled) return undefined;
    const minute = Math.floor(Date.now() / 60_000);
    let c = this.clock;
    if (c?.index !== index) c = this.clock = { index, minute, open: new Int8Array(index.resources.length) };
    if (c.minute !== minute) (c.open.fill(0), (c.minute = minute));
    const { open } = c;
    const at = new Date();
    return (e) => (open[e] ||= isOpenAt(index.resources[e]!, at) ? 1 : -1) > 0;
  }
}
