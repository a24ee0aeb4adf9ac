/**
 * The filters beyond the category: one group of checkboxes per facet, each
 * option with the number of results it would give. A long facet shows its
 * first options and a "Show all N" disclosure; a chosen option always shows.
 */
import { html, nothing } from 'lit';
import { regionName } from '../catalogue/areas.js';
import type { Key, Translate } from '../i18n/translate.js';
import type { FacetCounts, FacetIndex, ListedFacet, Selection } from '../search/facets.js';
import { languageName } from '../i18n/format.js';

export type { ListedFacet };

/** Options a facet shows before its "Show all N": a screen of twenty areas served buried the results. */
export const FIRST_OPTIONS = 5;

export interface FacetFiltersProps {
  /** The facets shown, each with at least one option in the catalogue. */
  facets: readonly ListedFacet[];
  options: FacetIndex['options'];
  counts: FacetCounts;
  selection: Selection;
  /** The "Open now" filter, when some entries have structured hours. */
  openNow?: { count: number };
  t: Translate;
  lang: string;
  on: FacetHandlers;
}

export interface FacetHandlers {
  toggle: (facet: ListedFacet | 'open', value: string, chosen: boolean) => void;
  /** The long facets that show every option. */
  open: ReadonlySet<string>;
  /** Shows every option of a long facet, or only its first ones again (`''`: the whole column, when narrow). */
  fold: (facet: ListedFacet | '') => void;
}

export function optionLabel(facet: ListedFacet, value: string, t: Translate, lang: string): string {
  const group = (
    { audience: 'audiences', delivery: 'deliveryModes', cost: 'costs', referral: 'referrals' } as Partial<Record<ListedFacet, string>>
  )[facet];
  // The vocabulary's values all have words; anything else shows as written.
  const word = group && t(`${group}.${value}` as Key);
  if (word && word !== `${group}.${value}`) return word;
  return facet === 'language' ? languageName(value, t.lang) : facet === 'region' ? regionName(value, lang) : value;
}

export function renderFacetFilters(p: FacetFiltersProps) {
  const { t, on, selection } = p;
  const option = (facet: ListedFacet | 'open', value: string, label: string, hint?: string) => {
    const checked = !!selection[facet]?.includes(value);
    const count = (facet === 'open' ? p.openNow?.count : p.counts[facet][value]) ?? 0;
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
  const group = (facet: ListedFacet) => {
    const values = p.options[facet];
    const render = (value: string) => option(facet, value, optionLabel(facet, value, t, p.lang));
    // One hidden option is not worth a button.
    if (values.length <= FIRST_OPTIONS + 1) return values.map(render);
    const all = on.open.has(facet);
    // The disclosure comes before what it shows, so focus stays put and Tab goes on into the new options.
    const rest = values.slice(FIRST_OPTIONS).filter((v) => all || selection[facet]?.includes(v));
    return html`${values.slice(0, FIRST_OPTIONS).map(render)}
      <button type="button" class="show-options" aria-expanded=${all} @click=${() => on.fold(facet)}>
        ${all ? t('showFewer') : t('showAllOptions', { count: values.length })}
      </button>
      ${rest.map(render)}`;
  };
  if (!p.facets.length && !p.openNow) return nothing;
  return html`<div id="facets" class="facets" part="facets">
    ${
      p.openNow
        ? html`<fieldset class="facet">
          <legend>${t('hours')}</legend>
          ${option('open', 'now', t('openNow'), t('openNowHint'))}
        </fieldset>`
        : nothing
    }
    ${p.facets.map(
      (facet) => html`<fieldset class="facet">
        <legend>${t(`facetLabels.${facet}`)}</legend>
        ${group(facet)}
      </fieldset>`,
    )}
  </div>`;
}
