/** The search box with its label and hint, and the link that skips over the filters to the results. */
import { html, nothing } from 'lit';
import type { Translate } from '../i18n/translate.js';

export interface SearchBoxProps {
  t: Translate;
  query: string;
  /** How many results the skip link leads to; 0 hides it (none, or My list open). */
  count: number;
  onInput: (event: Event) => void;
  /** Escape in a box with text: the search is emptied. */
  onClear: () => void;
  onSkip: (event: Event) => void;
}

export function renderSearchBox({ t, query, count, onInput, onClear, onSkip }: SearchBoxProps) {
  return html`<div class="search" role="search" aria-label=${t('finderRegion')}>
    <label for="query">${t('searchLabel')}</label>
    <p class="hint" id="hint">${t('searchHint')}</p>
    <input
      id="query"
      part="search-input"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="hint"
      .value=${query}
      @input=${onInput}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && query) {
          event.preventDefault();
          onClear();
        }
      }}
    />
    ${count ? html`<a class="action skip" href="#count" @click=${onSkip}>${t('skipToResults', { count })}</a>` : nothing}
  </div>`;
}
