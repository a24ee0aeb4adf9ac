/**
 * Holds the current search result and keeps searching off the keystroke's
 * path for large catalogues: above `SLICED_FROM` entries a query runs in
 * slices between frames, a newer query cancels the older one, and the list on
 * screen stays until the new result is ready. Smaller catalogues are searched
 * at once, which is faster than any hand-off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Category } from '../catalogue/schema.js';
import type { SearchIndex } from '../search/build-index.js';
import { emptyResult, search, searchInSlices, type SearchResult } from '../search/query.js';
import { startJob, yieldToMain } from '../search/yield-to-main.js';

/** Entries above which a search is cut into slices: about where one search nears a frame on a slow phone. */
export const SLICED_FROM = 10_000;

interface Question {
  index: SearchIndex;
  query: string;
  category: Category | null;
}

const same = (a: Question | undefined, b: Question) =>
  !!a && a.index === b.index && a.query === b.query && a.category === b.category;

export class SearchController implements ReactiveController {
  result: SearchResult = emptyResult();
  private answered?: Question;
  private pending?: { question: Question; abort: AbortController; done: Promise<void> };

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pending?.abort.abort();
    this.pending = undefined;
  }

  /** The result for this question if known; otherwise the last one, while the new one is worked out. */
  answer(index: SearchIndex, query: string, category: Category | null): SearchResult {
    const question = { index, query, category };
    if (same(this.answered, question) || same(this.pending?.question, question)) return this.result;
    this.pending?.abort.abort();
    this.pending = undefined;
    if (index.resources.length < SLICED_FROM) {
      this.answered = question;
      return (this.result = search(index, query));
    }
    const job = startJob(
      'the search',
      async (signal) => {
        const result = await searchInSlices(index, query, signal);
        // The list is drawn in a task of its own, not on top of the search's last slice.
        await yieldToMain();
        if (signal.aborted) return;
        this.answered = question;
        this.result = result;
        this.host.requestUpdate();
      },
      (ended) => {
        if (this.pending?.abort === ended.abort) this.pending = undefined;
      },
    );
    this.pending = { question, ...job };
    return this.result;
  }

  /** Whether a result for this index is known: until then a new catalogue's list is not drawn. */
  answers(index: SearchIndex): boolean {
    return this.answered?.index === index;
  }

  /** Resolves once no search is under way (a newer one started meanwhile included). */
  async settled(): Promise<void> {
    while (this.pending) await this.pending.done;
  }
}
