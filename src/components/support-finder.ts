import { html, nothing, type PropertyValues } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { localText } from '../catalogue/text.js';
import { canonicalTag } from '../i18n/language.js';
import type { Translate } from '../i18n/translate.js';
import type { FilterFacet } from '../search/facets.js';
import { createHighlighter } from '../search/highlight.js';
import { provinceOf } from '../search/selection.js';
import { CatalogueController } from './catalogue-controller.js';
import { renderCrisisAlert } from './crisis-alert.js';
import { renderCrisisBanner } from './crisis-banner.js';
import { chosenFilters, renderChosenFilters, type ChosenFilter } from './chosen-filters.js';
import { CountAnnouncer } from './count-announcer.js';
import { DirectionController } from './direction-controller.js';
import { dispatch, type ActionDetail } from './events.js';
import { renderFilterColumn } from './filter-column.js';
import { filterHandlers } from './filter-handlers.js';
import { LanguageController } from './language-controller.js';
import { TranslationController } from './translation-controller.js';
import { MyList } from './my-list.js';
import { LocationController } from './location-controller.js';
import { QuickExitController } from './quick-exit-controller.js';
import { renderResultsBody } from './results-body.js';
import { renderSearchBox } from './search-box.js';
import { ResultsController } from './results-controller.js';
import { renderSortControl } from './sort-control.js';
import { SupportFinderApi } from './support-finder-api.js';
import { finderStyles } from './support-finder.styles.js';
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
  static override styles = [themeStyles, ...finderStyles];
  private language = new LanguageController(this);
  private translation = new TranslationController(this);
  protected direction = new DirectionController(this, () => this.language.tag);
  private catalogue = new CatalogueController(this, () => [this.language.tag, canonicalTag(this.fallbackLang || 'en')]);
  private exit = new QuickExitController(this);
  // The printed list carries the crisis lines the banner shows.
  private list = new MyList(this, () => ({
    t: this.words().t,
    lang: this.language.tag,
    catalogue: this.catalogue.ready?.catalogue,
    lines: this.results.bannerLines(this.catalogue.ready?.catalogue),
  }));
  private url = new UrlSyncController(this);
  /** Set when a focused result is about to disappear, so focus can be kept in the finder. */
  private focusWasInResults = false;
  // Every category is searched: the category is one facet among the others.
  private results = new ResultsController(
    this,
    () => ({
      index: this.catalogue.ready?.index ?? null,
      query: this.query,
      category: this.selectedCategory,
    }),
    () => this.focusInResults(),
  );
  private location = new LocationController(this);
  private announcer = new CountAnnouncer(this);
  private filter = filterHandlers(
    this,
    this.results,
    this.list,
    this.announcer,
    () => this.selectedCategory,
    () => this.countText(),
  );

  protected override firstUpdated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner')!;
    const finder = this.renderRoot.querySelector<HTMLElement>('.finder')!;
    // The banner's height changes with the width, the language and the catalogue's crisis lines.
    new ResizeObserver(() => finder.style.setProperty('--_banner', `${banner.offsetHeight}px`)).observe(banner);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.catalogue.load(this.src);
    else void this.catalogue.followLanguage();
    if (changed.has('translations')) void this.translation.load(this.translations);
    if (changed.has('quickExit')) this.exit.configure(this.quickExit);
    this.list.chosen.store(this.persistList ? `support-finder-list:${this.id || this.src || 'builtin'}` : undefined);
    // Applied without an event: the page chose, not the person.
    this.presets(changed, (facet, values) => this.results.set(facet, values));
    // A link's choices win over the page's presets.
    if (!this.hasUpdated && this.syncUrl) this.readUrl();
    this.focusWasInResults = this.focusInResults();
  }

  private focusInResults(): boolean {
    return !!this.renderRoot?.querySelector?.('.results')?.contains(this.shadowRoot!.activeElement);
  }

  /** Resolves once the whole first page of results is drawn, not only the screenful drawn first (results-controller.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    while (this.results.rest) await this.results.rest;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    // A focused result that no longer matches is gone from the page; keep focus
    // in the finder (on the count) rather than dropping it to the document.
    if (this.focusWasInResults && !this.shadowRoot!.activeElement) this.renderRoot.querySelector<HTMLElement>('#count')?.focus();
    this.announcer.shown(this.countText());
    const { ids } = this.list.chosen;
    if (this.syncUrl)
      this.url.write({ query: this.query, category: this.selectedCategory ?? '', list: ids, selection: this.results.selection });
  }

  /** A link's search, filters and list win over attributes and a kept list. */
  private readUrl() {
    const { query, category, list, selection } = this.url.read();
    if (query) this.query = query;
    if (category) this.category = category;
    if (list) this.list.chosen.set(list);
    for (const [f, values] of Object.entries(selection)) this.results.set(f as FilterFacet | 'province', values);
  }

  protected override render() {
    const t = this.words().t;
    // Catalogue text is picked in the page's own language, whatever table speaks the finder's words.
    const lang = this.language.tag;
    const state = this.catalogue.state;
    const catalogue = state.status === 'ready' ? state.catalogue : null;
    const title = localText(catalogue?.title, lang, t.fallback);
    const level = this.level;
    const view = this.results.view;
    const panel = this.results.panel(view, this.filters?.split(/[\s,]+/) ?? null, catalogue?.crisis?.lines, lang);
    const chosen = chosenFilters(this.selectedCategory, this.results.selection, panel.options, t, lang);
    const quickExit = this.exit.url ? { remaining: this.exit.remaining, onExit: this.exit.exit } : undefined;
    const side = renderFilterColumn({
      ...panel,
      category: this.selectedCategory,
      selection: this.results.selection,
      chosen: chosen.length,
      t,
      lang,
      on: this.filter,
    });
    // Asked once a render: the alert and an empty list's kind words both follow it.
    const crisis = this.catalogue.crisisWith(this.words().terms).test(this.query);
    // The container is this wrapper, not the host: the layout follows the finder's width, wherever a page puts it.
    // The language of the words shown, banner included: the fallback's until a table for the finder's own arrives.
    return html`<div class="frame" lang=${t.lang}>
      ${renderCrisisBanner({ t, lang, lines: this.results.bannerLines(catalogue), quickExit, level })}
      <section class="finder" aria-labelledby="heading">
        <h2 id="heading" aria-level=${level === 2 ? nothing : level}>${title ? textSpan(title) : t('heading')}</h2>
        ${renderSearchBox({
          t,
          query: this.query,
          count: this.list.open ? 0 : (view?.count ?? 0),
          onInput: this.handleSearchInput,
          onClear: () => (this.query = ''),
          onSkip: this.handleSkip,
        })}
        ${crisis ? renderCrisisAlert({ t, level: level + 1 }) : nothing}
        <div class="columns">
          ${side}
          <div class="main">${this.renderBody(t, chosen, crisis)}</div>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.message}</div>
        <div class="visually-hidden" role="status">${this.list.message}</div>
      </section>
    </div>`;
  }

  private renderBody(t: Translate, chosen: ChosenFilter[], crisis: boolean) {
    const state = this.catalogue.state;
    const view = this.results.view;
    if (state.status === 'error') return html`<div class="error" part="message" role="alert"><p>${t('loadError')}</p></div>`;
    if (state.status === 'loading' || !view) return html`<p class="loading">${t('loading')}</p>`;
    const lang = this.language.tag;
    const level = this.level;
    if (this.list.open) return this.list.renderView(state.catalogue, t, lang, this.handleAction);
    const { count: total } = view;
    // Sorting by distance needs every result; otherwise only those drawn are listed.
    const sorted = this.location.position ? this.location.arrange(view.all()) : undefined;
    const items = sorted ? sorted.items.slice(0, view.items.length) : view.items;
    const km = sorted?.km;
    const distanceOf = km && ((r: Resource) => (km.has(r) ? t('distanceAway', { distance: formatKm(km.get(r)!, t.lang) }) : undefined));
    return html`
      ${state.index.located ? renderSortControl(this.location.state, t, this.location.locate, this.location.off) : nothing}
      <div class="count-bar">
        <p id="count" class="count" part="count" tabindex="-1">${t('resultCount', { count: total })}</p>
        ${this.list.renderButton(state.catalogue, t)}
      </div>
      ${renderChosenFilters({ chosen, t, on: this.filter })}
      ${renderResultsBody({
        t,
        lang,
        level: level + 1,
        items,
        total,
        more: view.more,
        mark: this.query.trim() ? createHighlighter(state.index, this.query) : undefined,
        distanceOf,
        crisis,
        resources: state.catalogue.resources,
        province: provinceOf(this.results.selection),
        onAction: this.handleAction,
        list: this.list.inResults,
        onShowMore: this.handleShowMore,
        onBackToSearch: this.handleSkip,
        onShowAll: this.query || chosen.length ? this.handleShowAll : undefined,
      })}
    `;
  }

  /**
   * "Skip to results" and "Back to search": focus moves to the count (read,
   * and Tab goes on into the first result) or the search box, in the shadow root a fragment link cannot reach.
   */
  private handleSkip = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>((event.currentTarget as HTMLAnchorElement).hash)?.focus();
  };

  private handleSearchInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.list.open = false;
    void this.searched().then(() =>
      dispatch(this, 'support-finder-search', {
        resultCount: this.results.view?.count ?? 0,
        category: this.selectedCategory,
        ...(this.shareQuery ? { query: this.query } : {}),
      }),
    );
  };

  /**
   * Resolves once the results of what was typed are on the page: a large
   * catalogue's are searched in slices, and only their first screenful is needed.
   */
  private async searched() {
    await super.getUpdateComplete();
    await this.results.settled();
    await super.getUpdateComplete();
  }

  private countText(): string {
    const view = this.results.view;
    return view ? this.words().t('resultCount', { count: view.count }) : '';
  }

  /** The finder's words: its language's table, then its fallback's, then English's. */
  private words() {
    return this.translation.translate(this.language.tag, canonicalTag(this.fallbackLang || 'en'), this.catalogue.ready?.catalogue);
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
    // The button may be gone; the first new result is where reading continues,
    // at the top of the screen (below the sticky banner) rather than at its bottom edge.
    const heading = this.renderRoot.querySelectorAll<HTMLElement>('.result-name')[first];
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  };

  private handleAction = (detail: ActionDetail) => dispatch(this, 'support-finder-action', detail);
}

declare global {
  interface HTMLElementTagNameMap {
    'support-finder': SupportFinder;
  }
}
