/**
 * The element's results. Reads what to answer from the host through `args`
 * and asks the DOM-free pipeline (`search/results.ts`) in `hostUpdate()`, as
 * @lit/task does: after `willUpdate`, before render, so a branch-sized
 * catalogue's results are in the keystroke's own update. Holds the options
 * chosen in the facets (the category is the element's own property).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Category } from '../catalogue/vocabulary.js';
import { yieldToMain } from '../scheduling/yield-to-main.js';
import type { SearchIndex } from '../search/build-index.js';
import { FACETS, type ChosenFilters, type FilterFacet, type ListedFacet, type Selection } from '../search/facets.js';
import { categoryCounts as categoryCountsOf, Results, SLICED_FROM, type ResultsView } from '../search/results.js';
import type { FilterPanel } from './filter-column.js';

/** What the results answer; no index while the catalogue loads. */
export type ResultsArgs = { index: SearchIndex | null; query: string; category: Category | null };

/** Results drawn in the first task of a list drawn in two (see `drawFrom`): about what a screen shows. */
const FIRST_DRAWN = 5;

export class ResultsController implements ReactiveController {
  selection: Selection = {};
  private results = new Results((previous) => this.drawFrom(previous));
  private index: SearchIndex | null = null;
  /** Of the results in the view, how many are drawn yet. */
  private drawn = Infinity;

  constructor(
    private host: ReactiveControllerHost,
    private args: () => ResultsArgs,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.results.cancel();
  }

  hostUpdate(): void {
    const { index, query, category } = this.args();
    const previous = this.results.view;
    this.index = index;
    if (index && this.results.ask({ index, query, selection: { ...this.selection, category: category ? [category] : [] } })) this.drawFrom(previous);
  }

  /** The results of the catalogue shown; none while it loads or while a new catalogue's first list is worked out. */
  get view(): ResultsView | undefined {
    const v = this.results.view;
    if (v?.index !== this.index) return undefined;
    return v.items.length > this.drawn ? { ...v, items: v.items.slice(0, this.drawn) } : v;
  }

  /** Resolves once the results of what the host holds now are on the page (as @lit/task's `taskComplete`). */
  get complete(): Promise<boolean> {
    return this.host.updateComplete.then(() => this.results.settled()).then(() => this.host.updateComplete);
  }

  /** The chosen options of each facet but the category, for events. */
  get chosen(): ChosenFilters {
    const chosen: ChosenFilters = {};
    for (const [facet, values] of Object.entries(this.selection)) if (values.length) chosen[facet as FilterFacet] = [...values];
    return chosen;
  }

  /** What the filter column shows: the facets the catalogue fills in, of those `shown` names (the `filters` attribute; null for all). */
  panel(view: ResultsView | undefined, shown: readonly string[] | null): FilterPanel {
    const offered = (f: string) => !shown || shown.includes(f);
    const categoryCounts = categoryCountsOf(view?.counts.category);
    if (!view) return { showCategory: offered('category'), categoryCounts, facets: [] };
    const { options } = view.index.facets;
    return {
      showCategory: offered('category'),
      categoryCounts,
      facets: FACETS.filter((f): f is ListedFacet => f !== 'category' && !!options[f].length && offered(f)),
      options,
      counts: view.counts,
      openNow: view.index.scheduled && offered('open') ? { chosen: !!this.selection.open?.length, count: view.openCount } : undefined,
    };
  }

  /** Draws one more page; returns how many results were drawn before it. */
  showMore(): number {
    this.host.requestUpdate();
    return this.results.showMore();
  }

  set(facet: FilterFacet, values: readonly string[]): void {
    this.selection = { ...this.selection, [facet]: values };
    this.host.requestUpdate();
  }

  toggle(facet: FilterFacet, value: string, chosen: boolean): void {
    const others = (this.selection[facet] ?? []).filter((v) => v !== value);
    this.set(facet, chosen ? [...others, value] : others);
  }

  clear(): void {
    this.selection = {};
    this.host.requestUpdate();
  }

  /**
   * A large catalogue's list drawn from nothing (its first, or one after no
   * results) makes every result's elements: a few in this task, the rest in
   * the next, so neither holds the page for long.
   */
  private drawFrom(previous?: ResultsView): void {
    this.host.requestUpdate();
    const v = this.results.view!;
    if (v.index.resources.length < SLICED_FROM || (previous?.index === v.index && previous.items.length)) return;
    this.drawn = FIRST_DRAWN;
    void yieldToMain().then(() => {
      this.drawn = Infinity;
      this.host.requestUpdate();
    });
  }
}
