/** The list of entries: one button each, the one being edited marked `aria-current`. */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BuilderStrings } from './builder-strings.js';
import { otherTexts, type ResourceDraft } from './draft.js';

/** What a person calls an entry: its name (English, French, else another language), else its id. */
export function entryName(draft: ResourceDraft, t: BuilderStrings): string {
  const v = draft.values;
  const other = Object.values(otherTexts(v, 'name')).find((name) => name.trim());
  return v['name.en']!.trim() || v['name.fr']!.trim() || other?.trim() || v.id.trim() || t.untitled;
}

export interface EntryListProps {
  drafts: readonly ResourceDraft[];
  selected: number | null;
  problemCount: (draft: ResourceDraft) => number;
  /** The entry's warnings: its to-do list. */
  todoCount: (draft: ResourceDraft) => number;
  undoName: string | null;
  onSelect: (key: number) => void;
  onAdd: () => void;
  onUndo: () => void;
}

export function renderEntryList(p: EntryListProps, t: BuilderStrings) {
  return html`<h2 id="entries-heading">${t.entriesHeading(p.drafts.length)}</h2>
    <div class="entry-actions">
      <button type="button" id="add-entry" @click=${p.onAdd}>${t.addEntry}</button>
      ${
        p.undoName !== null
          ? html`<button type="button" class="secondary" id="undo-delete" @click=${p.onUndo}>${t.undoDelete(p.undoName)}</button>`
          : nothing
      }
    </div>
    ${
      p.drafts.length
        ? html`<ul class="entry-list">
          ${repeat(
            p.drafts,
            (d) => d.key,
            (d) => {
              const problems = p.problemCount(d);
              const todo = p.todoCount(d);
              return html`<li>
                <button
                  type="button"
                  class="entry"
                  id="entry-${d.key}"
                  aria-current=${d.key === p.selected ? 'true' : 'false'}
                  @click=${() => p.onSelect(d.key)}
                >
                  <span class="entry-name">${entryName(d, t)}</span>
                  <span class="entry-id">${d.values.id}</span>
                  ${problems ? html`<span class="entry-problems">${t.problemCount(problems)}</span>` : nothing}
                  ${todo ? html`<span class="entry-todo">${t.todoCount(todo)}</span>` : nothing}
                </button>
              </li>`;
            },
          )}
        </ul>`
        : html`<p class="hint">${t.noEntries}</p>`
    }`;
}
