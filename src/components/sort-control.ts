/** "Sort by distance" and the way back to relevance, with a status line screen readers hear. */
import { html } from 'lit';
import type { Translate } from '../i18n/translate.js';
import type { LocationState } from './location-controller.js';

export function renderSortControl(state: LocationState, t: Translate, onLocate: () => void, onOff: () => void) {
  const sorted = state === 'on';
  return html`<div class="sort">
    <button type="button" class="sort-button" aria-describedby="sort-status" @click=${sorted ? onOff : onLocate}>
      ${sorted ? t('sortByRelevance') : t('sortByDistance')}
    </button>
    <p class="hint" id="sort-status" role="status">${t(`sortStatus.${state}`)}</p>
  </div>`;
}
