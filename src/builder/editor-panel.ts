/** The entry being edited: its actions, its error summary and its form. */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { ChoiceField, FieldKey, ResourceDraft } from './draft.js';
import { entryName } from './entry-list.js';
import { renderErrorSummary } from './error-summary.js';
import { controlId, resourceId, type ResourceContext } from './form-fields.js';
import { renderResourceForm } from './resource-form.js';
import type { EntryProblem, FieldTarget } from './validate-drafts.js';
import { fixLabel, renderWorded, wordProblem, type Worded } from './word-problem.js';

export interface EditorProps {
  draft: ResourceDraft;
  /** The problems to show now (a new entry shows only those of fields already visited). */
  problems: EntryProblem[];
  /** Its warnings from the health report: what to do next, not errors. */
  todo: EntryProblem[];
  onInput: (key: FieldKey, value: string) => void;
  onToggle: (field: ChoiceField, value: string, checked: boolean) => void;
  onLeave: (target: FieldTarget) => void;
  /** Moves focus to a control, by id. */
  onJump: (control: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** Applies an obvious fix: a control's new text, or a choice list's values. */
  onFix: (target: Exclude<FieldTarget, null>, value: string | string[]) => void;
  /** Languages beyond English and French the text fields show, and the control that adds one. */
  languages: readonly string[];
  addLanguage: TemplateResult;
}

/** The entry's warnings, each a link to the control that settles it. */
function renderTodo(p: EditorProps, t: BuilderStrings) {
  if (!p.todo.length) return nothing;
  const jump = (control: string) => (e: Event) => {
    e.preventDefault();
    p.onJump(control);
  };
  return html`<div class="todo" id="todo-summary">
    <h3>${t.todoTitle(p.todo.length)}</h3>
    <ul>
      ${p.todo.map((item) => {
        const control = item.target && controlId(item.target);
        const text = renderWorded(wordProblem(item, t));
        return html`<li>${control ? html`<a href="#${control}" @click=${jump(control)}>${text}</a>` : text}</li>`;
      })}
    </ul>
  </div>`;
}

export function renderEditorPanel(p: EditorProps, t: BuilderStrings) {
  const errors = new Map<FieldTarget, Worded[]>();
  const items = p.problems.map((problem) => {
    const { target } = problem;
    const { fix } = problem;
    const current = target && target in p.draft.values ? p.draft.values[target as FieldKey] : '';
    const text: Worded = {
      ...wordProblem(problem, t),
      ...(fix !== undefined && target && { fix: { label: fixLabel(target, fix, current, t), apply: () => p.onFix(target, fix) } }),
    };
    errors.set(target, [...(errors.get(target) ?? []), text]);
    return { control: target && controlId(target), text };
  });
  const ctx: ResourceContext = {
    t,
    draft: p.draft,
    values: p.draft.values,
    labels: t.labels,
    hints: t.hints,
    errors,
    idOf: resourceId,
    onInput: p.onInput,
    onToggle: p.onToggle,
    onLeave: p.onLeave,
    languages: p.languages,
  };
  return html`<h2 id="edit-heading">${t.editHeading(entryName(p.draft, t))}</h2>
    <div class="entry-actions">
      <button type="button" class="secondary" id="duplicate-entry" @click=${p.onDuplicate}>${t.duplicateEntry}</button>
      <button type="button" class="warning-button" id="delete-entry" @click=${p.onDelete}>${t.deleteEntry}</button>
    </div>
    ${renderErrorSummary(items, t.summaryTitle(items.length), 'error-summary', p.onJump)} ${renderTodo(p, t)}
    ${renderResourceForm(ctx)} ${p.addLanguage}`;
}
