/** Shown above the results when a search suggests someone may be in immediate danger. */
import { html } from 'lit';
import type { Strings } from '../i18n/strings.js';

export function renderCrisisAlert(t: Strings) {
  return html`<div class="crisis-alert" part="crisis-alert" role="alert">
    <p class="crisis-alert-title">${t.crisisAlertTitle}</p>
    <p>${t.crisisAlertBody}</p>
    <p class="banner-actions">
      <a class="crisis-link" href="tel:988">${t.call988}</a>
      <a class="crisis-link" href="sms:988">${t.text988}</a>
      <a class="crisis-link" href="tel:911">${t.call911}</a>
    </p>
  </div>`;
}
