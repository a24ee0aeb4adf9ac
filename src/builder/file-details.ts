/**
 * The title, date and crisis lines form's state: the file around the entries
 * as edited, whether the form is open, and which problems of new lines show
 * yet. Apart from the element, which binds the entries, so each stays small.
 * It has no lifecycle work, so it is a plain object that asks its host to update.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import { lineControlId, lineName } from './crisis-line-form.js';
import { emptyLine, metaToFileDraft, type FileDraft, type FileKey, type LineKey } from './file-draft.js';
import { renderFilePanel } from './file-panel.js';
import type { ProblemVisibility } from './problem-visibility.js';
import type { FileProblem } from './validate-drafts.js';

/** What the controller needs of the page: its words, and its status message and focus. */
export interface FileDetailsPage {
  strings: () => BuilderStrings;
  announce: (text: string) => void;
  focusAfterUpdate: (selector: string) => void;
}

export class FileDetails {
  /** A new object on every edit, so the host can tell when to validate again. */
  file: FileDraft = metaToFileDraft({ version: 1 });
  open = false;
  constructor(
    private host: ReactiveControllerHost,
    /** Shared with the entries; a line is revealed when opened from a file or once the form is folded away. */
    private visibility: ProblemVisibility,
    private page: FileDetailsPage,
  ) {}

  /** Takes the file around newly opened entries (the host resets the visibility of its lines). */
  load(meta: Record<string, unknown>): FileDraft {
    this.file = metaToFileDraft(meta);
    this.open = false;
    this.host.requestUpdate();
    return this.file;
  }

  render(problems: readonly FileProblem[]) {
    const shown = problems.filter((p) => p.line === undefined || this.visibility.shows(p.line, p.target));
    return renderFilePanel(
      {
        file: this.file,
        open: this.open,
        problems: shown,
        problemCount: problems.length,
        onToggleOpen: this.handleToggle,
        onInput: this.handleInput,
        onLineInput: this.handleLineInput,
        onLineLeave: (line, target) => this.visibility.touch(line, target),
        onAddLine: this.handleAddLine,
        onDeleteLine: this.handleDeleteLine,
        onJump: (control) => this.page.focusAfterUpdate(`#${control}`),
      },
      this.page.strings(),
    );
  }

  /** Opens the form, shows every problem, and moves focus to a control (from the download panel). */
  goTo(control: string): void {
    this.open = true;
    this.revealAll();
    this.host.requestUpdate();
    this.page.focusAfterUpdate(`#${control}`);
  }

  private update(file: FileDraft): void {
    this.file = file;
    this.host.requestUpdate();
  }

  private revealAll(): void {
    this.visibility.reveal(...this.file.lines.map((l) => l.key));
  }

  private handleToggle = () => {
    // Folding the form away counts as leaving its new lines: they show every problem when it reopens.
    if (this.open) this.revealAll();
    this.open = !this.open;
    this.host.requestUpdate();
  };

  private handleInput = (key: FileKey, value: string) => {
    this.update({ ...this.file, values: { ...this.file.values, [key]: value } });
  };

  private handleLineInput = (line: number, key: LineKey, value: string) => {
    const lines = this.file.lines.map((l) => (l.key === line ? { ...l, values: { ...l.values, [key]: value } } : l));
    this.update({ ...this.file, lines });
    this.visibility.touch(line, key);
  };

  private handleAddLine = () => {
    const lines = [...this.file.lines, emptyLine()];
    this.update({ ...this.file, lines });
    this.page.announce(this.page.strings().lineAdded);
    this.page.focusAfterUpdate(`#${lineControlId(lines.length - 1, 'name')}`);
  };

  private handleDeleteLine = (key: number) => {
    const line = this.file.lines.find((l) => l.key === key);
    if (!line) return;
    this.update({ ...this.file, lines: this.file.lines.filter((l) => l !== line) });
    const t = this.page.strings();
    this.page.announce(t.lineDeleted(lineName(line, t)));
    // Its button is gone; adding a line is the next place to act from.
    this.page.focusAfterUpdate('#add-line');
  };
}
