import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalogue } from '../catalogue/schema.js';
import { LanguageController } from '../components/language-controller.js';
import { builderEn } from './builder-en.js';
import { builderFr } from './builder-fr.js';
import type { ResourceDraft } from './draft.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { DraftStorage } from './draft-storage.js';
import { Session } from './session.js';
import { Entries } from './entries.js';
import { renderDownloadPanel } from './download-panel.js';
import { entryName, renderEntryList } from './entry-list.js';
import { renderEditorPanel } from './editor-panel.js';
import { LanguageColumns } from './language-columns.js';
import { FileDetails } from './file-details.js';
import type { FileDraft } from './file-draft.js';
import { fileSummaryItems } from './file-panel.js';
import { FileUrlsController } from './file-urls-controller.js';
import { renderPreviewPanel } from './preview-panel.js';
import { renderHealthPanel } from './health-panel.js';
import { renderStartPanel } from './start-panel.js';
import { Downloads } from './downloads.js';
import { LeaveGuard } from './leave-guard.js';
import { defaultEngineUrl } from './engine-url.js';
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

  /**
   * The address of the finder's engine (`support-finder.core.iife.js`), for
   * the one-file download; by default the file beside the builder's script.
   */
  @property({ attribute: 'engine-src' }) engineSrc?: string;

  @state() private announcement = '';
  /** The language picked for the preview; until then, the page's own. */
  @state() private previewLang: string | null = null;

  private language = new LanguageController(this);
  private files = new FileUrlsController(this);
  private visibility = new ProblemVisibility(this);
  /** What the parts need of the page: its words, its status message and focus. */
  private page = {
    strings: () => this.t,
    announce: (text: string) => this.announce(text),
    focusAfterUpdate: (selector: string) => void this.focusAfterUpdate(selector),
  };
  /** The title, date and crisis lines: the file around the entries. */
  private details = new FileDetails(this, this.visibility, this.page);
  private entries = new Entries(this, this.visibility, this.page);
  private storage = new DraftStorage(this);
  private languageColumns = new LanguageColumns(this, this.page);
  private confirm = new ConfirmDialog(this, () => this.t);
  private session = new Session(this, {
    entries: this.entries,
    details: this.details,
    visibility: this.visibility,
    storage: this.storage,
    confirm: this.confirm,
    strings: () => this.t,
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => void this.focusAfterUpdate(selector),
    currentFile: () => this.validate().file,
  });
  private validation?: Validation;

  constructor() {
    super();
    // Warns before leaving with unsaved changes; the draft is written first either way.
    new LeaveGuard(
      this,
      () => this.session.unsaved,
      () => this.storage.flush(),
    );
  }
  private downloads = new Downloads(this, {
    files: this.files,
    details: this.details,
    confirm: this.confirm,
    validate: () => this.validate(),
    strings: () => this.t,
    announce: (text) => this.announce(text),
    engineUrl: () => new URL(this.engineSrc ?? defaultEngineUrl(), document.baseURI).href,
    onSaved: () => this.session.markClean(),
  });
  /** The entries `validation` was made from. */
  private validatedDrafts?: ResourceDraft[];
  /** The file draft `validation` was made from. */
  private validated?: FileDraft;

  /**
   * Opens a JSON or CSV catalogue file. When the page holds changes not yet
   * downloaded, it asks first; a spreadsheet can then update the entries and
   * keep the title, date and crisis lines.
   */
  openFile(file: File): Promise<void> {
    return this.session.openFile(file);
  }

  /** Starts from the catalogue built into the finder (asking first over unsaved changes). */
  startFromBuiltin(): Promise<void> {
    return this.session.start('builtin');
  }

  /** The preview's catalogue (entries with problems left out) and how many were left out: what the WordPress plugin saves. */
  catalogueToPublish(): { catalogue: Catalogue; leftOut: number } {
    return { catalogue: this.validate().usable, leftOut: this.validate().byEntry.size };
  }

  /** Starts an empty catalogue (asking first over unsaved changes). */
  startEmpty(): Promise<void> {
    return this.session.start('empty');
  }

  /**
   * The catalogue as it would be downloaded now: every entry and crisis line,
   * those with problems included, so a page can save it elsewhere.
   */
  get catalogue(): Record<string, unknown> {
    return this.validate().file;
  }

  /** The page's words, in the language of its own or its nearest ancestor's `lang`. */
  private get t() {
    return this.language.value === 'fr' ? builderFr : builderEn;
  }

  /** The validation of the entries and file as they are now, made again only when they changed. */
  private validate(): Validation {
    const { drafts } = this.entries;
    if (!this.validation || drafts !== this.validatedDrafts || this.details.file !== this.validated) {
      this.validated = this.details.file;
      this.validatedDrafts = drafts;
      this.validation = validateDrafts(drafts, this.details.file);
    }
    return this.validation;
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.session.restore();
    const before = this.validation;
    const validation = this.validate();
    if (validation === before) return;
    this.files.schedule(validation, !this.hasUpdated);
    const { session } = this;
    if (session.clean === undefined) session.markClean();
    if (session.report || session.unsaved) {
      const { drafts, selected } = this.entries;
      this.storage.schedule({ baseName: session.baseName, drafts, file: this.details.file, selected, clean: session.clean! });
    }
  }

  protected override render() {
    const t = this.t;
    const { entries } = this;
    const draft = entries.current;
    const lang = this.language.value;
    const validation = this.validate();
    const { fileProblems } = validation;
    const { session } = this;
    // `lang` names the language of the words, also when the page's is neither English nor French.
    return html`<div class="builder" lang=${lang}>
      <section class="start" aria-labelledby="start-heading">
        ${renderStartPanel(
          {
            report: session.report,
            onFileChange: this.handleFileChange,
            onBuiltin: () => void this.startFromBuiltin(),
            onEmpty: () => void this.startEmpty(),
            onReadColumn: (column, as) => session.readColumn(column, as),
            hasDraft: !!session.report || session.unsaved,
            storageFailed: this.storage.failed,
            onDiscard: () => void session.discard(),
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
            problemCount: (d) => validation.byEntry.get(d.key)?.length ?? 0,
            todoCount: (d) => validation.health.byEntry.get(d.key)?.length ?? 0,
            undoName: entries.deleted ? entryName(entries.deleted.draft, t) : null,
            onSelect: entries.select,
            onAdd: entries.add,
            onUndo: entries.undo,
          },
          t,
        )}
      </section>
      ${draft ? html`<section class="editor" aria-labelledby="edit-heading">${this.renderEditor(draft)}</section>` : nothing}
      <section class="health" aria-labelledby="health-heading">
        ${renderHealthPanel({ health: validation.health, drafts: entries.drafts, onGoTo: entries.goTo }, t)}
      </section>
      <section class="preview" aria-labelledby="preview-heading">
        ${renderPreviewPanel(
          {
            src: this.files.url('preview'),
            lang: this.previewLang ?? lang,
            onLang: (l) => (this.previewLang = l),
            languages: this.languageColumns.languages(entries.drafts),
            refusal: this.downloads.refusal(),
            onGoTo: (control) => this.details.goTo(control),
          },
          t,
        )}
      </section>
      <section class="download" aria-labelledby="download-heading">
        ${renderDownloadPanel(
          {
            baseName: session.baseName,
            empty: !entries.drafts.length,
            jsonUrl: this.files.url('json'),
            csvUrl: this.files.url('csv'),
            invalid: entries.drafts.filter((d) => validation.byEntry.has(d.key)).map((d) => ({ key: d.key, name: entryName(d, t) })),
            fileItems: fileSummaryItems(fileProblems, this.details.file, t),
            other: validation.other,
            onGoTo: entries.goTo,
            onFileGoTo: (control) => this.details.goTo(control),
            onDownload: this.downloads.follow,
            onBundle: (name, link) => void this.downloads.downloadBundle(name, link),
            bundle: this.downloads.bundle,
            last: this.downloads.last,
            word: t.message,
          },
          t,
        )}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.confirm.render()}
    </div>`;
  }

  private renderEditor(draft: ResourceDraft) {
    const shown = (this.validate().byEntry.get(draft.key) ?? []).filter((p) => this.visibility.shows(draft.key, p.target));
    return renderEditorPanel(
      {
        draft,
        problems: shown,
        todo: this.validate().health.byEntry.get(draft.key) ?? [],
        onInput: this.entries.input,
        onToggle: this.entries.toggle,
        onLeave: (target) => this.visibility.touch(draft.key, target),
        onJump: (control) => void this.focusAfterUpdate(`#${control}`),
        onDuplicate: this.entries.duplicate,
        onDelete: this.entries.delete,
        onFix: this.entries.fix,
        languages: this.languageColumns.languages(this.entries.drafts),
        addLanguage: this.languageColumns.render(this.entries.drafts, this.t),
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
}

declare global {
  interface HTMLElementTagNameMap {
    'support-finder-builder': SupportFinderBuilder;
  }
}
