/**
 * "Province or territory": where the person is, chosen, never located. A
 * native select, as every reader and keyboard knows it; the list, the local
 * areas and the banner's lines follow it.
 */
import { html } from 'lit';
import { areaName, toProvince, type Province } from '../catalogue/areas.js';
import type { Translate } from '../i18n/translate.js';

export interface PlaceChoiceProps {
  /** The provinces and territories offered, in the order shown. */
  choices: readonly Province[];
  /** Null for all of Canada. */
  chosen: Province | null;
  t: Translate;
  lang: string;
  on: { province: (province: Province | null) => void };
}

export function renderPlaceChoice({ choices, chosen, t, lang, on }: PlaceChoiceProps) {
  return html`<div class="place">
    <label for="province">${t('provinceLabel')}</label>
    <select id="province" @change=${(e: Event) => on.province(toProvince((e.target as HTMLSelectElement).value))}>
      <option value="" ?selected=${!chosen}>${t('allOfCanada')}</option>
      ${choices.map((p) => html`<option value=${p} ?selected=${p === chosen}>${areaName(p, lang)}</option>`)}
    </select>
  </div>`;
}
