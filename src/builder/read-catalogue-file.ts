/**
 * Reads an opened JSON or CSV file into what the builder edits. Unlike the
 * finder and `from-csv`, it keeps entries and rows with problems: the
 * maintainer opened the file to fix them. No DOM: it takes the file's name and bytes.
 */
import { csvToCatalogue, formatCsvProblem } from '../catalogue/csv.js';
import { formatProblem } from '../catalogue/messages.js';
import { parseCatalogue } from '../catalogue/parse.js';
import { lineAndColumn, looksLikeUtf16, scanUtf8 } from '../catalogue/utf8.js';
import Papa from 'papaparse';

/** Why the bytes are not text the page can read faithfully: facts, so the page words them in its language. */
export type EncodingProblem = { kind: 'utf-16' } | { kind: 'not-utf-8'; line: number; column: number; byte: number };

export type ReadResult =
  | {
      ok: true;
      /** Everything but `resources` (version, title, updated, crisis lines), kept as it was. */
      meta: Record<string, unknown>;
      entries: unknown[];
      /**
       * What the entries cannot show of a spreadsheet (a value past the last
       * named column), worded with its row. Every row is an entry, mistakes
       * and all; each mistake is flagged on its field.
       */
      rowNotes: string[];
      /** Spreadsheet columns that are not catalogue columns. */
      unknownColumns: string[];
      /** For a spreadsheet: each entry's row, and the text, to read a column again under another name. */
      csv?: { rows: number[]; text: string };
      /** Excel's plain "CSV" on Windows is Windows-1252, not UTF-8; such a file is read as that. */
      encoding: 'utf-8' | 'windows-1252';
    }
  | {
      ok: false;
      /** The JSON reader's explanation, when the file is not JSON at all; the page words the rest. */
      notJson?: string;
      /** The file is UTF-16, or UTF-8 with a byte that is not. */
      encoding?: EncodingProblem;
      /** What is wrong, in the shared validator's words. */
      reasons: string[];
    };

function looksLikeCsv(name: string, text: string): boolean {
  if (/\.(csv|tsv|txt)$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  return !/^\s*[[{]/.test(text);
}

/**
 * UTF-8, or Windows-1252 for a file with no UTF-8 in it at all (Excel's plain
 * "CSV" on Windows), as the CLI reads spreadsheets. A UTF-8 file with one stray
 * byte is refused at that byte: reading it as Windows-1252 would turn every
 * accent into mojibake, and replacing the byte would lose a character silently.
 */
function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } | EncodingProblem {
  if (looksLikeUtf16(bytes)) return { kind: 'utf-16' };
  const { invalidAt, multibyte } = scanUtf8(bytes);
  if (invalidAt < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (!multibyte) return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  return { kind: 'not-utf-8', ...lineAndColumn(bytes, invalidAt), byte: bytes[invalidAt]! };
}

/**
 * The spreadsheet's text with one header cell renamed, so the shared reader
 * reads that column as the one the person chose. Only the header row changes.
 */
export function renameColumn(text: string, from: string, to: string): string {
  const head = Papa.parse<string[]>(text, { preview: 1 });
  const cells = head.data[0] ?? [];
  const renamed = cells.map((cell) => (cell.trim() === from ? to : cell));
  const line = Papa.unparse([renamed], { delimiter: head.meta.delimiter, newline: head.meta.linebreak });
  return `${line}${head.meta.linebreak}${text.slice(head.meta.cursor)}`;
}

export function readCatalogueFile(name: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if ('kind' in decoded) return { ok: false, encoding: decoded, reasons: [] };
  const { encoding } = decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (looksLikeCsv(name, text)) {
    const csv = csvToCatalogue(text);
    if (csv.fileErrors.length) return { ok: false, reasons: csv.fileErrors.map(formatCsvProblem) };
    const { resources: _valid, ...meta } = csv.catalogue;
    return {
      ok: true,
      meta,
      entries: csv.rows.map((r) => r.resource),
      rowNotes: csv.rejected.filter((p) => !p.column).map(formatCsvProblem),
      csv: { rows: csv.rows.map((r) => r.row), text },
      unknownColumns: csv.unknownColumns,
      encoding,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: (error as Error).message, reasons: [] };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || !Array.isArray((json as { resources?: unknown }).resources)) {
    const problems = parseCatalogue(json).problems.filter((p) => p.path.length <= 1);
    return { ok: false, reasons: problems.map(formatProblem) };
  }
  const { resources, ...meta } = json as { resources: unknown[] } & Record<string, unknown>;
  return { ok: true, meta, entries: resources, rowNotes: [], unknownColumns: [], encoding };
}
