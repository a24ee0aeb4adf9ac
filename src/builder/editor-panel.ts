/** The entry being edited: its actions, its error summary and its form. */
import { html } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { ResourceDraft } from './draft.js';
import { entryName } from './entry-list.js';
import { renderErrorSummary } from './error-summary.js';
import type { FieldContext } from './form-fields.js';
import { renderResourceForm } from './resource-form.js';
import type { EntryProblem, FieldTarget } from './validate-drafts.js';
import { wordProblem } from './word-problem.js';

export interface EditorProps extends Omit<FieldContext, 't' | 'errors'> {
  draft: ResourceDraft;
  /** The problems to show now (a new entry shows only those of fields already visited). */
  problems: EntryProblem[];
  onJump: (target: FieldTarget) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function renderEditorPanel(p: EditorProps, t: BuilderStrings) {
  const items = p.problems.map((problem) => ({ target: problem.target, text: wordProblem(problem, t) }));
  const errors = new Map<FieldTarget, string[]>();
  for (const { target, text } of items) errors.set(target, [...(errors.get(target) ?? []), text]);
  const ctx: FieldContext = { ...p, t, errors };
  return html`<h2 id="edit-heading">${t.editHeading(entryName(p.draft, t))}</h2>
    <div class="entry-actions">
      <button type="button" class="secondary" id="duplicate-entry" @click=${p.onDuplicate}>${t.duplicateEntry}</button>
      <button type="button" class="warning-button" id="delete-entry" @click=${p.onDelete}>${t.deleteEntry}</button>
    </div>
    ${renderErrorSummary(items, t, p.onJump)} ${renderResourceForm(ctx)}`;
}
