/** "My list": the chosen supports, shown instead of the results, with what to do with them. */
import { html, nothing } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import type { Translate } from '../i18n/translate.js';
import { renderResultList, type ListToggle, type OnAction } from './result-list.js';

export interface ListView {
  items: readonly Resource[];
  toggle: ListToggle;
  onBack: () => void;
  onClear: () => void;
  onCopy: () => void;
  /** A `mailto:` link with the list in its body. */
  mailto: string;
  /** What the last Copy said, and the text to copy by hand when it failed. */
  copyMessage: string;
  copyFallback: string;
}

/** The button that opens the list; shown once something is in it. */
export function renderListButton(count: number, t: Translate, onOpen: () => void) {
  return count ? html`<button type="button" class="list-button" @click=${onOpen}>${t('myList', { count })}</button>` : nothing;
}

export function renderListView(view: ListView, t: Translate, lang: string, onAction: OnAction) {
  const { items } = view;
  return html`<div class="list-view">
    <h3 id="list-title" class="list-title" tabindex="-1">${t('myList', { count: items.length })}</h3>
    <div class="tools">
      <button type="button" @click=${view.onBack}>${t('backToResults')}</button>
      ${
        items.length
          ? html`<button type="button" @click=${() => print()}>${t('print')}</button>
            <button type="button" @click=${view.onCopy}>${t('copy')}</button>
            <a class="action" href=${view.mailto}>${t('email')}</a>
            <button type="button" @click=${view.onClear}>${t('clearList')}</button>`
          : nothing
      }
      <p class="copy-status" role="status">${view.copyMessage}</p>
    </div>
    ${
      view.copyFallback
        ? html`<textarea class="copy-text" readonly rows="6" aria-label=${t('myList', { count: items.length })} .value=${view.copyFallback}></textarea>`
        : nothing
    }
    ${
      items.length
        ? renderResultList({ items, t, lang, onAction, list: view.toggle, labelledBy: 'list-title' })
        : html`<p class="empty" part="message">${t('listEmpty')}</p>`
    }
  </div>`;
}
