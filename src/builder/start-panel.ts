/** Where a session starts: open a file, or begin from the built-in or an empty catalogue. */
import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';

/** What opening the last file gave: a summary to show, or why it failed. */
export type OpenReport =
  | { ok: true; message: string; rejectedRows: string[]; unknownColumns: string[]; notUtf8: boolean }
  | { ok: false; title: string; reasons: string[] };

export interface StartProps {
  report: OpenReport | null;
  onFileChange: (e: Event) => void;
  onBuiltin: () => void;
  onEmpty: () => void;
}

export function renderStartPanel(p: StartProps, t: BuilderStrings) {
  const { report } = p;
  return html`<h2 id="start-heading">${t.openHeading}</h2>
    <div class="field">
      <label for="file">${t.fileLabel}</label>
      <p class="hint" id="file-hint">${t.fileHint}</p>
      <input
        id="file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-describedby="file-hint"
        @change=${p.onFileChange}
      />
    </div>
    <div class="start-actions">
      <button type="button" id="start-builtin" @click=${p.onBuiltin}>${t.startBuiltin}</button>
      <button type="button" class="secondary" id="start-empty" @click=${p.onEmpty}>${t.startEmpty}</button>
    </div>
    ${report && !report.ok
      ? html`<div class="open-error" role="alert">
          <p><strong>${report.title}</strong></p>
          <ul>
            ${report.reasons.map((r) => html`<li>${r}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${report?.ok
      ? html`<div class="open-report">
          <p>${report.message}</p>
          ${report.notUtf8 ? html`<p>${t.notUtf8}</p>` : nothing}
          ${report.rejectedRows.length
            ? html`<p>${t.rowsLeftOut(report.rejectedRows.length)}</p>
                <ul>
                  ${report.rejectedRows.map((r) => html`<li>${r}</li>`)}
                </ul>`
            : nothing}
          ${report.unknownColumns.length ? html`<p>${t.unknownColumns(report.unknownColumns.join(', '))}</p>` : nothing}
        </div>`
      : nothing}`;
}
