/**
 * The filter column's and the chosen-filter chips' handlers: a choice closes
 * "My list", has the count said again and is reported in a
 * `support-finder-filter` event. Also what is unfolded in the column.
 */
import type { LitElement } from 'lit';
import type { Province } from '../catalogue/areas.js';
import type { Category } from '../catalogue/vocabulary.js';
import type { FilterFacet } from '../search/facets.js';
import { chosenOf, provinceOf } from '../search/selection.js';
import type { ChosenFilter } from './chosen-filters.js';
import type { CountAnnouncer } from './count-announcer.js';
import { dispatch } from './events.js';
import type { MyList } from './my-list.js';
import type { ResultsController } from './results-controller.js';

/** `category` reads the category the host shows; `countText` what its count says. */
export function filterHandlers(
  host: LitElement & { category: string | null },
  results: ResultsController,
  list: MyList,
  announcer: CountAnnouncer,
  category: () => Category | null,
  countText: () => string,
) {
  const dispatchFilter = () =>
    dispatch(host, 'support-finder-filter', {
      category: category(),
      filters: chosenOf(results.selection),
      province: provinceOf(results.selection),
    });

  /** Focus on the count reads it, so the live region does not say it again. */
  const focusCount = () => {
    announcer.read(countText());
    host.renderRoot.querySelector<HTMLElement>('#count')?.focus();
  };

  const select = (chosen: Category | null) => {
    host.category = chosen;
    list.open = false;
    dispatchFilter();
  };

  const toggle = (facet: FilterFacet | 'province', value: string, chosen: boolean) => {
    results.toggle(facet, value, chosen);
    list.open = false;
    announcer.again();
    dispatchFilter();
  };

  /** What a person unfolded: the filters of a narrow finder (`''`) and the long facets that show every option (by name). */
  const open = new Set<string>();

  return {
    open,
    fold: (part: string) => {
      if (!open.delete(part)) open.add(part);
      host.requestUpdate();
    },
    category: select,
    toggle,
    province: (province: Province | null) => toggle('province', province ?? '', !!province),
    clear: async () => {
      results.clear();
      host.category = null;
      dispatchFilter();
      await host.updateComplete;
      // The button is gone: the new count is where reading continues.
      focusCount();
    },
    /** Focus goes to the chip that took the removed one's place, else the one before, else the count. */
    chipRemove: async (filter: ChosenFilter, at: number) => {
      if (filter.facet === 'category') select(null);
      else toggle(filter.facet, filter.value, false);
      await host.updateComplete;
      const chips = host.renderRoot.querySelectorAll<HTMLElement>('.chip');
      const next = chips[at] ?? chips[at - 1];
      if (next) next.focus();
      else focusCount();
    },
  };
}
