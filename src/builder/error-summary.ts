/**
 * GOV.UK's error summary: a form's problems as a list at its top, each a link
 * that moves focus to the control to fix. Not a live region: problems change
 * as people type, and an alert per keystroke would drown a screen reader;
 * each control already names its own error.
 */
import { html, nothing } from 'lit';
import { renderWorded, type Worded } from './word-problem.js';

export interface SummaryItem {
  /** The id of the control that fixes it, or null when the form has none. */
  control: string | null;
  text: Worded;
}

export function renderErrorSummary(items: SummaryItem[], title: string, id: string, onJump: (control: string) => void) {
  if (!items.length) return nothing;
  // Fragment links cannot reach into a shadow root, so the click moves focus itself.
  const jump = (control: string) => (e: Event) => {
    e.preventDefault();
    onJump(control);
  };
  return html`<div class="error-summary" id=${id} tabindex="-1" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    <ul>
      ${items.map(({ control, text }) =>
        control
          ? html`<li><a href="#${control}" @click=${jump(control)}>${renderWorded(text)}</a></li>`
          : html`<li>${renderWorded(text)}</li>`,
      )}
    </ul>
  </div>`;
}
