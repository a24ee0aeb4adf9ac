/**
 * Spreadsheet formula injection (OWASP, "CSV Injection"): Excel, LibreOffice
 * and Sheets run a cell that begins with `=`, `+`, `-` or `@` (or a tab or
 * carriage return before one) as a formula, which can fetch addresses or run
 * commands when a maintainer opens the file. Such cells are written with a
 * leading `'`, which the spreadsheet shows as text, and read back without it,
 * so a catalogue goes through a spreadsheet and back unchanged.
 */

// Apostrophes already in front count too, so that a value that itself starts with `'=` comes back as it was.
const FORMULA = /^'*[=+\-@\t\r]/;
// A negative number (a longitude) is not a formula, and stays a number the spreadsheet can sort.
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/** The cell as written to a spreadsheet. */
export function protectCell(value: string): string {
  return FORMULA.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
}

/** The value of a cell read from a spreadsheet: exactly one protecting `'` is removed. */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
