/**
 * The downloads (JSON for the finder, CSV for a spreadsheet, the one-file
 * finder), what the downloaded file still needs fixing, what to do with the
 * file once downloaded, and the spreadsheet's columns.
 */
import { html, nothing } from 'lit';
import { formatProblem, type Problem } from '../catalogue/messages.js';
import type { BuilderStrings } from './builder-strings.js';
import type { DownloadKind } from './downloads.js';
import type { SummaryItem } from './error-summary.js';
import { renderAfterDownload, renderColumns } from './after-download.js';
import { renderWorded } from './word-problem.js';

export interface DownloadProps {
  baseName: string;
  /** No entries yet: the downloads stay plain, so the start is what a new page leads with. */
  empty: boolean;
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
  onBundle: (name: string, link: HTMLAnchorElement) => void;
  /** Making the one-file finder, or why it could not be made. */
  bundle: { busy: true } | { busy: false; error: string } | null;
  last: { kind: DownloadKind; name: string } | null;
  /** Words of the validator in the page's language. */
  word: (message: string) => { text: string; lang?: string };
}

export function renderDownloadPanel(p: DownloadProps, t: BuilderStrings) {
  const json = `${p.baseName}.json`;
  const csv = `${p.baseName}.csv`;
  const finder = `${p.baseName}-finder.js`;
  const onBundle = (e: Event) => {
    const link = (e.currentTarget as HTMLElement).parentElement!.querySelector<HTMLAnchorElement>('a[hidden]')!;
    p.onBundle(finder, link);
  };
  return html`<h2 id="download-heading">${t.downloadHeading}</h2>
    ${
      p.invalid.length
        ? html`<div class="warning">
          <p>${t.entriesWithProblems(p.invalid.length)}</p>
          <ul>
            ${p.invalid.map(
              ({ key, name }) => html`<li><button type="button" class="link" @click=${() => p.onGoTo(key)}>${t.goTo(name)}</button></li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
    ${
      p.fileItems.length
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
        : nothing
    }
    ${
      p.other.length
        ? html`<div class="warning">
          <p>${t.fileProblems}</p>
          <ul>
            ${p.other.map((problem) => {
              const { text, lang } = p.word(formatProblem(problem));
              return html`<li lang=${lang ?? nothing}>${text}</li>`;
            })}
          </ul>
        </div>`
        : nothing
    }
    <ul class="downloads">
      <li>
        <a class="button ${p.empty ? 'secondary' : ''}" id="download-json" download=${json} href=${p.jsonUrl ?? ''} @click=${(e: MouseEvent) => p.onDownload('json', e)}
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
      <li>
        <button type="button" class="secondary" id="download-bundle" ?disabled=${!!p.bundle?.busy} @click=${onBundle}>
          ${p.bundle?.busy ? t.bundleBusy : t.downloadBundle}
        </button>
        <a hidden download=${finder} href=""></a>
      </li>
    </ul>
    ${p.bundle && !p.bundle.busy ? html`<p class="open-error" id="bundle-error">${p.bundle.error}</p>` : nothing}
    <p class="hint">${t.downloadHint} ${t.csvLeavesOut} ${t.bundleHint}</p>
    ${p.last ? renderAfterDownload(p.last, t) : nothing} ${renderColumns(t)}`;
}
