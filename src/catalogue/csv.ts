/**
 * Spreadsheet (CSV) in and out, for the CLI and the builder page. No DOM and
 * no Node APIs: it takes and returns strings.
 *
 * Reading is forgiving about what Excel, LibreOffice and Google Sheets write
 * (byte-order mark, CRLF, quoted cells with commas and line breaks, `;` as the
 * delimiter) and strict about the data: every row is checked against the
 * schema and a bad row is named by its spreadsheet row number and column.
 */
import Papa from 'papaparse';
import { ResourceSchema, type Catalogue, type Resource, type Text } from './schema.js';
import { describeIssue } from './messages.js';
import {
  CSV_COLUMNS,
  WORD_COLUMNS,
  columnForPath,
  columnsFor,
  languageColumn,
  oneLanguageColumn,
  type ColumnTarget,
} from './csv-columns.js';
import { protectCell, unprotectCell } from './csv-formulas.js';
import { formatScheduleText, parseScheduleText } from '../hours/schedule-text.js';
import { didYouMean, splitList } from './suggestions.js';

export { CSV_COLUMNS } from './csv-columns.js';

/** A problem in a spreadsheet, located as a person sees it there. */
export interface CsvProblem {
  /** Spreadsheet row number: the header is row 1. Absent for problems with the whole file. */
  row?: number;
  column?: string;
  /** The resource id in that row, when it has one. */
  id?: string;
  message: string;
}

export interface CsvResult {
  /** The good rows as a catalogue (no resources when the file could not be read at all). */
  catalogue: Catalogue;
  /** How many rows became resources. */
  accepted: number;
  /** Problems in rows that were left out (a row can have several). */
  rejected: CsvProblem[];
  /** Problems that make the whole file unusable: nothing should be written. */
  fileErrors: CsvProblem[];
  /** Header cells that are not catalogue columns; their values were not read. */
  unknownColumns: string[];
  /** Columns without a language (`name`, `hours`) that were read in the default language. */
  oneLanguageColumns: string[];
  delimiter: string;
  /**
   * Every non-blank row as read, before the schema checked it, good or bad, in
   * file order: the builder page opens them all, so a row with a mistake can be
   * fixed there. A cell that could not be read (a schedule, a number) is kept as typed.
   */
  rows: CsvRow[];
}

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  resource: Record<string, unknown>;
}

export interface CsvReadOptions {
  /** The language of columns written without one (`name` rather than `name_en`); English unless said. */
  lang?: 'en' | 'fr';
}

const BY_NAME = new Map(CSV_COLUMNS.map(([name, target]) => [name.toLowerCase(), { name, target }]));
const COLUMN_NAMES = CSV_COLUMNS.map(([name]) => name);

/** `row 5 (id "youth-drop-in"), column "category": must be one of …` */
export function formatCsvProblem(problem: CsvProblem): string {
  const where = [
    problem.row !== undefined ? `row ${problem.row}${problem.id ? ` (id "${problem.id}")` : ''}` : '',
    problem.column ? `column "${problem.column}"` : '',
  ].filter(Boolean);
  return where.length ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

// Header names never hold a delimiter, so the header line tells which one the
// file uses more reliably than guessing from cells full of commas.
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  const best = [',', ';', '\t'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

// A French-locale spreadsheet writes 43,45 for 43.45.
function parseNumber(cell: string): number | undefined {
  const normal = cell.replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

interface Cell {
  column: string;
  target: ColumnTarget;
  value: string;
}

/** Builds the raw (not yet validated) resource of one row, or the problems that stop it. */
function rowToRaw(cells: Cell[]): { raw: Record<string, unknown>; problems: CsvProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: CsvProblem[] = [];
  const sub = (key: string) => (raw[key] ??= {}) as Record<string, unknown>;
  for (const { column, target, value } of cells) {
    const cell = WORD_COLUMNS.has(column) ? value.toLowerCase() : value;
    switch (target.kind) {
      case 'plain':
        raw[target.field] = cell;
        break;
      case 'text':
        sub(target.field)[target.lang] = cell;
        break;
      case 'list':
        // Codes take `;` or `,`, as in the builder page; a search word may hold a comma, so tags take `;` only.
        // Area codes are capitals (`ON`), as on envelopes; a spreadsheet may have typed them in any case.
        raw[target.field] = splitList(target.field === 'areas' ? cell.toUpperCase() : cell, target.field !== 'tags');
        break;
      case 'address':
        sub('address')[target.part] = target.part === 'province' ? cell.toUpperCase() : cell;
        break;
      case 'schedule': {
        const read = parseScheduleText(cell);
        if ('error' in read) problems.push({ column, message: read.error });
        raw.schedule = 'error' in read ? cell : read.schedule;
        break;
      }
      case 'coordinate': {
        const number = parseNumber(cell);
        if (number === undefined) problems.push({ column, message: `must be a number such as 43.55; got "${cell}"` });
        sub('coordinates')[target.part] = number ?? cell;
      }
    }
  }
  const coordinates = raw.coordinates as Record<string, unknown> | undefined;
  if (coordinates && !problems.length && (coordinates.lat === undefined) !== (coordinates.lng === undefined)) {
    problems.push({ column: coordinates.lat === undefined ? 'lat' : 'lng', message: 'is empty; fill in both lat and lng, or neither' });
  }
  for (const field of ['name', 'description'] as const) {
    if (raw[field] === undefined)
      problems.push({ column: `${field}_en`, message: `is empty; fill in ${field}_en or ${field}_fr (or both)` });
  }
  return { raw, problems };
}

/** Reads a spreadsheet export. Rows with problems are left out and listed; the rest become resources. */
export function csvToCatalogue(input: string, options: CsvReadOptions = {}): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const result: CsvResult = {
    catalogue: { version: 1, resources: [] },
    accepted: 0,
    rejected: [],
    fileErrors: [],
    unknownColumns: [],
    oneLanguageColumns: [],
    delimiter,
    rows: [],
  };
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes') {
      const row = error.row === undefined ? undefined : error.row + 1;
      result.fileErrors.push({ row, message: 'a quoted cell is never closed: a " is missing, so the rest of the file cannot be read' });
    }
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => !cell.trim())) {
    result.fileErrors.push({
      message: `the file is empty; the first row must name the columns (${COLUMN_NAMES.slice(0, 6).join(', ')}, …)`,
    });
    return result;
  }
  const columns = header.map((cell) => {
    const known = BY_NAME.get(cell.trim().toLowerCase());
    if (known) return known;
    const column = oneLanguageColumn(cell.trim(), options.lang ?? 'en');
    if (column) result.oneLanguageColumns.push(cell.trim());
    const other = column ? undefined : languageColumn(cell.trim());
    if (other && 'error' in other) {
      result.fileErrors.push({ row: 1, column: cell.trim(), message: other.error });
      return undefined;
    }
    return column ?? other;
  });
  // The sheet's own header, for problems found under a column's full name.
  const shown = new Map<string, string>();
  header.forEach((cell, index) => {
    const column = columns[index];
    if (!column && cell.trim() && !result.fileErrors.some((e) => e.column === cell.trim())) result.unknownColumns.push(cell.trim());
    if (!column) return;
    if (shown.has(column.name)) {
      result.fileErrors.push({
        row: 1,
        column: cell.trim(),
        message: `gives the same values as column "${shown.get(column.name)}"; keep one of the two`,
      });
    }
    shown.set(column.name, cell.trim());
  });
  const present = new Set(columns.map((c) => c?.name));
  const missing = ['id', 'category'].filter((name) => !present.has(name));
  for (const field of ['name', 'description']) {
    if (![...present].some((name) => name?.startsWith(`${field}_`))) missing.push(`${field}_en`);
  }
  if (missing.length) {
    result.fileErrors.push({ row: 1, message: `the header row lacks required columns: ${missing.join(', ')}` });
  }
  if (result.fileErrors.length) return result;

  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => !cell.trim())) return;
    const filled: Cell[] = [];
    const problems: CsvProblem[] = [];
    cells.forEach((cell, i) => {
      const column = columns[i];
      // Line breaks inside a quoted cell come as the file wrote them; keep plain \n.
      const value = unprotectCell(cell.trim().replace(/\r\n?/g, '\n'));
      if (!value) return;
      if (column) filled.push({ column: column.name, target: column.target, value });
      else if (i >= header.length)
        problems.push({
          message: `has a value in column ${i + 1}, past the last named column; check for an unquoted ${delimiter === '\t' ? 'tab' : `"${delimiter}"`}`,
        });
    });
    const built = rowToRaw(filled);
    result.rows.push({ row, resource: built.raw });
    problems.push(...built.problems);
    const id = typeof built.raw.id === 'string' ? built.raw.id : undefined;
    const parsedRow = ResourceSchema.safeParse(built.raw, { reportInput: true });
    if (!parsedRow.success) {
      for (const issue of parsedRow.error.issues) {
        const column = columnForPath(issue.path);
        // An unreadable lat or lng is kept as typed (the builder shows it): its pair needs no second message.
        const pair = issue.path[0] === 'coordinates' ? ['lat', 'lng'] : [column];
        if (problems.some((p) => pair.includes(p.column))) continue;
        const field = String(issue.path[0]);
        const message =
          issue.input === undefined && issue.code === 'invalid_type'
            ? 'is empty but required'
            : describeIssue(issue) + didYouMean(field, built.raw[field]);
        problems.push({ column, message });
      }
    } else if (seen.has(parsedRow.data.id)) {
      problems.push({ column: 'id', message: `repeats the id of row ${seen.get(parsedRow.data.id)}; every id must be unique` });
    }
    for (const problem of problems) if (problem.column) problem.column = shown.get(problem.column) ?? problem.column;
    if (problems.length || !parsedRow.success) {
      const order = (p: CsvProblem) => (p.column ? COLUMN_NAMES.indexOf(p.column) : -1);
      problems.sort((a, b) => order(a) - order(b));
      result.rejected.push(...problems.map((p) => ({ row, id, ...p })));
      return;
    }
    seen.set(parsedRow.data.id, row);
    result.catalogue.resources.push(parsedRow.data);
    result.accepted += 1;
  });
  return result;
}

function textCell(value: Text | undefined, lang: string): string {
  if (value === undefined) return '';
  // A plain string has no language; it goes in the English column.
  if (typeof value === 'string') return lang === 'en' ? value : '';
  return value[lang] ?? '';
}

function cellFor(resource: Resource, target: ColumnTarget): string {
  switch (target.kind) {
    case 'plain': {
      const value = resource[target.field];
      return value === undefined ? '' : String(value);
    }
    case 'text':
      return textCell(resource[target.field], target.lang);
    case 'list':
      return (resource[target.field] ?? []).join('; ');
    case 'address':
      return resource.address?.[target.part] ?? '';
    case 'schedule':
      return resource.schedule ? formatScheduleText(resource.schedule) : '';
    case 'coordinate': {
      const value = resource.coordinates?.[target.part];
      return value === undefined ? '' : String(value);
    }
  }
}

export interface CsvWriteOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads accents correctly. */
  bom?: boolean;
}

/**
 * Writes one row per resource under the full header. A cell a spreadsheet
 * would run as a formula is written with a leading `'` (csv-formulas.ts),
 * which `csvToCatalogue` removes again. The file-level fields
 * (`title`, `updated`, `crisis`, `synonyms`) have no place in a spreadsheet and are not written.
 */
export function catalogueToCsv(catalogue: Catalogue, options: CsvWriteOptions = {}): string {
  const columns = columnsFor(catalogue.resources);
  const rows = catalogue.resources.map((resource) => columns.map(([, target]) => protectCell(cellFor(resource, target))));
  const csv = Papa.unparse({ fields: columns.map(([name]) => name), data: rows }, { newline: '\r\n', quotes: false });
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}
