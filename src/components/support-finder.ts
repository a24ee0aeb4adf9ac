import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { localText } from '../catalogue/text.js';
import { CATEGORIES, type Category } from '../catalogue/vocabulary.js';
import { stringsFor } from '../i18n/language.js';
import { createCrisisMatcher, type CrisisMatcher } from '../search/crisis.js';
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
import { ListViewController } from './list-view-controller.js';
import { LocationController } from './location-controller.js';
import { QuickExitController } from './quick-exit-controller.js';
import { renderResultList, renderShowMore } from './result-list.js';
import { ResultsController } from './results-controller.js';
import { formatKm, renderSortControl } from './sort-control.js';
import { styles } from './support-finder.styles.js';
import { textSpan } from './text-span.js';
import { themeStyles } from './theme.styles.js';
import { UrlSyncController } from './url-sync-controller.js';

/** Filters a page can preset with an attribute, and the property holding each. */
const PRESETS = [
  ['audience', 'audience'],
  ['region', 'region'],
  ['language', 'serviceLanguage'],
  ['delivery', 'delivery'],
] as const;

/** How long typing must pause before the result count is announced. */
const ANNOUNCE_DELAY_MS = 700;

/**
 * A searchable list of mental-health supports under an always-visible crisis banner.
 *
 * @summary Bilingual mental-health support finder with a crisis banner.
 *
 * @attr {string} lang - `en` or `fr`; without it, the nearest `lang` up the page, then `<html lang>`, then English.
 *
 * @fires support-finder-load - The catalogue is ready (`{ status: 'ready', count }`) or failed (`{ status: 'error' }`).
 * @fires support-finder-search - The person searched; `{ resultCount, category }`; the query text only with `share-query`.
 * @fires support-finder-filter - The person chose or cleared a filter; `{ category, filters }`.
 * @fires support-finder-action - The person followed a call, text, email or website link; `{ kind, resourceId }`.
 *
 * @csspart banner - The crisis banner (colours only: it cannot be hidden).
 * @csspart quick-exit - The "Leave this site" button (with `quick-exit`).
 * @csspart crisis-alert - The alert shown above the results for a search that suggests danger.
 * @csspart search-input - The search box.
 * @csspart filters - The group of category buttons.
 * @csspart filter-button - One category button.
 * @csspart facets - The groups of checkboxes of the other filters (audience, language…).
 * @csspart count - The visible number of results.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-name - The heading of one result.
 * @csspart hours-status - The "Open now · closes 5 pm" line of a result with a schedule.
 * @csspart action - A call, text, email or website link of a result.
 * @csspart message - The "no results" and "could not load" messages.
 *
 * @cssprop [--sf-accent=#00548a] - Buttons, links and the selected filter.
 * @cssprop [--sf-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--sf-font-family=system-ui] - Font of the whole finder.
 * @cssprop [--sf-font-size=1rem] - Base text size.
 * @cssprop [--sf-text-color=#1b1b1b] - Body text.
 * @cssprop [--sf-muted-color=#4a4a4a] - Secondary text.
 * @cssprop [--sf-background=#ffffff] - Background.
 * @cssprop [--sf-surface=#f3f5f7] - Background of each result.
 * @cssprop [--sf-border-color=#6b7177] - Borders of the search box and results.
 * @cssprop [--sf-crisis-background=#9b1c1c] - Crisis banner background.
 * @cssprop [--sf-crisis-color=#ffffff] - Crisis banner text.
 * @cssprop [--sf-focus-color=#b35c00] - Focus outline.
 * @cssprop [--sf-radius=0.375rem] - Corner radius.
 */
export class SupportFinder extends LitElement {
  static override styles = [themeStyles, styles, facetStyles];
  // Written out rather than with decorators: the decorator helpers cost every visitor bytes.
  static override properties = {
    src: { reflect: true },
    category: { reflect: true },
    quickExit: { attribute: 'quick-exit' },
    shareQuery: { attribute: 'share-query', type: Boolean },
    persistList: { attribute: 'persist-list', type: Boolean },
    filters: {},
    audience: {},
    region: {},
    serviceLanguage: { attribute: 'language' },
    delivery: {},
    syncUrl: { attribute: 'sync-url', type: Boolean },
    query: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of a catalogue JSON file; without it the built-in catalogue is shown. */
  declare src: string | null;

  /** `peer`, `family` or `clinical` to show one group; empty for all. */
  declare category: string | null;

  /**
   * Adds a "Leave this site" button and the Shift ×3 shortcut. Empty for the
   * default neutral site, or the https:// address to go to.
   */
  declare quickExit: string | null;

  /**
   * Puts the words typed into `support-finder-search` events. Off by default:
   * host analytics must not collect what a person in distress searched for.
   */
  declare shareQuery: boolean;

  /**
   * Keeps "My list" (support ids only) in localStorage, under
   * `support-finder-list:` and the element's `id`, else its `src`, else `builtin`.
   * Off by default: nothing is stored without it.
   */
  declare persistList: boolean;
  /** Which filters to show, e.g. `category,audience,delivery`; without it, every facet the catalogue fills in. */
  declare filters: string | null;
  /** Preset audiences, space-separated (`youth families`): chosen at first, and the person can clear them. */
  declare audience: string | null;
  /** Preset area served, one `region` value as the catalogue writes it (`Waterloo Wellington`). */
  declare region: string | null;
  /** Preset languages of service, space-separated codes (`fr`); not the finder's own `lang`. */
  declare serviceLanguage: string | null;
  /** Preset ways of delivery, space-separated (`phone text`). */
  declare delivery: string | null;

  /**
   * Keeps the search, the filters and "My list" in the URL fragment
   * (`#sf-q=…&sf-l=…`, `sf-<id>-` for a finder with an id), read when the
   * finder starts. Off by default: the fragment shows what was searched.
   */
  declare syncUrl: boolean;

  declare private query: string;
  declare private announcement: string;

  constructor() {
    super();
    this.src = null;
    this.category = null;
    this.quickExit = null;
    this.shareQuery = false;
    this.persistList = false;
    this.filters = null;
    this.audience = null;
    this.region = null;
    this.serviceLanguage = null;
    this.delivery = null;
    this.syncUrl = false;
    this.query = '';
    this.announcement = '';
  }

  private language = new LanguageController(this);
  private catalogue = new CatalogueController(this);
  private exit = new QuickExitController(this);
  private list = new ListViewController(this, () => ({
    lang: this.language.value,
    catalogue: this.catalogue.state.status === 'ready' ? this.catalogue.state.catalogue : undefined,
  }));
  private url = new UrlSyncController(this);
  private crisis: { terms?: readonly string[]; matcher: CrisisMatcher } = { matcher: createCrisisMatcher() };
  /** Set when a focused result is about to disappear, so focus can be kept in the finder. */
  private focusWasInResults = false;
  // Every category is searched: the category is one facet among the others.
  private results = new ResultsController(this, () => {
    const state = this.catalogue.state;
    return { index: state.status === 'ready' ? state.index : null, query: this.query, category: this.selectedCategory };
  });
  private location = new LocationController(this);
  private announceTimer?: ReturnType<typeof setTimeout>;
  private get selectedCategory(): Category | null {
    return (CATEGORIES as readonly string[]).includes(this.category ?? '') ? (this.category as Category) : null;
  }

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
    // Choices the page made with attributes, applied without an event. A region is one value, spaces and all.
    for (const [facet, key] of PRESETS) {
      const value = this[key]?.trim();
      if (changed.has(key)) this.results.set(facet, !value ? [] : facet === 'region' ? [value] : value.split(/\s+/));
    }
    // A link's choices win over the page's presets.
    if (!this.hasUpdated && this.syncUrl) this.readUrl();
    const state = this.catalogue.state;
    const terms = state.status === 'ready' ? state.catalogue.crisis?.terms : undefined;
    if (terms !== this.crisis.terms) this.crisis = { terms, matcher: createCrisisMatcher(terms) };
    this.focusWasInResults = !!this.renderRoot?.querySelector?.('.results')?.contains(this.shadowRoot!.activeElement);
  }

  protected override updated(): void {
    // A focused result that no longer matches is gone from the page; keep focus
    // in the finder (on the count) rather than dropping it to the document.
    if (this.focusWasInResults && !this.shadowRoot!.activeElement) {
      this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    }
    const t = stringsFor(this.language.value);
    const view = this.results.view;
    const next = view ? t.resultCount(view.total) : '';
    if (next !== this.announcement) {
      // Announced once typing pauses: a count per keystroke would drown a screen reader.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = next), ANNOUNCE_DELAY_MS);
    }
    if (this.syncUrl) {
      const { selection } = this.results;
      this.url.write({ query: this.query, category: this.selectedCategory ?? '', list: this.list.chosen.ids, selection });
    }
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
    const counts = view?.categoryCounts ?? { all: 0, peer: 0, family: 0, clinical: 0 };
    const categories = !shown || shown.includes('category') ? renderCategoryFilter(category, counts, t, this.handleCategorySelect) : nothing;
    if (!view) return categories;
    const { selection, unfolded } = this.results;
    const anyChosen = !!category || Object.keys(this.results.chosen).length > 0;
    const openNow = view.hours && (!shown || shown.includes('open')) ? { chosen: !!selection.open?.length, count: view.openCount } : undefined;
    const facets = this.results.facets(shown);
    const { options } = view.index.facets;
    return html`${categories}
    ${renderFacetFilters({ facets, options, counts: view.counts, selection, open: unfolded, anyChosen, openNow }, t, this.language.value, this.facetHandlers)}`;
  }

  private renderBody(t: ReturnType<typeof stringsFor>) {
    const state = this.catalogue.state;
    const view = this.results.view;
    if (state.status === 'error') return html`<div class="error" part="message" role="alert"><p>${t.loadError}</p></div>`;
    if (state.status === 'loading' || !view) return html`<p class="loading">${t.loading}</p>`;
    const lang = this.language.value;
    const { total } = view;
    // Sorting by distance needs every result; otherwise only those drawn are listed.
    const sorted = this.location.position ? this.location.arrange(view.all()) : undefined;
    const items = sorted ? sorted.items.slice(0, view.items.length) : view.items;
    const km = sorted?.km;
    const distanceOf = km && ((r: Resource) => (km.has(r) ? t.distanceAway(formatKm(km.get(r)!, lang)) : undefined));
    const alert = this.crisis.matcher.test(this.query) ? renderCrisisAlert(t) : nothing;
    if (this.list.open) return html`${alert}${this.list.renderView(state.catalogue, t, lang, this.handleAction)}`;
    return html`
      ${alert}
      ${state.index.located ? renderSortControl(this.location.state, t, this.handleLocate, this.handleUnlocate) : nothing}
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
        resultCount: this.results.view?.total ?? 0,
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

  private handleLocate = () => this.location.locate();
  private handleUnlocate = () => this.location.off();

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
