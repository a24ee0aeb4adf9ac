/**
 * What the filter column shows, worked out from the results and the choices
 * alone: the results controller keeps the choices and binds them here.
 */
import { localAreas, provinceChoices, type Province } from '../catalogue/areas.js';
import type { CrisisLine } from '../catalogue/schema.js';
import type { SearchIndex } from '../search/build-index.js';
import { FACETS, type ListedFacet, type Selection } from '../search/facets.js';
import { categoryCounts as categoryCountsOf, type ResultsView } from '../search/results.js';
import type { FilterPanel } from './filter-column.js';

/** The place choice's provinces and the local areas served in the chosen one, for one catalogue, language and province. */
export type Places = { index: SearchIndex; lang: string; province: Province | null; choices: Province[]; regions: Set<string> };

/** The places of `index` (`lines`: its crisis lines) for one language and chosen province. */
export function placesFor(index: SearchIndex, lines: readonly CrisisLine[] | undefined, lang: string, province: Province | null): Places {
  const choices = provinceChoices(index.resources, lines, lang);
  // A preset province the catalogue names nowhere shows as chosen (when the choice shows at all).
  if (choices.length && province && !choices.includes(province)) choices.unshift(province);
  return { index, lang, province, choices, regions: new Set(localAreas(index.resources, province)) };
}

/**
 * The facets the catalogue fills in, of those `shown` names (the `filters`
 * attribute; null for all), and the place choice when the catalogue names
 * provinces (`places`: those of the view's catalogue).
 */
export function filterPanel(
  view: ResultsView | undefined,
  shown: readonly string[] | null,
  selection: Selection,
  province: Province | null,
  places: Places | undefined,
): FilterPanel {
  const offered = (f: string) => !shown || shown.includes(f);
  const categoryCounts = categoryCountsOf(view?.counts.category);
  if (!view || !places) return { showCategory: offered('category'), categoryCounts, facets: [] };
  const { index } = view;
  let { options } = index.facets;
  // Only the local areas of the province, and any chosen elsewhere: a chosen option always shows, so it can be unchosen.
  if (province) options = { ...options, region: options.region.filter((r) => places.regions.has(r) || selection.region?.includes(r)) };
  return {
    showCategory: offered('category'),
    categoryCounts,
    facets: FACETS.filter((f): f is ListedFacet => f !== 'category' && !!options[f].length && offered(f)),
    options,
    counts: view.counts,
    openNow: index.scheduled && offered('open') ? { count: view.openCount } : undefined,
    place: places.choices.length && offered('province') ? { choices: places.choices, chosen: province } : undefined,
  };
}
