/**
 * The element's results: reads its inputs through `args` and asks the DOM-free
 * pipeline (`search/results.ts`) in `hostUpdate()`, as @lit/task does, so a
 * branch-sized catalogue answers in the keystroke's own update. What follows
 * from the chosen facets is worked out in `search/selection.ts`.
 *
 * A new list draws a screenful in that update and the rest of its first page
 * ten results after each frame that follows: laying out twenty results made a
 * keystroke miss its frame, and those below the fold can come a frame later.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bannerLines } from '../catalogue/areas.js';
import type { Catalogue, CrisisLine } from '../catalogue/schema.js';
import { afterNextPaint } from '../scheduling/yield-to-main.js';
import type { SearchIndex } from '../search/build-index.js';
import type { FilterFacet, Selection } from '../search/facets.js';
import { FIRST_DRAWN, Results, type ResultsArgs, type ResultsView } from '../search/results.js';
import { choose, provinceOf, toggled } from '../search/selection.js';
import { filterPanel, placesFor, type Places } from './filter-panel.js';

export class ResultsController implements ReactiveController {
  selection: Selection = {};
  private results = new Results(() => this.drawNew());
  private index: SearchIndex | null = null;
  /** Of the results in the view, how many are drawn yet. */
  private drawn = Infinity;
  /** The rest of a new list, drawn after the frames that show its first results. */
  rest?: Promise<void>;
  /** Worked out once per catalogue, language and province. */
  private places?: Places;

  constructor(
    private host: ReactiveControllerHost,
    private args: () => ResultsArgs,
    /** Whether focus is in the results, which must not be taken from under it: asked only when a new list is drawn. */
    private reading: () => boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.results.cancel();
  }

  hostUpdate(): void {
    const { index, query, category } = this.args();
    this.index = index;
    if (index && this.results.ask({ index, query, selection: { ...this.selection, category: category ? [category] : [] } })) this.drawNew();
  }

  /** The results of the catalogue shown; none while it loads or while a new catalogue's first list is worked out. */
  get view(): ResultsView | undefined {
    const v = this.results.view;
    if (v?.index !== this.index) return undefined;
    return v.items.length > this.drawn ? { ...v, items: v.items.slice(0, this.drawn) } : v;
  }

  /** Resolves once no search is under way (a large catalogue's are in slices). */
  settled(): Promise<void> {
    return this.results.settled();
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
    this.drawn = Infinity;
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

  /** A screenful now; all at once when focus is in the results, where a focused result must not vanish. */
  private drawNew(): void {
    this.host.requestUpdate();
    this.drawn = this.reading() ? Infinity : FIRST_DRAWN;
    this.drawRest();
  }

  /** Ten more results after each frame, so that no task holds the page for long (creating a result costs more than updating one). */
  private drawRest(): void {
    if (this.results.view!.items.length <= this.drawn) {
      this.drawn = Infinity;
      this.rest = undefined;
      return;
    }
    const rest: Promise<void> = (this.rest = afterNextPaint().then(() => {
      // A newer list has its own rest.
      if (this.rest !== rest) return;
      this.drawn += 2 * FIRST_DRAWN;
      this.host.requestUpdate();
      this.drawRest();
    }));
  }
}
