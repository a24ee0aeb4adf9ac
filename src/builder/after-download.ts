/**
 * What to do with a downloaded file, for someone who has never embedded a
 * script: the lines to paste with the file's name filled in, why a JSON file
 * needs a web server, and the spreadsheet's columns with an empty template.
 */
import { html, nothing } from 'lit';
import { catalogueToCsv, CSV_COLUMNS } from '../catalogue/csv.js';
import type { BuilderStrings } from './builder-strings.js';
import { columnLabel } from './column-label.js';
import { columnKeys } from './draft-merge.js';
import type { DownloadKind } from './downloads.js';

/** The lines to paste for a downloaded file: the standard script plus the JSON, or the one-file finder alone. */
export function snippet(kind: DownloadKind, name: string): string {
  return kind === 'bundle'
    ? `<script src="${name}"></script>\n<support-finder></support-finder>`
    : `<script src="support-finder.iife.js"></script>\n<support-finder src="${name}"></support-finder>`;
}

async function copy(text: string, button: HTMLButtonElement, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = done;
  } catch {
    // Without clipboard access the text stays selectable in the box above.
  }
}

export function renderAfterDownload(last: { kind: DownloadKind; name: string }, t: BuilderStrings) {
  if (last.kind === 'csv') return html`<div class="after-download" id="after-download"><p>${t.afterCsv(last.name)}</p></div>`;
  const code = snippet(last.kind, last.name);
  return html`<div class="after-download" id="after-download">
    <h3>${t.afterHeading(last.name)}</h3>
    <p>${last.kind === 'bundle' ? t.afterBundle(last.name) : t.afterJson(last.name)}</p>
    <pre id="snippet" tabindex="0" aria-label=${t.snippetLabel}><code>${code}</code></pre>
    <p>
      <button type="button" class="secondary" @click=${(e: Event) => void copy(code, e.currentTarget as HTMLButtonElement, t.copied)}>
        ${t.copySnippet}
      </button>
    </p>
    <p>${last.kind === 'bundle' ? t.bundleWorksFromDisk : t.jsonNeedsServer}</p>
  </div>`;
}

let templateUrl: string | undefined;

/** The spreadsheet's columns, each with its field's name and hint, and an empty spreadsheet to fill in. */
export function renderColumns(t: BuilderStrings) {
  templateUrl ??= URL.createObjectURL(
    new Blob([catalogueToCsv({ version: 1, resources: [] }, { bom: true })], { type: 'text/csv;charset=utf-8' }),
  );
  return html`<details class="columns">
    <summary>${t.columnsSummary}</summary>
    <p>${t.columnsIntro}</p>
    <p><a href=${templateUrl} download="catalogue-template.csv" id="download-template">${t.downloadTemplate}</a></p>
    <table>
      <thead>
        <tr>
          <th scope="col">${t.columnHeader}</th>
          <th scope="col">${t.columnMeaning}</th>
        </tr>
      </thead>
      <tbody>
        ${CSV_COLUMNS.map(([column]) => {
          const key = columnKeys(column).keys[0];
          const hint = key
            ? ((t.hints as Record<string, string | undefined>)[key] ?? (t.hints as Record<string, string | undefined>)[key.split('.')[0]!])
            : undefined;
          return html`<tr>
            <th scope="row"><code>${column}</code></th>
            <td>${columnLabel(column, t)}${hint ? html`. <span class="hint">${hint}</span>` : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </details>`;
}
