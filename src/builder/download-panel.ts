/** The download links, and what the downloaded file still needs fixing. */
import { html, nothing } from 'lit';
import { formatProblem, type Problem } from '../catalogue/messages.js';
import type { BuilderStrings } from './builder-strings.js';
import type { SummaryItem } from './error-summary.js';
import { renderWorded } from './word-problem.js';

export interface DownloadProps {
  baseName: string;
  jsonUrl?: string;
  csvUrl?: string;
  /** Entries with problems: key and name. */
  invalid: { key: number; name: string }[];
  /** Problems of the title, date or crisis lines, with the control each is fixed in. */
  fileItems: SummaryItem[];
  /** Problems no control can fix. */
  other: Problem[];
  onGoTo: (key: number) => void;
  onFileGoTo: (control: string) => void;
  /** Called as a link is followed, to swap in a fresh URL if typing has not paused yet, or to ask first. */
  onDownload: (kind: 'json' | 'csv', e: MouseEvent) => void;
}

export function renderDownloadPanel(p: DownloadProps, t: BuilderStrings) {
  const json = `${p.baseName}.json`;
  const csv = `${p.baseName}.csv`;
  return html`<h2 id="download-heading">${t.downloadHeading}</h2>
    ${p.invalid.length
      ? html`<div class="warning">
          <p>${t.entriesWithProblems(p.invalid.length)}</p>
          <ul>
            ${p.invalid.map(
              ({ key, name }) =>
                html`<li><button type="button" class="link" @click=${() => p.onGoTo(key)}>${t.goTo(name)}</button></li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${p.fileItems.length
      ? html`<div class="warning">
          <p>${t.fileFieldProblems(p.fileItems.length)}</p>
          <ul>
            ${p.fileItems.map(
              ({ control, text }) =>
                html`<li>
                  <button type="button" class="link" @click=${() => control && p.onFileGoTo(control)}>
                    ${renderWorded(text)}
                  </button>
                </li>`,
            )}
          </ul>
        </div>`
      : nothing}
    ${p.other.length
      ? html`<div class="warning">
          <p>${t.fileProblems}</p>
          <ul>
            ${p.other.map((problem) => html`<li lang="en">${formatProblem(problem)}</li>`)}
          </ul>
        </div>`
      : nothing}
    <ul class="downloads">
      <li>
        <a
          class="button"
          id="download-json"
          download=${json}
          href=${p.jsonUrl ?? ''}
          @click=${(e: MouseEvent) => p.onDownload('json', e)}
          >${t.downloadJson(json)}</a
        >
      </li>
      <li>
        <a
          class="button secondary"
          id="download-csv"
          download=${csv}
          href=${p.csvUrl ?? ''}
          @click=${(e: MouseEvent) => p.onDownload('csv', e)}
          >${t.downloadCsv(csv)}</a
        >
      </li>
    </ul>
    <p class="hint">${t.downloadHint} ${t.csvLeavesOut}</p>`;
}
