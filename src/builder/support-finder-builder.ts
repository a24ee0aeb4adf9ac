import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { builtinCatalogue } from '../catalogue/builtin.js';
import type { Language } from '../catalogue/schema.js';
import { LanguageController } from '../components/language-controller.js';
import { builderEn } from './builder-en.js';
import { builderFr } from './builder-fr.js';
import { resourceToDraft, type ResourceDraft } from './draft.js';
import { Entries } from './entries.js';
import { renderDownloadPanel } from './download-panel.js';
import { entryName, renderEntryList } from './entry-list.js';
import { renderEditorPanel } from './editor-panel.js';
import { FileDetails } from './file-details.js';
import type { FileDraft } from './file-draft.js';
import { fileSummaryItems } from './file-panel.js';
import { FileUrlsController } from './file-urls-controller.js';
import { readCatalogueFile, renameColumn } from './read-catalogue-file.js';
import { csvToCatalogue } from '../catalogue/csv.js';
import { fillColumn } from './draft-merge.js';
import { columnLabel } from './column-label.js';
import { renderPreviewPanel } from './preview-panel.js';
import { openedMessage, renderStartPanel, NO_NOTES, type OpenReport, type OpenSource } from './start-panel.js';
import { formStyles } from './form-fields.styles.js';
import { themeStyles } from '../components/theme.styles.js';
import { styles } from './support-finder-builder.styles.js';
import { ProblemVisibility } from './problem-visibility.js';
import { validateDrafts, type Validation } from './validate-drafts.js';

/**
 * A page for building a branch's catalogue file: open a JSON or CSV file (or
 * the built-in catalogue), edit its entries, title, date and crisis lines
 * with validation as you type, preview them in a live `<support-finder>`,
 * and download JSON or CSV. Everything happens in the browser; nothing is
 * uploaded. It speaks English or French, chosen like the finder's language:
 * its own `lang`, else the nearest ancestor's, else English.
 *
 * @summary Catalogue editor with a live finder preview.
 */
export class SupportFinderBuilder extends LitElement {
  static override styles = [themeStyles, styles, formStyles];

  @state() private baseName = 'catalogue';
  @state() private report: OpenReport | null = null;
  @state() private announcement = '';
  /** The language picked for the preview; until then, the page's own. */
  @state() private previewLang: Language | null = null;

  private language = new LanguageController(this);
  private files = new FileUrlsController(this);
  private visibility = new ProblemVisibility(this);
  /** The title, date and crisis lines: the file around the entries. */
  private details = new FileDetails(this, this.visibility, {
    strings: () => this.t,
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => void this.focusAfterUpdate(selector),
  });
  private entries = new Entries(this, this.visibility, {
    strings: () => this.t,
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => void this.focusAfterUpdate(selector),
  });
  /** The spreadsheet last opened, to read a column again under another name. */
  private sheet?: { rows: number[]; text: string };
  private validation!: Validation;
  /** The entries `validation` was made from. */
  private validatedDrafts?: ResourceDraft[];
  /** The file draft `validation` was made from. */
  private validated?: FileDraft;

  /** Opens a JSON or CSV catalogue file, replacing the entries being edited. */
  async openFile(file: File): Promise<void> {
    const result = readCatalogueFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      this.report = { ok: false, file: file.name, notJson: result.notJson, reasons: result.reasons };
      return;
    }
    const { rowNotes, unknownColumns } = result;
    const notes = { rowNotes, unknownColumns, notUtf8: result.encoding !== 'utf-8' };
    this.load(result.meta, result.entries, { file: file.name }, notes);
    this.sheet = result.csv;
    result.csv?.rows.forEach((row, i) => (this.entries.drafts[i]!.origin = row));
  }

  /** Reads a spreadsheet column that matched no catalogue column as the one it most likely meant. */
  private readColumn(column: string, as: string): void {
    const sheet = this.sheet;
    const report = this.report;
    if (!sheet || !report?.ok) return;
    const read = csvToCatalogue(renameColumn(sheet.text, column, as));
    const incoming = new Map(read.rows.map((r) => [r.row, resourceToDraft(r.resource)]));
    let filled = 0;
    const drafts = this.entries.drafts.map((draft) => {
      const row = draft.origin === undefined ? undefined : incoming.get(draft.origin);
      const next = row ? fillColumn(draft, row, as) : draft;
      if (next !== draft && JSON.stringify(next) !== JSON.stringify(draft)) filled += 1;
      return next;
    });
    this.entries.load(drafts, this.entries.selected);
    this.report = { ...report, unknownColumns: report.unknownColumns.filter((c) => c !== column) };
    this.announce(this.t.columnRead(column, columnLabel(as, this.t), filled));
  }

  /** Starts from the catalogue built into the finder. */
  startFromBuiltin(): void {
    const { resources, ...meta } = builtinCatalogue;
    this.load(meta, resources, 'builtin');
  }

  startEmpty(): void {
    this.load({ version: 1 }, [], 'empty');
  }

  private load(meta: Record<string, unknown>, entries: readonly unknown[], source: OpenSource, notes = NO_NOTES): void {
    const drafts = entries.map(resourceToDraft);
    const validation = validateDrafts(drafts, this.details.load(meta));
    this.entries.load(drafts);
    // A file that arrives with a bad date or crisis line shows where, rather than a count to go looking for.
    this.details.open = validation.fileProblems.length > 0;
    // Downloads are named after the opened file.
    this.baseName = (typeof source === 'object' && source.file.replace(/\.[^.]*$/, '')) || 'catalogue';
    this.visibility.reset([...drafts, ...this.details.file.lines].map((d) => d.key));
    this.report = { ok: true, source, count: drafts.length, withProblems: validation.byEntry.size, ...notes };
    this.announce(openedMessage(this.report, this.t));
  }

  /** The page's words, in the language of its own or its nearest ancestor's `lang`. */
  private get t() {
    return this.language.value === 'fr' ? builderFr : builderEn;
  }

  protected override willUpdate(): void {
    const { drafts } = this.entries;
    if (!this.hasUpdated || drafts !== this.validatedDrafts || this.details.file !== this.validated) {
      this.validated = this.details.file;
      this.validatedDrafts = drafts;
      this.validation = validateDrafts(drafts, this.details.file);
      this.files.schedule(this.validation, !this.hasUpdated);
    }
  }

  protected override render() {
    const t = this.t;
    const { entries } = this;
    const draft = entries.current;
    const lang = this.language.value;
    const { fileProblems } = this.validation;
    // `lang` names the language of the words, also when the page's is neither English nor French.
    return html`<div class="builder" lang=${lang}>
      <section class="start" aria-labelledby="start-heading">
        ${renderStartPanel(
          {
            report: this.report,
            onFileChange: this.handleFileChange,
            onBuiltin: () => this.startFromBuiltin(),
            onEmpty: () => this.startEmpty(),
            onReadColumn: (column, as) => this.readColumn(column, as),
          },
          t,
        )}
      </section>
      <section class="file" aria-labelledby="file-heading">${this.details.render(fileProblems)}</section>
      <section class="entries" aria-labelledby="entries-heading">
        ${renderEntryList(
          {
            drafts: entries.drafts,
            selected: entries.selected,
            problemCount: (d) => this.validation.byEntry.get(d.key)?.length ?? 0,
            undoName: entries.deleted ? entryName(entries.deleted.draft, t) : null,
            onSelect: entries.select,
            onAdd: entries.add,
            onUndo: entries.undo,
          },
          t,
        )}
      </section>
      ${draft
        ? html`<section class="editor" aria-labelledby="edit-heading">${this.renderEditor(draft)}</section>`
        : nothing}
      <section class="preview" aria-labelledby="preview-heading">
        ${renderPreviewPanel(this.files.url('preview'), this.previewLang ?? lang, (l) => (this.previewLang = l), t)}
      </section>
      <section class="download" aria-labelledby="download-heading">
        ${renderDownloadPanel(
          {
            baseName: this.baseName,
            jsonUrl: this.files.url('json'),
            csvUrl: this.files.url('csv'),
            invalid: entries.drafts
              .filter((d) => this.validation.byEntry.has(d.key))
              .map((d) => ({ key: d.key, name: entryName(d, t) })),
            fileItems: fileSummaryItems(fileProblems, this.details.file, t),
            other: this.validation.other,
            onGoTo: entries.goTo,
            onFileGoTo: (control) => this.details.goTo(control),
            onDownload: this.handleDownload,
          },
          t,
        )}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderEditor(draft: ResourceDraft) {
    const shown = (this.validation.byEntry.get(draft.key) ?? []).filter((p) => this.visibility.shows(draft.key, p.target));
    return renderEditorPanel(
      {
        draft,
        problems: shown,
        onInput: this.entries.input,
        onToggle: this.entries.toggle,
        onLeave: (target) => this.visibility.touch(draft.key, target),
        onJump: (control) => void this.focusAfterUpdate(`#${control}`),
        onDuplicate: this.entries.duplicate,
        onDelete: this.entries.delete,
        onFix: this.entries.fix,
      },
      this.t,
    );
  }

  private announce(text: string): void {
    // A repeated message would not be read again; a changed space makes it new.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private handleFileChange = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.openFile(file);
    // Cleared so that opening the same file again, after fixing it in a spreadsheet, is noticed.
    input.value = '';
  };

  private handleDownload = (kind: 'json' | 'csv', link: HTMLAnchorElement) => {
    // Typing may not have paused yet: publish now and point the link at the fresh file before it is followed.
    this.files.flush();
    const url = this.files.url(kind);
    if (url) link.href = url;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'support-finder-builder': SupportFinderBuilder;
  }
}
