/**
 * The file around the entries: its title, its date and its crisis lines.
 * Folded away behind one button, since most visits edit entries; it opens by
 * itself when a file arrives with problems here.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BuilderStrings } from './builder-strings.js';
import { lineControlId, renderCrisisLine } from './crisis-line-form.js';
import { renderErrorSummary, type SummaryItem } from './error-summary.js';
import type { FileDraft, FileKey, FileTarget, LineKey, LineTarget } from './file-draft.js';
import { resourceId, textInput, textPair, type FieldContext } from './form-fields.js';
import { today } from './today.js';
import type { FileProblem } from './validate-drafts.js';
import { fixLabel, wordFileProblem, type Worded } from './word-problem.js';

export interface FilePanelProps {
  file: FileDraft;
  open: boolean;
  /** The problems to show now (a new crisis line shows only those of fields already visited). */
  problems: FileProblem[];
  /** All problems, counted beside the button while the form is folded away. */
  problemCount: number;
  onToggleOpen: () => void;
  onInput: (key: FileKey, value: string) => void;
  onLineInput: (line: number, key: LineKey, value: string) => void;
  onLineLeave: (line: number, target: LineTarget) => void;
  onAddLine: () => void;
  onDeleteLine: (line: number) => void;
  onJump: (control: string) => void;
}

/** The control a problem of the title, date or a crisis line is fixed in. */
export function fileControlId(problem: FileProblem, file: FileDraft): string {
  const index = file.lines.findIndex((l) => l.key === problem.line);
  if (index >= 0) return lineControlId(index, problem.target as LineTarget);
  return resourceId(problem.target === 'title' ? 'title.en' : problem.target);
}

/** The problems in the page's words, with the control each is fixed in. */
export function fileSummaryItems(problems: readonly FileProblem[], file: FileDraft, t: BuilderStrings): SummaryItem[] {
  return problems.map((problem) => ({ control: fileControlId(problem, file), text: wordFileProblem(problem, t) }));
}

function add<K>(map: Map<K, Worded[]>, key: K, text: Worded) {
  map.set(key, [...(map.get(key) ?? []), text]);
}

function renderFileForm(p: FilePanelProps, t: BuilderStrings) {
  const items = fileSummaryItems(p.problems, p.file, t);
  const errors = new Map<FileTarget | null, Worded[]>();
  const lineErrors = new Map<number, Map<LineTarget | null, Worded[]>>();
  p.problems.forEach(({ line, target, fix }, i) => {
    const apply = () => (line === undefined ? p.onInput(target as FileKey, fix!) : p.onLineInput(line, target as LineKey, fix!));
    const current =
      line === undefined ? p.file.values[target as FileKey] : p.file.lines.find((l) => l.key === line)?.values[target as LineKey];
    const text: Worded = fix ? { ...items[i]!.text, fix: { label: fixLabel(target, fix, current ?? '', t), apply } } : items[i]!.text;
    if (line === undefined) return add(errors, target as FileTarget, text);
    const own = lineErrors.get(line) ?? new Map<LineTarget | null, Worded[]>();
    lineErrors.set(line, own);
    add(own, target as LineTarget, text);
  });
  const ctx: FieldContext<FileKey, 'title'> = {
    t,
    values: p.file.values,
    labels: t.fileLabels,
    hints: t.fileHints,
    errors,
    idOf: resourceId,
    onInput: p.onInput,
    // Optional fields, so nothing is missing before they are visited: their problems show as typed.
    onLeave: () => {},
  };
  const { lines } = p.file;
  return html`${renderErrorSummary(items, t.fileSummaryTitle(items.length), 'file-error-summary', p.onJump)}
    <form class="resource-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${textPair(ctx, 'title')}
      ${textInput(ctx, 'updated', {
        after: html`<button type="button" class="secondary" @click=${() => p.onInput('updated', today())}>
          ${t.today}
        </button>`,
      })}
      <h3>${t.linesHeading}</h3>
      <p class="hint">${t.linesHint}</p>
      ${
        lines.length
          ? repeat(
              lines,
              (line) => line.key,
              (line, index) =>
                renderCrisisLine(
                  {
                    line,
                    index,
                    errors: lineErrors.get(line.key) ?? new Map(),
                    onInput: (key, value) => p.onLineInput(line.key, key, value),
                    onLeave: (target) => p.onLineLeave(line.key, target),
                    onDelete: () => p.onDeleteLine(line.key),
                  },
                  t,
                ),
            )
          : html`<p>${t.noLines}</p>`
      }
      <div class="entry-actions">
        <button type="button" id="add-line" @click=${p.onAddLine}>${t.addLine}</button>
      </div>
    </form>`;
}

export function renderFilePanel(p: FilePanelProps, t: BuilderStrings) {
  return html`<h2 id="file-heading">${t.fileHeading}</h2>
    <p class="hint">${t.fileIntro}</p>
    <div class="entry-actions">
      <button
        type="button"
        class="secondary"
        id="edit-file"
        aria-expanded=${p.open ? 'true' : 'false'}
        aria-controls="file-form"
        @click=${p.onToggleOpen}
      >
        ${t.editFile}
      </button>
      ${!p.open && p.problemCount ? html`<span class="entry-problems">${t.problemCount(p.problemCount)}</span>` : nothing}
    </div>
    <div id="file-form" class="file-form" ?hidden=${!p.open}>${p.open ? renderFileForm(p, t) : nothing}</div>`;
}
