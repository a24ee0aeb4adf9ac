/**
 * GOV.UK's error summary: the entry's problems as a list at the top of the
 * form, each a link that moves focus to the control to fix. Not a live
 * region: problems change as people type, and an alert per keystroke would
 * drown a screen reader; each control already names its own error.
 */
import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import { controlId } from './form-fields.js';
import type { FieldTarget } from './validate-drafts.js';

export interface SummaryItem {
  target: FieldTarget;
  text: string;
}

export function renderErrorSummary(items: SummaryItem[], t: BuilderStrings, onJump: (target: FieldTarget) => void) {
  if (!items.length) return nothing;
  // Fragment links cannot reach into a shadow root, so the click moves focus itself.
  const jump = (target: FieldTarget) => (e: Event) => {
    e.preventDefault();
    onJump(target);
  };
  return html`<div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${t.summaryTitle(items.length)}</h3>
    <ul>
      ${items.map(({ target, text }) =>
        target
          ? html`<li><a href="#${controlId(target)}" @click=${jump(target)}>${text}</a></li>`
          : html`<li>${text}</li>`,
      )}
    </ul>
  </div>`;
}
