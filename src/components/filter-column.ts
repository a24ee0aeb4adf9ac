/**
 * The filter column: the category choice and the facets. Beside the results in
 * a wide finder; in a narrow one, folded under one "Filters" button above the
 * results (see filter-column.styles.ts), so the first result stays on screen.
 */
import { html, nothing } from 'lit';
import type { Province } from '../catalogue/areas.js';
import type { Category } from '../catalogue/schema.js';
import type { Translate } from '../i18n/translate.js';
import type { FacetCounts, FacetIndex, Selection } from '../search/facets.js';
import type { CategoryCounts } from '../search/query.js';
import { renderCategoryFilter } from './category-filter.js';
import { renderFacetFilters, type FacetHandlers, type ListedFacet } from './facet-filters.js';
import { renderPlaceChoice } from './place-choice.js';

/** What the filter column shows, worked out by the filters' controller. */
export interface FilterPanel {
  showCategory: boolean;
  categoryCounts: CategoryCounts;
  facets: readonly ListedFacet[];
  options?: FacetIndex['options'];
  counts?: FacetCounts;
  openNow?: { count: number };
  /** The place choice, when the catalogue names provinces or territories. */
  place?: { choices: readonly Province[]; chosen: Province | null };
}

/** The panel's parts, with what the element holds and the handlers the filter column binds. */
export interface FilterColumnProps extends FilterPanel {
  category: Category | null;
  selection: Selection;
  /** How many filters are chosen, the category too: said on the folded button. */
  chosen: number;
  t: Translate;
  lang: string;
  on: FacetHandlers & { category: (category: Category | null) => void; province: (province: Province | null) => void };
}

export function renderFilterColumn(p: FilterColumnProps) {
  const { on, t } = p;
  const open = on.open.has('');
  if (!p.showCategory && !p.facets.length && !p.openNow && !p.place) return nothing;
  return html`<div class="side" part="filter-column">
    <button type="button" class="filters-toggle" aria-expanded=${open} aria-controls="filter-panel" @click=${() => on.fold('')}>
      ${p.chosen ? t('filtersToggleChosen', { count: p.chosen }) : t('filtersToggle')}
    </button>
    <div id="filter-panel" class=${open ? 'filter-panel open' : 'filter-panel'}>
      ${p.place ? renderPlaceChoice({ ...p, ...p.place }) : nothing}
      ${p.showCategory ? renderCategoryFilter(p) : nothing}
      ${p.options && p.counts ? renderFacetFilters(p as Required<FilterColumnProps>) : nothing}
    </div>
  </div>`;
}
