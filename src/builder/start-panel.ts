/** Where a session starts: open a file, or begin from the built-in or an empty catalogue. */
import { html, nothing } from 'lit';
import { suggestColumn } from '../catalogue/suggestions.js';
import type { BuilderStrings } from './builder-strings.js';
import { columnLabel } from './column-label.js';
import type { EncodingProblem } from './read-catalogue-file.js';

/** Where the entries came from: a file, by name, the built-in catalogue, or nothing. */
export type OpenSource = { file: string } | 'builtin' | 'empty' | 'restored';

/** What reading a spreadsheet found besides its entries. */
export interface ReadNotes {
  /** What the entries cannot show of a spreadsheet row (a value past the last column). */
  rowNotes: string[];
  unknownColumns: string[];
  notUtf8: boolean;
}
export const NO_NOTES: ReadNotes = { rowNotes: [], unknownColumns: [], notUtf8: false };

/**
 * What opening the last file gave: a summary to show, or why it failed. Facts,
 * not sentences, so the report follows a change of language.
 */
export type OpenReport =
  | ({
      ok: true;
      source: OpenSource;
      count: number;
      withProblems: number;
      /** A spreadsheet that updated the entries: how many, and the names of the page's entries it did not have. */
      merged?: { updated: number; added: number; kept: string[] };
      /** A draft restored from this browser: when it was last written (ISO). */
      restoredAt?: string;
    } & ReadNotes)
  | { ok: false; file: string; notJson?: string; encoding?: EncodingProblem; reasons: string[] };

/** "Opened branch.json: 12 entries, 2 with problems." */
export function openedMessage(report: Extract<OpenReport, { ok: true }>, t: BuilderStrings): string {
  const { source, merged } = report;
  if (source === 'restored') {
    const at = report.restoredAt ? new Date(report.restoredAt) : undefined;
    const when = at && !Number.isNaN(at.getTime()) ? at.toLocaleString(t.locale, { dateStyle: 'medium', timeStyle: 'short' }) : '?';
    return t.restoredDraft(when);
  }
  const name = source === 'builtin' ? t.builtinName : source === 'empty' ? t.emptyName : source.file;
  return merged ? t.updatedFrom(name, merged.updated, merged.added) : t.opened(name, report.count, report.withProblems);
}

function encodingMessage(problem: EncodingProblem, t: BuilderStrings): string {
  if (problem.kind === 'utf-16') return t.utf16;
  const byte = `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return t.notUtf8At(problem.line, problem.column, byte);
}

export interface StartProps {
  report: OpenReport | null;
  onFileChange: (e: Event) => void;
  onBuiltin: () => void;
  onEmpty: () => void;
  /** Reads an unknown column as the catalogue column it most likely meant. */
  onReadColumn: (column: string, as: string) => void;
  /** There is a draft to discard. */
  hasDraft: boolean;
  /** The browser refused to keep the draft. */
  storageFailed: boolean;
  onDiscard: () => void;
}

/** A validator's message as a list item in the page's language, marked English when it could not be reworded. */
function said(message: string, t: BuilderStrings) {
  const { text, lang } = t.message(message);
  return html`<li lang=${lang ?? nothing}>${text}</li>`;
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
    <div class="storage">
      <p class="hint">${t.storageNote}</p>
      ${p.storageFailed ? html`<p class="warning" role="alert">${t.storageFailed}</p>` : nothing}
      ${
        p.hasDraft
          ? html`<p><button type="button" class="secondary" id="discard-draft" @click=${p.onDiscard}>${t.discardDraft}</button></p>`
          : nothing
      }
    </div>
    ${
      report && !report.ok
        ? html`<div class="open-error" role="alert">
          <p><strong>${t.openFailed(report.file)}</strong></p>
          <ul>
            ${report.notJson !== undefined ? html`<li>${t.notJson(report.notJson)}</li>` : nothing}
            ${report.encoding ? html`<li>${encodingMessage(report.encoding, t)}</li>` : nothing}
            ${report.reasons.map((r) => said(r, t))}
          </ul>
        </div>`
        : nothing
    }
    ${
      report?.ok
        ? html`<div class="open-report">
          <p>${openedMessage(report, t)}</p>
          ${report.notUtf8 ? html`<p>${t.notUtf8}</p>` : nothing}
          ${
            report.merged?.kept.length
              ? html`<p>${t.keptEntries(report.merged.kept.length)}</p>
                <ul>
                  ${report.merged.kept.map((name) => html`<li>${name}</li>`)}
                </ul>`
              : nothing
          }
          ${
            report.rowNotes.length
              ? html`<p>${t.rowNotes}</p>
                <ul>
                  ${report.rowNotes.map((r) => said(r, t))}
                </ul>`
              : nothing
          }
          ${
            report.unknownColumns.length
              ? html`<p>${t.unknownColumns(report.unknownColumns.join(', '))}</p>
                ${report.unknownColumns.map((column) => {
                  const as = suggestColumn(column);
                  return as
                    ? html`<p>
                        <button type="button" class="secondary" @click=${() => p.onReadColumn(column, as)}>
                          ${t.readColumnAs(column, columnLabel(as, t))}
                        </button>
                      </p>`
                    : nothing;
                })}`
              : nothing
          }
        </div>`
        : nothing
    }`;
}
