/**
 * Every word the builder page shows, as one typed table per language
 * (`builder-en.ts`, `builder-fr.ts`), so a missing French string fails the
 * type-check. Validation wording is not here: it comes from
 * `catalogue/messages.ts`, in English, so the page and the CLI describe a
 * problem alike; these strings only lead into it.
 */
import type { Category, Language } from '../catalogue/schema.js';
import type { ChoiceField, FieldKey, TextField } from './draft.js';
import type { FileTarget, LineTarget } from './file-draft.js';

export interface BuilderStrings {
  /**
   * A validation message of the shared validator (English) in the page's
   * language; `lang` names the language when it stayed English.
   */
  message: (english: string) => { text: string; lang?: string };
  /** For dates and times: `en-CA`, `fr-CA`. */
  locale: string;
  openHeading: string;
  fileLabel: string;
  fileHint: string;
  startBuiltin: string;
  startEmpty: string;
  /** "Opened branch.json: 12 entries, 2 with problems." */
  opened: (name: string, count: number, withProblems: number) => string;
  openFailed: (name: string) => string;
  /** The JSON reader's own explanation follows. */
  notJson: (detail: string) => string;
  /** Leads into the spreadsheet rows with a value no field can hold. */
  rowNotes: string;
  unknownColumns: (columns: string) => string;
  notUtf8: string;
  /** A file saved as UTF-16 ("Unicode text"), which is not read. */
  utf16: string;
  /** Where a UTF-8 file has a byte that is not UTF-8 (`byte` as `0xE9`); the file is not opened. */
  notUtf8At: (line: number, column: number, byte: string) => string;
  builtinName: string;
  emptyName: string;
  /** Says the draft is kept in this browser, beside "Discard this draft". */
  storageNote: string;
  discardDraft: string;
  /** "Restored your draft from this browser (last saved …)." */
  restoredDraft: (savedAt: string) => string;
  storageFailed: string;
  discarded: string;
  askReplaceTitle: (name: string) => string;
  askReplaceBody: string;
  updateFromSheet: string;
  updateHint: string;
  replaceWith: (name: string) => string;
  keepEditing: string;
  /** "Updated from riverside.csv: 8 entries updated, 2 added. …" */
  updatedFrom: (name: string, updated: number, added: number) => string;
  /** Leads into the page's entries that the spreadsheet does not have, kept. */
  keptEntries: (count: number) => string;
  askDiscardTitle: string;
  askDiscardBody: string;
  discardConfirm: string;
  keepDraft: string;
  askRefusedTitle: string;
  askRefusedBody: string;
  fixFirst: string;
  downloadAnyway: string;

  entriesHeading: (count: number) => string;
  noEntries: string;
  untitled: string;
  problemCount: (count: number) => string;
  addEntry: string;
  /** The id of a new entry before it has a name. */
  newId: string;
  /** Ends the id of a copy: `youth-drop-in-copy`. */
  copySuffix: string;
  /** Said when an obvious fix is applied. */
  fixed: string;
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
  /** Leads into the validator's English words: "Website " + "must be a web address…". */
  problemLead: (label: string) => string;
  /** Leads into a problem with a field the form does not show, named by its path. */
  unshownField: (path: string) => string;
  /** Leads into a warning about the whole entry: "This entry " + "has no lastVerified date…". */
  thisEntry: string;
  /** "2 to do", beside an entry in the list. */
  todoCount: (count: number) => string;
  /** Heads an entry's warnings, under its problems. */
  todoTitle: (count: number) => string;
  healthHeading: string;
  healthIntro: string;
  healthNone: string;
  /** The to-do list of a catalogue with no entries yet. */
  healthEmpty: string;
  /** "Missing French: 7 entries". */
  healthCounts: {
    missingFrench: (n: number) => string;
    missingEnglish: (n: number) => string;
    stale: (n: number) => string;
    neverVerified: (n: number) => string;
    unknownFields: (n: number) => string;
  };
  /** Leads into the file's unknown fields outside the entries. */
  healthOther: string;
  /** A one-press fix: "Use 2026-09-01?". */
  useValue: (value: string) => string;
  /** A one-press fix for a web address without its scheme. */
  addHttps: string;
  /** "Read the column “Organisation” as Organization (English)?" */
  readColumnAs: (column: string, field: string) => string;
  /** A language as it follows a field's name: "Organization (English)", « Organisme (anglais) ». */
  inLanguage: Record<Language, string>;
  /** Said once the column is read: how many entries it filled. */
  columnRead: (column: string, field: string, filled: number) => string;

  labels: Record<FieldKey | TextField | ChoiceField | 'address', string>;
  hints: Partial<Record<FieldKey | TextField | ChoiceField, string>>;
  /** What to ask for when a required control is blank. */
  missing: Partial<Record<FieldKey | TextField, string>>;
  categories: Record<Category, string>;
  audiences: Record<string, string>;
  delivery: Record<string, string>;
  costs: Record<string, string>;
  referrals: Record<string, string>;
  /** `CA` and the province and territory codes, by name. */
  areaNames: Record<string, string>;

  fileHeading: string;
  fileIntro: string;
  editFile: string;
  fileSummaryTitle: (count: number) => string;
  fileLabels: Record<FileTarget, string>;
  fileHints: Partial<Record<FileTarget, string>>;
  linesHeading: string;
  linesHint: string;
  noLines: string;
  /** "Crisis line 2: Distress Centre". */
  lineLegend: (position: number, name: string) => string;
  lineLabels: Record<LineTarget, string>;
  lineHints: Partial<Record<LineTarget, string>>;
  lineMissing: Partial<Record<LineTarget, string>>;
  addLine: string;
  deleteLine: (name: string) => string;
  lineAdded: string;
  lineDeleted: (name: string) => string;

  previewHeading: string;
  previewHint: string;
  previewLanguage: string;
  /** The "Add a language" control, which adds a language to every text field (name, description…). */
  addLanguageHeading: string;
  addLanguageCode: string;
  addLanguageHint: string;
  addLanguageButton: string;
  /** The code is not a language code. */
  addLanguageInvalid: string;
  /** What the typed code names, as it is typed: "pa: Punjabi". */
  addLanguageNames: (code: string, name: string) => string;
  addLanguageAdded: (name: string) => string;
  addLanguageAlready: (name: string) => string;
  /** Each language named in itself, as language pickers do: the same in every table. */
  languageNames: Record<Language, string>;

  downloadHeading: string;
  downloadJson: (file: string) => string;
  downloadCsv: (file: string) => string;
  downloadHint: string;
  csvLeavesOut: string;
  entriesWithProblems: (count: number) => string;
  goTo: (name: string) => string;
  /** Problems in the title, date or crisis lines; each is listed after it as a link to its field. */
  fileFieldProblems: (count: number) => string;
  /** Problems the form has no control for. */
  fileProblems: string;
  downloadBundle: string;
  bundleBusy: string;
  bundleHint: string;
  bundleNeedsValid: string;
  /** The engine file could not be read: its address and the browser's reason. */
  engineMissing: (url: string, detail: string) => string;
  /** Said once a download starts. */
  downloaded: (name: string) => string;
  afterHeading: (name: string) => string;
  afterJson: (name: string) => string;
  afterBundle: (name: string) => string;
  afterCsv: (name: string) => string;
  snippetLabel: string;
  copySnippet: string;
  copied: string;
  jsonNeedsServer: string;
  bundleWorksFromDisk: string;
  columnsSummary: string;
  columnsIntro: string;
  downloadTemplate: string;
  columnHeader: string;
  columnMeaning: string;
}
