/**
 * The filters' state: the options chosen in each facet (the category stays the
 * element's `category` property), whether they are unfolded on a phone, and
 * the search result narrowed by them, worked out again only when the result or
 * a choice changes.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CATEGORIES, type Category, type Language, type Resource } from '../catalogue/schema.js';
import type { Strings } from '../i18n/strings.js';
import type { SearchIndex } from '../search/build-index.js';
import { isOpenAt } from '../hours/status.js';
import { applyFacetsInSteps, FACETS, knownSelection, type FacetResult, type Selection } from '../search/facets.js';
import { createSlicer, runInSlices, runSteps, startJob, yieldToMain } from '../scheduling/yield-to-main.js';
import { emptyCounts, type SearchResult } from '../search/query.js';
import { SLICED_FROM } from './search-controller.js';
import { renderCategoryFilter } from './category-filter.js';
import { renderFacetFilters, type FacetHandlers, type ListedFacet } from './facet-filters.js';

export type ChosenFilters = Partial<Record<ListedFacet | 'open', string[]>>;

/** Facets a page can preset with an attribute of the same name, and the property holding it. */
const PRESETS = [
  ['audience', 'audience'],
  ['region', 'region'],
  ['language', 'serviceLanguage'],
  ['delivery', 'delivery'],
] as const;

/** The element's preset properties, as `PRESETS` names them. */
export type PresetValues = Record<(typeof PRESETS)[number][1], string | null>;

export class FilterController implements ReactiveController {
  selection: Selection = {};
  open = false;
  private view?: FacetResult & { index: SearchIndex; result: SearchResult; key: string; items?: Resource[] };
  private pending?: { result: SearchResult; key: string; abort: AbortController; done: Promise<void> };
  /** A list narrowed in slices is shown and not yet reported by `narrow`. */
  private fresh = false;
  /** Open or closed per entry (1 / -1, 0 not yet asked), for the current minute. */
  private clock?: { index: SearchIndex; minute: number; open: Int8Array; hours: boolean };

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pending?.abort.abort();
    this.pending = undefined;
  }

  /** How many results pass every filter. */
  get count(): number {
    return this.view?.entries.length ?? 0;
  }

  /** The first `n` results that pass every filter, best first: what a list draws. */
  first(n: number): Resource[] {
    const view = this.view;
    return view ? Array.from(view.entries.subarray(0, n), (e) => view.index.resources[e]!) : [];
  }

  /**
   * Every result that passes, best first, listed when first asked (sorting by
   * distance needs them all): as a list of 50,000 made for each result, it
   * outlived enough of the searches after it to fill the heap's old generation.
   */
  get items(): Resource[] {
    const view = this.view;
    if (!view) return [];
    return (view.items ??= Array.from(view.entries, (e) => view.index.resources[e]!));
  }

  /** The chosen options of each facet but the category, for events. */
  get chosen(): ChosenFilters {
    const chosen: ChosenFilters = {};
    for (const [facet, values] of Object.entries(this.selection)) if (values.length) chosen[facet as ListedFacet | 'open'] = [...values];
    return chosen;
  }

  /**
   * Narrows `result`; returns true when the list changed. Above `SLICED_FROM`
   * matches the filters are applied in slices between frames, and the list
   * on screen stays until they are done: counting every option of a
   * 50,000-entry result (and asking each entry whether it is open now) would
   * hold up the task that draws it.
   */
  narrow(index: SearchIndex, result: SearchResult, category: Category | null): boolean {
    const selection = knownSelection(index.facets, { ...this.selection, category: category ? [category] : [] });
    const isOpen = this.openTest(index);
    selection.open = this.selection.open;
    const key = JSON.stringify(selection) + (isOpen ? this.clock!.minute : '');
    if (this.view?.result === result && this.view.key === key) return this.takeFresh();
    if (this.pending?.result === result && this.pending.key === key) return false;
    this.pending?.abort.abort();
    this.pending = undefined;
    const steps = applyFacetsInSteps(index.facets, result.matches, selection, isOpen);
    if (result.matches.length < SLICED_FROM) {
      this.show(index, result, key, runSteps(steps));
      return true;
    }
    const job = startJob(
      'the filters',
      async (signal) => {
        await yieldToMain();
        signal.throwIfAborted();
        const applied = await runInSlices(steps, createSlicer(signal));
        // Drawn in a task of its own, not on top of the last slice.
        await yieldToMain();
        signal.throwIfAborted();
        this.show(index, result, key, applied);
        this.fresh = true;
        this.host.requestUpdate();
      },
      (ended) => {
        if (this.pending?.abort === ended.abort) this.pending = undefined;
      },
    );
    this.pending = { result, key, ...job };
    return false;
  }

  /** Whether the list shown is one of this index's: until then a new catalogue's list is not drawn. */
  shows(index: SearchIndex): boolean {
    return this.view?.index === index;
  }

  /** Resolves once no narrowing is under way. */
  async settled(): Promise<void> {
    while (this.pending) await this.pending.done;
  }

  private show(index: SearchIndex, result: SearchResult, key: string, applied: FacetResult): void {
    this.view = { ...applied, index, result, key };
  }

  /** True once after a list narrowed in slices is shown. */
  private takeFresh(): boolean {
    const fresh = this.fresh;
    this.fresh = false;
    return fresh;
  }

  /**
   * Whether an entry is open now, asked once per entry and minute: reading
   * the time in each entry's zone is too slow to repeat for every keystroke.
   * None when no entry has structured hours.
   */
  private openTest(index: SearchIndex): ((entry: number) => boolean) | undefined {
    const minute = Math.floor(Date.now() / 60_000);
    let c = this.clock;
    if (c?.index !== index) {
      c = this.clock = { index, minute, open: new Int8Array(index.resources.length), hours: index.scheduled };
    }
    if (!c.hours) return undefined;
    if (c.minute !== minute) c.open.fill(0), (c.minute = minute);
    const { open } = c;
    const at = new Date();
    return (e) => (open[e] ||= isOpenAt(index.resources[e]!, at) ? 1 : -1) > 0;
  }

  /**
   * Choices the page made with attributes, for those that `changed`: applied
   * at this update, without an event. A region is one value, spaces and all.
   */
  preset(values: PresetValues, changed: (key: keyof PresetValues) => boolean): void {
    for (const [facet, key] of PRESETS) {
      if (!changed(key)) continue;
      const value = values[key]?.trim();
      this.selection = { ...this.selection, [facet]: !value ? [] : facet === 'region' ? [value] : value.split(/\s+/) };
    }
  }

  set(facet: ListedFacet | 'open', values: readonly string[]): void {
    this.selection = { ...this.selection, [facet]: values };
    this.host.requestUpdate();
  }

  toggle(facet: ListedFacet | 'open', value: string, chosen: boolean): void {
    const others = (this.selection[facet] ?? []).filter((v) => v !== value);
    this.set(facet, chosen ? [...others, value] : others);
  }

  clear(): void {
    this.selection = {};
    this.host.requestUpdate();
  }

  fold(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  render(
    index: SearchIndex | null,
    category: Category | null,
    /** The `filters` attribute: the facets to show, or null for all. */
    shown: readonly string[] | null,
    t: Strings,
    lang: Language,
    onCategory: (category: Category | null) => void,
    on: FacetHandlers,
  ) {
    const view = this.view;
    if (!index || !view) return renderCategoryFilter(category, emptyCounts(), t, onCategory);
    const { options } = index.facets;
    const byCategory = view.counts.category;
    const counts = { ...emptyCounts(), ...byCategory };
    counts.all = CATEGORIES.reduce((n, c) => n + (byCategory[c] ?? 0), 0);
    const facets = FACETS.filter((f): f is ListedFacet => f !== 'category' && options[f].length > 0 && (!shown || shown.includes(f)));
    const anyChosen = !!category || Object.keys(this.chosen).length > 0;
    const openNow =
      this.clock?.hours && (!shown || shown.includes('open')) ? { chosen: !!this.selection.open?.length, count: view.openCount } : undefined;
    return html`${!shown || shown.includes('category') ? renderCategoryFilter(category, counts, t, onCategory) : nothing}
    ${renderFacetFilters({ facets, options, counts: view.counts, selection: this.selection, open: this.open, anyChosen, openNow }, t, lang, on)}`;
  }
}
