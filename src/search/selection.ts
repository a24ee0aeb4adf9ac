/**
 * The options a person chose in the facets, as plain data: a choice made or
 * undone gives a new selection, and what the events and the filter column
 * read from it. The results controller only holds it.
 */
import { toProvince, type Province } from '../catalogue/areas.js';
import type { ChosenFilters, FilterFacet, Selection } from './facets.js';

/** The province chosen (by the person, the page or a link); null for all of Canada. */
export const provinceOf = (selection: Selection): Province | null => toProvince(selection.province?.[0]);

/** The chosen options of each facet but the category, for events; the province is apart. */
export function chosenOf(selection: Selection): ChosenFilters {
  const chosen: ChosenFilters = {};
  for (const [facet, values] of Object.entries(selection))
    if (values.length && facet !== 'province') chosen[facet as FilterFacet] = [...values];
  return chosen;
}

/** `selection` with `values` chosen in `facet`; a province code that is not one is ignored. */
export function choose(selection: Selection, facet: FilterFacet | 'province', values: readonly string[]): Selection {
  if (facet === 'province') values = values.map(toProvince).filter((v) => !!v) as Province[];
  return { ...selection, [facet]: values };
}

/** The options of `facet` once `value` is chosen in it or not. */
export function toggled(selection: Selection, facet: FilterFacet | 'province', value: string, chosen: boolean): string[] {
  // One province at a time: choosing one replaces the other.
  const others = facet === 'province' ? [] : (selection[facet] ?? []).filter((v) => v !== value);
  return chosen ? [...others, value] : others;
}
