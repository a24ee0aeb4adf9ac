/**
 * The entries being edited and what people do to them: pick, type, tick,
 * add, duplicate, delete and undo, and apply an obvious fix. Apart from the
 * element, like `FileDetails`, so each stays small; a plain object that asks
 * its host to update.
 */
import type { ReactiveControllerHost } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import { copyDraft, emptyDraft, type ChoiceField, type FieldKey, type ResourceDraft } from './draft.js';
import { entryName } from './entry-list.js';
import { controlId } from './form-fields.js';
import type { ProblemVisibility } from './problem-visibility.js';
import { uniqueId } from './unique-id.js';
import type { FieldTarget } from './validate-drafts.js';

/** What the entries need of the page: its words, its status message, focus, and a note that the work changed. */
export interface EntriesPage {
  strings: () => BuilderStrings;
  announce: (text: string) => void;
  focusAfterUpdate: (selector: string) => void;
}

export class Entries {
  /** A new list on every edit, so the host can tell when to validate again. */
  drafts: ResourceDraft[] = [];
  selected: number | null = null;
  deleted: { draft: ResourceDraft; index: number } | null = null;

  constructor(
    private host: ReactiveControllerHost,
    private visibility: ProblemVisibility,
    private page: EntriesPage,
  ) {}

  /** Takes newly opened or restored entries; the first is selected. */
  load(drafts: ResourceDraft[], selected: number | null = drafts[0]?.key ?? null): void {
    this.drafts = drafts;
    this.selected = drafts.some((d) => d.key === selected) ? selected : (drafts[0]?.key ?? null);
    this.deleted = null;
    this.host.requestUpdate();
  }

  get current(): ResourceDraft | undefined {
    return this.drafts.find((d) => d.key === this.selected);
  }

  private get t() {
    return this.page.strings();
  }

  private set(drafts: ResourceDraft[]): void {
    this.drafts = drafts;
    this.host.requestUpdate();
  }

  private updateCurrent(change: (draft: ResourceDraft) => ResourceDraft): void {
    this.set(this.drafts.map((d) => (d.key === this.selected ? change(d) : d)));
  }

  private takenIds(except?: number): string[] {
    return this.drafts.filter((d) => d.key !== except).map((d) => d.values.id.trim());
  }

  input = (key: FieldKey, value: string) => {
    this.updateCurrent((d) => {
      const values = { ...d.values, [key]: value };
      if (key === 'name.en' && d.autoId) values.id = uniqueId(value, this.takenIds(d.key), this.t.newId);
      return { ...d, values, autoId: key === 'id' ? false : d.autoId };
    });
    this.visibility.touch(this.selected, key);
  };

  toggle = (field: ChoiceField, value: string, checked: boolean) => {
    this.updateCurrent((d) => ({ ...d, [field]: checked ? [...d[field], value] : d[field].filter((v) => v !== value) }));
    this.visibility.touch(this.selected, field);
  };

  /** Applies an obvious fix, then puts focus back on the control: the button that had it is gone. */
  fix = (target: Exclude<FieldTarget, null>, value: string | string[]) => {
    if (Array.isArray(value)) {
      if (target !== 'audiences' && target !== 'delivery') return;
      this.updateCurrent((d) => ({ ...d, [target]: value }));
      this.visibility.touch(this.selected, target);
    } else {
      this.input(target as FieldKey, value);
    }
    this.page.announce(this.t.fixed);
    this.page.focusAfterUpdate(`#${controlId(target)}`);
  };

  select = (key: number) => {
    // An entry someone has left shows all its problems from then on, touched or not.
    if (this.selected !== null && this.selected !== key) this.visibility.reveal(this.selected);
    this.selected = key;
    this.host.requestUpdate();
  };

  add = () => {
    const draft = emptyDraft(uniqueId('', this.takenIds(), this.t.newId));
    this.set([...this.drafts, draft]);
    this.select(draft.key);
    this.deleted = null;
    this.page.announce(this.t.added);
    this.page.focusAfterUpdate('#f-name-en');
  };

  duplicate = () => {
    const index = this.drafts.findIndex((d) => d.key === this.selected);
    const source = this.drafts[index];
    if (!source) return;
    const copy = copyDraft(source, uniqueId(`${source.values.id}-${this.t.copySuffix}`, this.takenIds()));
    this.set([...this.drafts.slice(0, index + 1), copy, ...this.drafts.slice(index + 1)]);
    this.visibility.reveal(copy.key);
    this.select(copy.key);
    this.page.announce(this.t.duplicated(entryName(source, this.t)));
    this.page.focusAfterUpdate('#f-name-en');
  };

  delete = () => {
    const index = this.drafts.findIndex((d) => d.key === this.selected);
    const draft = this.drafts[index];
    if (!draft) return;
    this.set(this.drafts.filter((d) => d !== draft));
    this.deleted = { draft, index };
    // Focus goes to the entry that took its place, so the keyboard user is not sent back to the top.
    const next = this.drafts[index] ?? this.drafts[index - 1];
    this.selected = next?.key ?? null;
    this.page.announce(this.t.deleted(entryName(draft, this.t)));
    this.page.focusAfterUpdate(next ? `#entry-${next.key}` : '#add-entry');
  };

  undo = () => {
    const deleted = this.deleted;
    if (!deleted) return;
    const { draft, index } = deleted;
    this.set([...this.drafts.slice(0, index), draft, ...this.drafts.slice(index)]);
    this.deleted = null;
    this.selected = draft.key;
    this.page.announce(this.t.restored(entryName(draft, this.t)));
    this.page.focusAfterUpdate(`#entry-${draft.key}`);
  };

  /** Opens an entry from the download panel's list, with every problem shown. */
  goTo = (key: number) => {
    this.select(key);
    this.visibility.reveal(key);
    this.page.focusAfterUpdate('#error-summary');
  };
}
