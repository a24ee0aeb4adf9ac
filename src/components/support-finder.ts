import { html, nothing, type PropertyValues } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { localText } from '../catalogue/text.js';
import type { Category } from '../catalogue/vocabulary.js';
import { stringsFor } from '../i18n/language.js';
import type { FilterFacet } from '../search/facets.js';
import { createHighlighter } from '../search/highlight.js';
import { renderCategoryFilter } from './category-filter.js';
import { CatalogueController } from './catalogue-controller.js';
import { renderCrisisAlert } from './crisis-alert.js';
import { renderCrisisBanner } from './crisis-banner.js';
import { dispatch, type ActionDetail } from './events.js';
import { renderFacetFilters } from './facet-filters.js';
import { facetStyles } from './facet-filters.styles.js';
import { LanguageController } from './language-controller.js';
import { MyList } from './my-list.js';
import { LocationController } from './location-controller.js';
import { QuickExitController } from './quick-exit-controller.js';
import { renderResultList, renderShowMore } from './result-list.js';
import { ResultsController } from './results-controller.js';
import { categoryCounts } from '../search/results.js';
import { renderSortControl } from './sort-control.js';
import { SupportFinderApi } from './support-finder-api.js';
import { styles } from './support-finder.styles.js';
import { textSpan } from './text-span.js';
import { themeStyles } from './theme.styles.js';
import { UrlSyncController } from './url-sync-controller.js';
import { formatKm } from '../i18n/format.js';

/**
 * A searchable list of mental-health supports under an always-visible crisis
 * banner; attributes, events and parts are in `support-finder-api.ts`.
 *
 * @summary Bilingual mental-health support finder with a crisis banner.
 */
export class SupportFinder extends SupportFinderApi {
  static override styles = [themeStyles, styles, facetStyles];
  private language = new LanguageController(this);
  private catalogue = new CatalogueController(this);
  private exit = new QuickExitController(this);
  private list = new MyList(this, () => ({ lang: this.language.value, catalogue: this.catalogue.ready?.catalogue }));
  private url = new UrlSyncController(this);
  /** Set when a focused result is about to disappear, so focus can be kept in the finder. */
  private focusWasInResults = false;
  // Every category is searched: the category is one facet among the others.
  private results = new ResultsController(this, () => ({ index: this.catalogue.ready?.index ?? null, query: this.query, category: this.selectedCategory }));
  private location = new LocationController(this);
  /** The polite count, said once typing pauses: a count per keystroke would drown a screen reader. */
  private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  protected override firstUpdated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner')!;
    const finder = this.renderRoot.querySelector<HTMLElement>('.finder')!;
    // The banner's height changes with the width, the language and the catalogue's crisis lines.
    new ResizeObserver(() => finder.style.setProperty('--_banner', `${banner.offsetHeight}px`)).observe(banner);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.catalogue.load(this.src);
    if (changed.has('quickExit')) this.exit.configure(this.quickExit);
    this.list.chosen.store(this.persistList ? `support-finder-list:${this.id || this.src || 'builtin'}` : undefined);
    // Applied without an event: the page chose, not the person.
    this.presets(changed, (facet, values) => this.results.set(facet, values));
    // A link's choices win over the page's presets.
    if (!this.hasUpdated && this.syncUrl) this.readUrl();
    this.focusWasInResults = !!this.renderRoot?.querySelector?.('.results')?.contains(this.shadowRoot!.activeElement);
  }

  protected override updated(): void {
    // A focused result that no longer matches is gone from the page; keep focus
    // in the finder (on the count) rather than dropping it to the document.
    if (this.focusWasInResults && !this.shadowRoot!.activeElement) this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    const view = this.results.view;
    const next = view ? stringsFor(this.language.value).resultCount(view.count) : '';
    // Each update restarts the wait; a count that changed back must not give way to the one it passed.
    clearTimeout(this.announceTimer);
    if (next !== this.announcement) this.announceTimer = setTimeout(() => ((this.announcement = next), this.requestUpdate()), 700);
    const { ids } = this.list.chosen;
    if (this.syncUrl) this.url.write({ query: this.query, category: this.selectedCategory ?? '', list: ids, selection: this.results.selection });
  }

  /** A link's search, filters and list win over attributes and a kept list. */
  private readUrl() {
    const { query, category, list, selection } = this.url.read();
    if (query) this.query = query;
    if (category) this.category = category;
    if (list) this.list.chosen.set(list);
    for (const [f, values] of Object.entries(selection)) this.results.set(f as FilterFacet, values);
  }

  protected override render() {
    const lang = this.language.value;
    const t = stringsFor(lang);
    const state = this.catalogue.state;
    const catalogue = state.status === 'ready' ? state.catalogue : null;
    const title = localText(catalogue?.title, lang);
    return html`
      ${renderCrisisBanner(
        t,
        lang,
        catalogue?.crisis?.lines,
        this.exit.url ? { remaining: this.exit.remaining, onExit: this.exit.exit } : undefined,
      )}
      <section class="finder" lang=${lang} aria-labelledby="heading">
        <h2 id="heading">${title ? textSpan(title) : t.heading}</h2>
        <div class="search" role="search" aria-label=${t.finderRegion}>
          <label for="query">${t.searchLabel}</label>
          <p class="hint" id="hint">${t.searchHint}</p>
          <input
            id="query"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="hint"
            .value=${this.query}
            @input=${this.handleSearchInput}
            @keydown=${this.handleSearchKeydown}
          />
          ${this.renderFilters(t)}
        </div>
        ${this.renderBody(t)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        <div class="visually-hidden" role="status">${this.list.message}</div>
      </section>
    `;
  }

  private renderFilters(t: ReturnType<typeof stringsFor>) {
    const view = this.results.view;
    const shown = this.filters?.split(/[\s,]+/) ?? null;
    const category = this.selectedCategory;
    const counts = categoryCounts(view?.counts.category);
    const categories = !shown || shown.includes('category') ? renderCategoryFilter(category, counts, t, this.handleCategorySelect) : nothing;
    if (!view) return categories;
    return html`${categories}${renderFacetFilters(this.results.facetView(view, shown, category), t, this.language.value, this.facetHandlers)}`;
  }

  private renderBody(t: ReturnType<typeof stringsFor>) {
    const state = this.catalogue.state;
    const view = this.results.view;
    if (state.status === 'error') return html`<div class="error" part="message" role="alert"><p>${t.loadError}</p></div>`;
    if (state.status === 'loading' || !view) return html`<p class="loading">${t.loading}</p>`;
    const lang = this.language.value;
    const { count: total } = view;
    // Sorting by distance needs every result; otherwise only those drawn are listed.
    const sorted = this.location.position ? this.location.arrange(view.all()) : undefined;
    const items = sorted ? sorted.items.slice(0, view.items.length) : view.items;
    const km = sorted?.km;
    const distanceOf = km && ((r: Resource) => (km.has(r) ? t.distanceAway(formatKm(km.get(r)!, lang)) : undefined));
    const alert = state.crisis.test(this.query) ? renderCrisisAlert(t) : nothing;
    if (this.list.open) return html`${alert}${this.list.renderView(state.catalogue, t, lang, this.handleAction)}`;
    return html`
      ${alert}
      ${state.index.located ? renderSortControl(this.location.state, t, this.location.locate, this.location.off) : nothing}
      <div class="count-bar">
        <p id="count" class="count" part="count" tabindex="-1">${t.resultCount(total)}</p>
        ${this.list.renderButton(state.catalogue, t)}
      </div>
      ${total
        ? html`${renderResultList(
            items,
            t,
            lang,
            this.handleAction,
            this.list.toggle,
            undefined,
            this.query.trim() ? createHighlighter(state.index, this.query) : undefined,
            distanceOf,
          )}
          ${view.more ? renderShowMore(view.more, t, this.handleShowMore) : nothing}`
        : html`<div class="empty" part="message">
            <p><strong>${t.noResults}</strong></p>
            <p>${t.noResultsHelp}</p>
            ${this.query || this.selectedCategory || Object.keys(this.results.chosen).length
              ? html`<button type="button" @click=${this.handleShowAll}>${t.showAll}</button>`
              : nothing}
          </div>`}
    `;
  }

  private handleSearchInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.list.open = false;
    // Large catalogues are searched and narrowed in slices: report once the results are on the page.
    void this.results.complete.then(() =>
      dispatch(this, 'support-finder-search', {
        resultCount: this.results.view?.count ?? 0,
        category: this.selectedCategory,
        ...(this.shareQuery ? { query: this.query } : {}),
      }),
    );
  };

  private handleSearchKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.query = '';
    }
  };

  private handleCategorySelect = (category: Category | null) => {
    this.category = category;
    this.list.open = false;
    this.dispatchFilter();
  };

  private facetHandlers = {
    toggle: (facet: FilterFacet, value: string, chosen: boolean) => {
      this.results.toggle(facet, value, chosen);
      this.list.open = false;
      // Heard again after each choice, even when the number stays the same.
      this.announcement = '';
      this.dispatchFilter();
    },
    clear: async () => {
      this.results.clear();
      this.category = null;
      this.dispatchFilter();
      await this.updateComplete;
      // The button is gone: the new count is where reading continues.
      this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    },
    fold: () => this.results.fold(),
  };


  private dispatchFilter(): void {
    dispatch(this, 'support-finder-filter', { category: this.selectedCategory, filters: this.results.chosen });
  }

  private handleShowAll = () => {
    this.query = '';
    this.category = null;
    this.results.clear();
    this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus();
  };

  private handleShowMore = async () => {
    const first = this.results.showMore();
    await this.updateComplete;
    // The button may be gone; the first new result is where reading continues.
    this.renderRoot.querySelectorAll<HTMLElement>('.result-name')[first]?.focus();
  };

  private handleAction = (detail: ActionDetail) => dispatch(this, 'support-finder-action', detail);
}

declare global {
  interface HTMLElementTagNameMap {
    'support-finder': SupportFinder;
  }
}
