import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { builtinCatalogue } from '../catalogue/builtin.js';
import type { Catalogue, Language } from '../catalogue/schema.js';
import { LanguageController } from '../components/language-controller.js';
import { builderEn } from './builder-en.js';
import { builderFr } from './builder-fr.js';
import { copyDraft, emptyDraft, resourceToDraft, type ChoiceField, type FieldKey, type ResourceDraft } from './draft.js';
import { renderDownloadPanel } from './download-panel.js';
import { entryName, renderEntryList } from './entry-list.js';
import { renderEditorPanel } from './editor-panel.js';
import { FileDetails } from './file-details.js';
import type { FileDraft } from './file-draft.js';
import { fileSummaryItems } from './file-panel.js';
import { FileUrlsController } from './file-urls-controller.js';
import { readCatalogueFile } from './read-catalogue-file.js';
import { renderPreviewPanel } from './preview-panel.js';
import { openedMessage, renderStartPanel, NO_NOTES, type OpenReport, type OpenSource } from './start-panel.js';
import { formStyles } from './form-fields.styles.js';
import { themeStyles } from '../components/theme.styles.js';
import { styles } from './support-finder-builder.styles.js';
import { ProblemVisibility } from './problem-visibility.js';
import { uniqueId } from './unique-id.js';
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

  @state() private drafts: ResourceDraft[] = [];
  @state() private selected: number | null = null;
  @state() private baseName = 'catalogue';
  @state() private report: OpenReport | null = null;
  @state() private announcement = '';
  /** The language picked for the preview; until then, the page's own. */
  @state() private previewLang: Language | null = null;
  @state() private deleted: { draft: ResourceDraft; index: number } | null = null;

  private language = new LanguageController(this);
  private files = new FileUrlsController(this);
  private visibility = new ProblemVisibility(this);
  /** The title, date and crisis lines: the file around the entries. */
  private details = new FileDetails(this, this.visibility, {
    strings: () => this.t,
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => void this.focusAfterUpdate(selector),
  });
  private validation!: Validation;
  /** The file draft `validation` was made from. */
  private validated?: FileDraft;

  /** Opens a JSON or CSV catalogue file, replacing the entries being edited. */
  async openFile(file: File): Promise<void> {
    const result = readCatalogueFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      this.report = { ok: false, file: file.name, notJson: result.notJson, reasons: result.reasons };
      return;
    }
    const { rejectedRows, unknownColumns } = result;
    const notes = { rejectedRows, unknownColumns, notUtf8: result.encoding !== 'utf-8' };
    this.load(result.meta, result.entries, { file: file.name }, notes);
  }

  /** Starts from the catalogue built into the finder. */
  startFromBuiltin(): void {
    const { resources, ...meta } = builtinCatalogue;
    this.load(meta, resources, 'builtin');
  }

  /** The preview's catalogue (entries with problems left out) and how many were left out: what the WordPress plugin saves. */
  catalogueToPublish(): { catalogue: Catalogue; leftOut: number } {
    const { usable, byEntry } = validateDrafts(this.drafts, this.details.file);
    return { catalogue: usable, leftOut: byEntry.size };
  }

  startEmpty(): void {
    this.load({ version: 1 }, [], 'empty');
  }

  private load(meta: Record<string, unknown>, entries: readonly unknown[], source: OpenSource, notes = NO_NOTES): void {
    const drafts = entries.map(resourceToDraft);
    const validation = validateDrafts(drafts, this.details.load(meta));
    this.drafts = drafts;
    // A file that arrives with a bad date or crisis line shows where, rather than a count to go looking for.
    this.details.open = validation.fileProblems.length > 0;
    // Downloads are named after the opened file.
    this.baseName = (typeof source === 'object' && source.file.replace(/\.[^.]*$/, '')) || 'catalogue';
    this.selected = drafts[0]?.key ?? null;
    this.visibility.reset([...drafts, ...this.details.file.lines].map((d) => d.key));
    this.deleted = null;
    this.report = { ok: true, source, count: drafts.length, withProblems: validation.byEntry.size, ...notes };
    this.announce(openedMessage(this.report, this.t));
  }

  /** The page's words, in the language of its own or its nearest ancestor's `lang`. */
  private get t() {
    return this.language.value === 'fr' ? builderFr : builderEn;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('drafts') || this.details.file !== this.validated) {
      this.validated = this.details.file;
      this.validation = validateDrafts(this.drafts, this.details.file);
      this.files.schedule(this.validation, !this.hasUpdated);
    }
  }

  protected override render() {
    const t = this.t;
    const draft = this.drafts.find((d) => d.key === this.selected);
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
          },
          t,
        )}
      </section>
      <section class="file" aria-labelledby="file-heading">${this.details.render(fileProblems)}</section>
      <section class="entries" aria-labelledby="entries-heading">
        ${renderEntryList(
          {
            drafts: this.drafts,
            selected: this.selected,
            problemCount: (d) => this.validation.byEntry.get(d.key)?.length ?? 0,
            undoName: this.deleted ? entryName(this.deleted.draft, t) : null,
            onSelect: this.handleSelect,
            onAdd: this.handleAdd,
            onUndo: this.handleUndo,
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
            invalid: this.drafts
              .filter((d) => this.validation.byEntry.has(d.key))
              .map((d) => ({ key: d.key, name: entryName(d, t) })),
            fileItems: fileSummaryItems(fileProblems, this.details.file, t),
            other: this.validation.other,
            onGoTo: this.handleGoTo,
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
        onInput: this.handleInput,
        onToggle: this.handleToggle,
        onLeave: (target) => this.visibility.touch(draft.key, target),
        onJump: (control) => void this.focusAfterUpdate(`#${control}`),
        onDuplicate: this.handleDuplicate,
        onDelete: this.handleDelete,
      },
      this.t,
    );
  }

  private updateDraft(change: (draft: ResourceDraft) => ResourceDraft): void {
    this.drafts = this.drafts.map((d) => (d.key === this.selected ? change(d) : d));
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

  private takenIds(except?: number): string[] {
    return this.drafts.filter((d) => d.key !== except).map((d) => d.values.id.trim());
  }

  private handleFileChange = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.openFile(file);
    // Cleared so that opening the same file again, after fixing it in a spreadsheet, is noticed.
    input.value = '';
  };

  private handleInput = (key: FieldKey, value: string) => {
    this.updateDraft((d) => {
      const values = { ...d.values, [key]: value };
      if (key === 'name.en' && d.autoId) values.id = uniqueId(value, this.takenIds(d.key));
      return { ...d, values, autoId: key === 'id' ? false : d.autoId };
    });
    this.visibility.touch(this.selected, key);
  };

  private handleToggle = (field: ChoiceField, value: string, checked: boolean) => {
    this.updateDraft((d) => ({ ...d, [field]: checked ? [...d[field], value] : d[field].filter((v) => v !== value) }));
    this.visibility.touch(this.selected, field);
  };

  private handleSelect = (key: number) => {
    // An entry someone has left shows all its problems from then on, touched or not.
    if (this.selected !== null && this.selected !== key) this.visibility.reveal(this.selected);
    this.selected = key;
  };

  private handleAdd = () => {
    const draft = emptyDraft(uniqueId('', this.takenIds()));
    this.drafts = [...this.drafts, draft];
    this.handleSelect(draft.key);
    this.deleted = null;
    this.announce(this.t.added);
    void this.focusAfterUpdate('#f-name-en');
  };

  private handleDuplicate = () => {
    const index = this.drafts.findIndex((d) => d.key === this.selected);
    const source = this.drafts[index];
    if (!source) return;
    const copy = copyDraft(source, uniqueId(`${source.values.id}-copy`, this.takenIds()));
    this.drafts = [...this.drafts.slice(0, index + 1), copy, ...this.drafts.slice(index + 1)];
    this.visibility.reveal(copy.key);
    this.handleSelect(copy.key);
    this.announce(this.t.duplicated(entryName(source, this.t)));
    void this.focusAfterUpdate('#f-name-en');
  };

  private handleDelete = () => {
    const index = this.drafts.findIndex((d) => d.key === this.selected);
    const draft = this.drafts[index];
    if (!draft) return;
    this.drafts = this.drafts.filter((d) => d !== draft);
    this.deleted = { draft, index };
    // Focus goes to the entry that took its place, so the keyboard user is not sent back to the top.
    const next = this.drafts[index] ?? this.drafts[index - 1];
    this.selected = next?.key ?? null;
    this.announce(this.t.deleted(entryName(draft, this.t)));
    void this.focusAfterUpdate(next ? `#entry-${next.key}` : '#add-entry');
  };

  private handleUndo = () => {
    const deleted = this.deleted;
    if (!deleted) return;
    const { draft, index } = deleted;
    this.drafts = [...this.drafts.slice(0, index), draft, ...this.drafts.slice(index)];
    this.deleted = null;
    this.selected = draft.key;
    this.announce(this.t.restored(entryName(draft, this.t)));
    void this.focusAfterUpdate(`#entry-${draft.key}`);
  };

  private handleGoTo = (key: number) => {
    this.handleSelect(key);
    this.visibility.reveal(key);
    void this.focusAfterUpdate('#error-summary');
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
