/**
 * Bringing a spreadsheet's rows into entries already being edited, without
 * losing what was typed in the page: a column read late fills only the
 * fields still blank, and a spreadsheet opened again updates the entries it
 * has (by id) while keeping the page's other entries and its words where the
 * spreadsheet's cell is empty. Pure functions on drafts.
 */
import { CSV_COLUMNS, languageColumn } from '../catalogue/csv-columns.js';
import { CHOICE_FIELDS, type ChoiceField, type FieldKey, type ResourceDraft } from './draft.js';

/** The controls one spreadsheet column fills: `organization_en` → `organization.en`; `lat` → none (kept in `extra`). */
export function columnKeys(column: string): { keys: FieldKey[]; choice?: ChoiceField; extra?: string } {
  const other = languageColumn(column);
  const target = CSV_COLUMNS.find(([name]) => name === column)?.[1] ?? (other && 'target' in other ? other.target : undefined);
  if (!target) return { keys: [] };
  switch (target.kind) {
    case 'text':
      return { keys: [`${target.field}.${target.lang}`] };
    case 'address':
      return { keys: [`address.${target.part}`] };
    case 'list':
      return (CHOICE_FIELDS as readonly string[]).includes(target.field)
        ? { keys: [], choice: target.field as ChoiceField }
        : { keys: [target.field as FieldKey] };
    case 'schedule':
      return { keys: ['schedule'] };
    case 'coordinate':
      return { keys: [], extra: 'coordinates' };
    default:
      return { keys: [target.field as FieldKey] };
  }
}

const blank = (text: string) => !text.trim();

/** `draft` with the fields of `column` taken from `incoming`, where `draft`'s are still blank. */
export function fillColumn(draft: ResourceDraft, incoming: ResourceDraft, column: string): ResourceDraft {
  const { keys, choice, extra } = columnKeys(column);
  const values = { ...draft.values };
  for (const key of keys) if (blank(values[key]) && !blank(incoming.values[key])) values[key] = incoming.values[key];
  const out = { ...draft, values };
  if (choice && !draft[choice].length) out[choice] = [...incoming[choice]];
  if (extra && draft.extra[extra] === undefined && incoming.extra[extra] !== undefined) {
    out.extra = { ...draft.extra, [extra]: incoming.extra[extra] };
  }
  return out;
}

export interface MergeReport {
  updated: number;
  added: number;
  /** Entries of the page the spreadsheet does not have: kept, and named, so nothing is lost by surprise. */
  kept: ResourceDraft[];
}

/**
 * The spreadsheet's entries, updating the page's entries of the same id: a
 * filled cell wins, an empty one keeps what the page had. Entries only the
 * page has are kept, after the spreadsheet's.
 */
export function mergeEntries(
  current: readonly ResourceDraft[],
  incoming: readonly ResourceDraft[],
): { drafts: ResourceDraft[]; report: MergeReport } {
  const byId = new Map(current.map((d) => [d.values.id.trim(), d]));
  const used = new Set<ResourceDraft>();
  const report: MergeReport = { updated: 0, added: 0, kept: [] };
  const drafts = incoming.map((next) => {
    const mine = byId.get(next.values.id.trim());
    if (!mine || used.has(mine) || !next.values.id.trim()) {
      report.added += 1;
      return next;
    }
    used.add(mine);
    report.updated += 1;
    const values = { ...mine.values };
    for (const key of Object.keys(values) as FieldKey[]) if (!blank(next.values[key])) values[key] = next.values[key];
    const merged: ResourceDraft = {
      ...mine,
      values,
      plain: mine.plain,
      extra: { ...mine.extra, ...next.extra },
      origin: next.origin,
      autoId: false,
    };
    for (const field of CHOICE_FIELDS) if (next[field].length) merged[field] = [...next[field]];
    return merged;
  });
  report.kept = current.filter((d) => !used.has(d));
  return { drafts: [...drafts, ...report.kept], report };
}
