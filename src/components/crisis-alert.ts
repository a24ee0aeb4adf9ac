/** Shown right under the search box when a search suggests someone may be in immediate danger. */
import { html, nothing } from 'lit';
import type { Translate } from '../i18n/translate.js';
import { isolateNumbers } from './bidi.js';

export interface CrisisAlertProps {
  t: Translate;
  /** Level of its heading, one below the finder's, so moving by headings finds it. */
  level?: number;
}

export function renderCrisisAlert({ t, level = 3 }: CrisisAlertProps) {
  return html`<div class="crisis-alert" part="crisis-alert" role="alert">
    <h3 class="crisis-alert-title" aria-level=${level === 3 ? nothing : level}>${t('crisisAlertTitle')}</h3>
    <p>${isolateNumbers(t('crisisAlertBody'))}</p>
    <p class="banner-actions">
      <a class="crisis-link" href="tel:988">${isolateNumbers(t('call988'))}</a>
      <a class="crisis-link" href="sms:988">${isolateNumbers(t('text988'))}</a>
      <a class="crisis-link" href="tel:911">${isolateNumbers(t('call911'))}</a>
    </p>
  </div>`;
}
