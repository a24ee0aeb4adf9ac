/**
 * The element's results. Reads what to answer from the host through `args`
 * and asks the DOM-free pipeline (`search/results.ts`) in `hostUpdate()`, as
 * @lit/task does: after `willUpdate`, before render, so a branch-sized
 * catalogue's results are in the keystroke's own update. Holds the options
 * chosen in the facets (the category is the element's own property).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bannerLines, toProvince, type Province } from '../catalogue/areas.js';
import type { CrisisLine } from '../catalogue/schema.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { Category } from '../catalogue/vocabulary.js';
import { yieldToMain } from '../scheduling/yield-to-main.js';
import type { SearchIndex } from '../search/build-index.js';
import type { ChosenFilters, FilterFacet, Selection } from '../search/facets.js';
import { Results, SLICED_FROM, type ResultsView } from '../search/results.js';
import { filterPanel, placesFor, type Places } from './filter-panel.js';

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
    return bannerLines(catalogue?.crisis?.lines, { province: this.province, regions: region, audiences: audience });
  }

  /** The chosen options of each facet but the category, for events; the province is apart. */
  get chosen(): ChosenFilters {
    const chosen: ChosenFilters = {};
    for (const [facet, values] of Object.entries(this.selection))
      if (values.length && facet !== 'province') chosen[facet as FilterFacet] = [...values];
    return chosen;
  }

  /** The province chosen (by the person, the page or a link); null for all of Canada. */
  get province(): Province | null {
    return toProvince(this.selection.province?.[0]);
  }

  /**
   * What the filter column shows (`shown`: the `filters` attribute, null for
   * all; `lines`: the catalogue's crisis lines, which name provinces too).
   */
  panel(view: ResultsView | undefined, shown: readonly string[] | null, lines: readonly CrisisLine[] | undefined, lang: string) {
    const province = this.province;
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

  /** Chooses `values` in a facet; a province code that is not one is ignored. */
  set(facet: FilterFacet | 'province', values: readonly string[]): void {
    if (facet === 'province') values = values.map(toProvince).filter((v) => !!v) as Province[];
    this.selection = { ...this.selection, [facet]: values };
    this.host.requestUpdate();
  }

  toggle(facet: FilterFacet | 'province', value: string, chosen: boolean): void {
    // One province at a time: choosing one replaces the other.
    const others = facet === 'province' ? [] : (this.selection[facet] ?? []).filter((v) => v !== value);
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
