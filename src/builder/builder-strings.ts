/**
 * Every word the builder page shows, as one typed table per language (see
 * `builder-en.ts`). Validation wording is not here: it comes from
 * `catalogue/messages.ts`, so the page and the CLI describe a problem alike.
 */
import type { Category } from '../catalogue/schema.js';
import type { ChoiceField, FieldKey, TextField } from './draft.js';

export interface BuilderStrings {
  openHeading: string;
  fileLabel: string;
  fileHint: string;
  startBuiltin: string;
  startEmpty: string;
  /** "Opened branch.json: 12 entries, 2 with problems." */
  opened: (name: string, count: number, withProblems: number) => string;
  openFailed: (name: string) => string;
  rowsLeftOut: (count: number) => string;
  unknownColumns: (columns: string) => string;
  notUtf8: string;
  builtinName: string;
  emptyName: string;

  entriesHeading: (count: number) => string;
  noEntries: string;
  untitled: string;
  problemCount: (count: number) => string;
  addEntry: string;
  duplicateEntry: string;
  deleteEntry: string;
  undoDelete: (name: string) => string;
  added: string;
  duplicated: (name: string) => string;
  deleted: (name: string) => string;
  restored: (name: string) => string;

  editHeading: (name: string) => string;
  summaryTitle: (count: number) => string;
  errorPrefix: string;
  required: string;
  english: string;
  french: string;
  notStated: string;
  chooseCategory: string;
  today: string;

  labels: Record<FieldKey | TextField | ChoiceField | 'address', string>;
  hints: Partial<Record<FieldKey | TextField | ChoiceField, string>>;
  /** What to ask for when a required control is blank. */
  missing: Partial<Record<FieldKey | TextField, string>>;
  categories: Record<Category, string>;
  audiences: Record<string, string>;
  delivery: Record<string, string>;
  costs: Record<string, string>;
  referrals: Record<string, string>;

  previewHeading: string;
  previewHint: string;
  previewLanguage: string;

  downloadHeading: string;
  downloadJson: (file: string) => string;
  downloadCsv: (file: string) => string;
  downloadHint: string;
  csvLeavesOut: string;
  entriesWithProblems: (count: number) => string;
  goTo: (name: string) => string;
  fileProblems: string;
}
