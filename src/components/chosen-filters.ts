/**
 * The row of chosen filters at the top of the results ("Youth ✕", "Clear all
 * filters"): what narrows the list stays in view when the filters are folded
 * or far up a side column, and each goes with one press.
 */
import { html, nothing } from 'lit';
import { areaName, toProvince } from '../catalogue/areas.js';
import type { Category } from '../catalogue/schema.js';
import type { Translate } from '../i18n/translate.js';
import { FACETS, type FacetIndex, type Selection } from '../search/facets.js';
import { optionLabel, type ListedFacet } from './facet-filters.js';

export interface ChosenFilter {
  facet: ListedFacet | 'open' | 'category' | 'province';
  value: string;
  label: string;
}

/**
 * Every choice that narrows the list, in the filter column's order. A preset
 * value the catalogue lacks narrows nothing, so it is not listed.
 */
export function chosenFilters(
  category: Category | null,
  selection: Selection,
  options: FacetIndex['options'] | undefined,
  t: Translate,
  lang: string,
): ChosenFilter[] {
  const chosen: ChosenFilter[] = [];
  const add = (facet: ChosenFilter['facet'], value: string, label: string) => chosen.push({ facet, value, label });
  const province = toProvince(selection.province?.[0]);
  if (province) add('province', province, areaName(province, lang));
  if (category) add('category', category, t(`categories.${category}`));
  if (selection.open?.length) add('open', 'now', t('openNow'));
  for (const facet of FACETS) {
    if (facet === 'category' || !options) continue;
    for (const value of selection[facet] ?? []) if (options[facet].includes(value)) add(facet, value, optionLabel(facet, value, t, lang));
  }
  return chosen;
}

export interface ChosenFiltersProps {
  chosen: readonly ChosenFilter[];
  t: Translate;
  /** `chipRemove` takes a chip's filter away, `clear` every filter. */
  on: { chipRemove: (filter: ChosenFilter, index: number) => void; clear: () => void };
}

export function renderChosenFilters({ chosen, t, on }: ChosenFiltersProps) {
  if (!chosen.length) return nothing;
  return html`<div class="chosen" part="chosen-filters" role="group" aria-label=${t('chosenFilters')}>
    ${chosen.map(
      (c, i) =>
        html`<button type="button" class="chip" @click=${() => on.chipRemove(c, i)}>
          ${c.label}<span class="visually-hidden">${t('removeFilter')}</span><span aria-hidden="true"> ✕</span>
        </button>`,
    )}
    <button type="button" class="clear-filters" @click=${on.clear}>${t('clearFilters')}</button>
  </div>`;
}
