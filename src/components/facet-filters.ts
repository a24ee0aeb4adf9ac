/**
 * The filters beyond the category: one group of checkboxes per facet, each
 * option with the number of results it would give. On a phone they fold under
 * a button so the results stay near the top (see facet-filters.styles.ts).
 */
import { html, nothing } from 'lit';
import type { Language } from '../catalogue/schema.js';
import type { Strings } from '../i18n/strings.js';
import type { Facet, FacetCounts, FacetIndex, Selection } from '../search/facets.js';
import { languageName } from '../i18n/format.js';

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
  /** The "Open now" filter, when some entries have structured hours. */
  openNow?: { chosen: boolean; count: number };
}

export interface FacetHandlers {
  toggle: (facet: ListedFacet | 'open', value: string, chosen: boolean) => void;
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
  const chosen = v.facets.reduce((n, f) => n + (v.selection[f]?.length ?? 0), v.openNow?.chosen ? 1 : 0);
  const option = (facet: ListedFacet | 'open', value: string, label: string, hint?: string) => {
    const checked = !!v.selection[facet]?.includes(value);
    const count = (facet === 'open' ? v.openNow?.count : v.counts[facet][value]) ?? 0;
    // A chosen option stays enabled even at 0, so it can always be unchosen.
    return html`<label class="option">
      <input
        type="checkbox"
        .checked=${checked}
        ?disabled=${!checked && !count}
        aria-describedby=${hint ? 'open-hint' : nothing}
        @change=${(e: Event) => on.toggle(facet, value, (e.target as HTMLInputElement).checked)}
      />
      <span>${label} <span class="filter-count">(${count})</span></span>
    </label>${hint ? html`<p class="hint" id="open-hint">${hint}</p>` : nothing}`;
  };
  if (!v.facets.length && !v.openNow && !v.anyChosen) return nothing;
  const any = v.facets.length || v.openNow;
  return html`<div class="facet-bar">
      ${any
        ? html`<button type="button" class="facets-toggle" aria-expanded=${v.open} aria-controls="facets" @click=${on.fold}>
            ${t.moreFilters(chosen)}
          </button>`
        : nothing}
      ${v.anyChosen ? html`<button type="button" class="clear-filters" @click=${on.clear}>${t.clearFilters}</button>` : nothing}
    </div>
    ${any
      ? html`<div id="facets" class=${v.open ? 'facets open' : 'facets'} part="facets">
          ${v.openNow
            ? html`<fieldset class="facet">
                <legend>${t.hours}</legend>
                ${option('open', 'now', t.openNow, t.openNowHint)}
              </fieldset>`
            : nothing}
          ${v.facets.map(
            (facet) => html`<fieldset class="facet">
              <legend>${t.facetLabels[facet]}</legend>
              ${v.options[facet].map((value) => option(facet, value, optionLabel(facet, value, t, lang)))}
            </fieldset>`,
          )}
        </div>`
      : nothing}`;
}
