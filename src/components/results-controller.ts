/**
 * The element's results: reads its inputs through `args` and asks the DOM-free
 * pipeline (`search/results.ts`) in `hostUpdate()`, as @lit/task does, so a
 * branch-sized catalogue answers in the keystroke's own update. What follows
 * from the chosen facets is worked out in `search/selection.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bannerLines } from '../catalogue/areas.js';
import type { Catalogue, CrisisLine } from '../catalogue/schema.js';
import { yieldToMain } from '../scheduling/yield-to-main.js';
import type { SearchIndex } from '../search/build-index.js';
import type { FilterFacet, Selection } from '../search/facets.js';
import { FIRST_DRAWN, Results, drawnInOne, type ResultsArgs, type ResultsView } from '../search/results.js';
import { choose, provinceOf, toggled } from '../search/selection.js';
import { filterPanel, placesFor, type Places } from './filter-panel.js';

export class ResultsController implements ReactiveController {
  selection: Selection = {};
  private results = new Results((previous) => this.drawFrom(previous));
  private index: SearchIndex | null = null;
  /** Of the results in the view, how many are drawn yet. */
  private drawn = Infinity;
  /** Worked out once per catalogue, language and province. */
  private places?: Places;

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
    if (index && this.results.ask({ index, query, selection: { ...this.selection, category: category ? [category] : [] } }))
      this.drawFrom(previous);
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

  /** The catalogue's lines for where the person is and who they are: a national page is not flooded with local numbers. */
  bannerLines(catalogue: Catalogue | null | undefined) {
    const { region, audience } = this.selection;
    return bannerLines(catalogue?.crisis?.lines, { province: provinceOf(this.selection), regions: region, audiences: audience });
  }

  /** What the filter column shows (`shown`: the `filters` attribute, null for all; `lines`: the catalogue's crisis lines). */
  panel(view: ResultsView | undefined, shown: readonly string[] | null, lines: readonly CrisisLine[] | undefined, lang: string) {
    const province = provinceOf(this.selection);
    let p = this.places;
    if (view && (p?.index !== view.index || p.lang !== lang || p.province !== province))
      p = this.places = placesFor(view.index, lines, lang, province);
    return filterPanel(view, shown, this.selection, province, p);
  }

  /** Draws one more page; returns how many results were drawn before it. */
  showMore(): number {
    this.host.requestUpdate();
    return this.results.showMore();
  }

  set(facet: FilterFacet | 'province', values: readonly string[]): void {
    this.selection = choose(this.selection, facet, values);
    this.host.requestUpdate();
  }

  toggle(facet: FilterFacet | 'province', value: string, chosen: boolean): void {
    this.set(facet, toggled(this.selection, facet, value, chosen));
  }

  clear(): void {
    this.selection = {};
    this.host.requestUpdate();
  }

  /** A large catalogue's list drawn from nothing makes every result's elements: a few in this task, the rest in the next. */
  private drawFrom(previous?: ResultsView): void {
    this.host.requestUpdate();
    if (drawnInOne(this.results.view!, previous)) return;
    this.drawn = FIRST_DRAWN;
    void yieldToMain().then(() => {
      this.drawn = Infinity;
      this.host.requestUpdate();
    });
  }
}
