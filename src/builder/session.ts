/**
 * What is open in the builder and how it got there: opening a file, the
 * built-in or an empty catalogue (asking first when that would replace
 * unsaved changes), updating the entries from a spreadsheet, reading a
 * column under another name, restoring the draft kept in this browser, and
 * discarding it. Apart from the element, which binds the view.
 */
import type { ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../catalogue/builtin.js';
import { csvToCatalogue } from '../catalogue/csv.js';
import type { BuilderStrings } from './builder-strings.js';
import { columnLabel } from './column-label.js';
import type { ConfirmDialog } from './confirm-dialog.js';
import { resourceToDraft, type ResourceDraft } from './draft.js';
import { fillColumn, mergeEntries } from './draft-merge.js';
import { fingerprint, type DraftStorage } from './draft-storage.js';
import type { Entries } from './entries.js';
import { entryName } from './entry-list.js';
import type { FileDetails } from './file-details.js';
import type { ProblemVisibility } from './problem-visibility.js';
import { readCatalogueFile, renameColumn, type ReadResult } from './read-catalogue-file.js';
import { NO_NOTES, openedMessage, type OpenReport, type OpenSource, type ReadNotes } from './start-panel.js';
import { validateDrafts } from './validate-drafts.js';

export interface SessionParts {
  entries: Entries;
  details: FileDetails;
  visibility: ProblemVisibility;
  storage: DraftStorage;
  confirm: ConfirmDialog;
  strings: () => BuilderStrings;
  announce: (text: string) => void;
  focusAfterUpdate: (selector: string) => void;
  /** The file as it would be downloaded now. */
  currentFile: () => Record<string, unknown>;
}

export class Session {
  report: OpenReport | null = null;
  /** Downloads are named after the opened file. */
  baseName = 'catalogue';
  /** The fingerprint of the file as last opened, restored or downloaded: unsaved changes differ from it. */
  clean?: string;
  /** The spreadsheet last opened, to read a column again under another name. */
  private sheet?: { rows: number[]; text: string };

  constructor(
    private host: ReactiveControllerHost,
    private parts: SessionParts,
  ) {}

  private get t() {
    return this.parts.strings();
  }

  /** Whether the page holds changes that are not in a file opened or downloaded since. */
  get unsaved(): boolean {
    return this.clean !== undefined && fingerprint(JSON.stringify(this.parts.currentFile())) !== this.clean;
  }

  /** Marks the current file as saved (opened, restored as such, or downloaded). */
  markClean(): void {
    this.clean = fingerprint(JSON.stringify(this.parts.currentFile()));
  }

  async openFile(file: File): Promise<void> {
    const result = readCatalogueFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      // Nothing is replaced by a file that cannot be read.
      this.report = { ok: false, file: file.name, notJson: result.notJson, encoding: result.encoding, reasons: result.reasons };
      this.host.requestUpdate();
      return;
    }
    const choice = this.unsaved ? await this.parts.confirm.ask({ kind: 'replace', name: file.name, sheet: !!result.csv }) : 'replace';
    if (choice === 'update') this.update(file.name, result);
    else if (choice === 'replace') this.open(file.name, result);
  }

  async start(source: 'builtin' | 'empty'): Promise<void> {
    const name = source === 'builtin' ? this.t.builtinName : this.t.emptyName;
    if (this.unsaved && (await this.parts.confirm.ask({ kind: 'replace', name, sheet: false })) !== 'replace') return;
    const { resources, ...meta } = source === 'builtin' ? builtinCatalogue : { version: 1, resources: [] };
    this.load(meta, resources, source);
  }

  private open(name: string, result: Extract<ReadResult, { ok: true }>): void {
    const notes = { rowNotes: result.rowNotes, unknownColumns: result.unknownColumns, notUtf8: result.encoding !== 'utf-8' };
    this.load(result.meta, result.entries, { file: name }, notes, result.csv?.rows);
    this.sheet = result.csv;
  }

  private drafts(entries: readonly unknown[], rows?: number[]): ResourceDraft[] {
    return entries.map((entry, i) => ({ ...resourceToDraft(entry), ...(rows && { origin: rows[i] }) }));
  }

  private load(meta: Record<string, unknown>, entries: readonly unknown[], source: OpenSource, notes = NO_NOTES, rows?: number[]): void {
    const { details, visibility } = this.parts;
    const drafts = this.drafts(entries, rows);
    const validation = validateDrafts(drafts, details.load(meta));
    this.parts.entries.load(drafts);
    // A file that arrives with a bad date or crisis line shows where, rather than a count to go looking for.
    details.open = validation.fileProblems.length > 0;
    this.baseName = (typeof source === 'object' && source.file.replace(/\.[^.]*$/, '')) || 'catalogue';
    visibility.reset([...drafts, ...details.file.lines].map((d) => d.key));
    this.sheet = undefined;
    this.report = { ok: true, source, count: drafts.length, withProblems: validation.byEntry.size, ...notes };
    this.clean = fingerprint(JSON.stringify(validation.file));
    this.parts.announce(openedMessage(this.report, this.t));
    this.host.requestUpdate();
  }

  /** The spreadsheet's rows update the entries; the title, date and crisis lines stay. */
  private update(name: string, result: Extract<ReadResult, { ok: true }>): void {
    const { entries, details, visibility } = this.parts;
    const incoming = this.drafts(result.entries, result.csv?.rows);
    const { drafts, report } = mergeEntries(entries.drafts, incoming);
    entries.load(drafts, entries.selected);
    visibility.reveal(...drafts.map((d) => d.key));
    this.sheet = result.csv;
    const notes: ReadNotes = { rowNotes: result.rowNotes, unknownColumns: result.unknownColumns, notUtf8: result.encoding !== 'utf-8' };
    const withProblems = validateDrafts(drafts, details.file).byEntry.size;
    const merged = { updated: report.updated, added: report.added, kept: report.kept.map((d) => entryName(d, this.t)) };
    this.report = { ok: true, source: { file: name }, count: drafts.length, withProblems, merged, ...notes };
    this.parts.announce(openedMessage(this.report, this.t));
    this.host.requestUpdate();
  }

  /** Reads a spreadsheet column that matched no catalogue column as the one it most likely meant. */
  readColumn(column: string, as: string): void {
    const { sheet, report } = this;
    const { entries } = this.parts;
    if (!sheet || !report?.ok) return;
    const read = csvToCatalogue(renameColumn(sheet.text, column, as));
    const incoming = new Map(read.rows.map((r) => [r.row, resourceToDraft(r.resource)]));
    let filled = 0;
    const drafts = entries.drafts.map((draft) => {
      const row = draft.origin === undefined ? undefined : incoming.get(draft.origin);
      const next = row ? fillColumn(draft, row, as) : draft;
      if (JSON.stringify(next) !== JSON.stringify(draft)) filled += 1;
      return next;
    });
    entries.load(drafts, entries.selected);
    this.report = { ...report, unknownColumns: report.unknownColumns.filter((c) => c !== column) };
    this.parts.announce(this.t.columnRead(column, columnLabel(as, this.t), filled));
    this.host.requestUpdate();
  }

  /** Carries on with the draft kept in this browser, if there is one. */
  restore(): void {
    const { entries, details, visibility, storage } = this.parts;
    const draft = storage.read();
    if (!draft) return;
    entries.load(draft.drafts, draft.selected);
    details.file = draft.file;
    visibility.reset([...draft.drafts, ...draft.file.lines].map((d) => d.key));
    this.baseName = draft.baseName;
    this.clean = draft.clean;
    const count = draft.drafts.length;
    const withProblems = validateDrafts(draft.drafts, draft.file).byEntry.size;
    this.report = { ok: true, source: 'restored', count, withProblems, restoredAt: draft.savedAt, ...NO_NOTES };
  }

  async discard(): Promise<void> {
    if ((await this.parts.confirm.ask({ kind: 'discard' })) !== 'discard') return;
    const { entries, details, visibility, storage } = this.parts;
    storage.clear();
    entries.load([]);
    details.load({ version: 1 });
    visibility.reset([]);
    this.report = null;
    this.sheet = undefined;
    this.baseName = 'catalogue';
    this.clean = undefined;
    this.parts.announce(this.t.discarded);
    this.parts.focusAfterUpdate('#file');
    this.host.requestUpdate();
  }
}
