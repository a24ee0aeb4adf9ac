/**
 * The filters beyond the category: one group of checkboxes per facet, each
 * option with the number of results it would give. On a phone they fold under
 * a button so the results stay near the top (see facet-filters.styles.ts).
 */
import { html, nothing } from 'lit';
import type { Language } from '../catalogue/schema.js';
import type { Strings } from '../i18n/strings.js';
import type { Facet, FacetCounts, FacetIndex, Selection } from '../search/facets.js';
import { languageName } from './result-list.js';

export type ListedFacet = Exclude<Facet, 'category'>;

export interface FacetView {
  /** The facets shown, each with at least one option in the catalogue. */
  facets: readonly ListedFacet[];
  options: FacetIndex['options'];
  counts: FacetCounts;
  selection: Selection;
  /** Unfolded on a phone. */
  open: boolean;
  /** Anything chosen, the category included: "Clear all" is offered. */
  anyChosen: boolean;
}

export interface FacetHandlers {
  toggle: (facet: ListedFacet, value: string, chosen: boolean) => void;
  clear: () => void;
  fold: () => void;
}

function optionLabel(facet: ListedFacet, value: string, t: Strings, lang: Language): string {
  const words: Partial<Record<ListedFacet, Record<string, string>>> = {
    audience: t.audiences,
    delivery: t.deliveryModes,
    cost: t.costs,
    referral: t.referrals,
  };
  return words[facet]?.[value] ?? (facet === 'language' ? languageName(value, lang) : value);
}

export function renderFacetFilters(v: FacetView, t: Strings, lang: Language, on: FacetHandlers) {
  const chosen = v.facets.reduce((n, f) => n + (v.selection[f]?.length ?? 0), 0);
  const option = (facet: ListedFacet, value: string) => {
    const checked = !!v.selection[facet]?.includes(value);
    const count = v.counts[facet][value] ?? 0;
    // A chosen option stays enabled even at 0, so it can always be unchosen.
    return html`<label class="option">
      <input
        type="checkbox"
        .checked=${checked}
        ?disabled=${!checked && !count}
        @change=${(e: Event) => on.toggle(facet, value, (e.target as HTMLInputElement).checked)}
      />
      <span>${optionLabel(facet, value, t, lang)} <span class="filter-count">(${count})</span></span>
    </label>`;
  };
  if (!v.facets.length && !v.anyChosen) return nothing;
  return html`<div class="facet-bar">
      ${v.facets.length
        ? html`<button type="button" class="facets-toggle" aria-expanded=${v.open} aria-controls="facets" @click=${on.fold}>
            ${t.moreFilters(chosen)}
          </button>`
        : nothing}
      ${v.anyChosen ? html`<button type="button" class="clear-filters" @click=${on.clear}>${t.clearFilters}</button>` : nothing}
    </div>
    ${v.facets.length
      ? html`<div id="facets" class=${v.open ? 'facets open' : 'facets'} part="facets">
          ${v.facets.map(
            (facet) => html`<fieldset class="facet">
              <legend>${t.facetLabels[facet]}</legend>
              ${v.options[facet].map((value) => option(facet, value))}
            </fieldset>`,
          )}
        </div>`
      : nothing}`;
}
