/** Reads a catalogue file for a command, and words its problems for a terminal. */
import { checkCatalogueText, type CatalogueCheck, type LocatedProblem } from '../catalogue/check-catalogue.js';
import type { Catalogue } from '../catalogue/schema.js';
import { CliError } from './cli-error.js';
import { displayName, readText } from './files.js';

/** `catalogue.json:12:20 resources[4] (id "youth-drop-in"): "category" must be …` */
export function formatLocated(file: string, problem: LocatedProblem): string {
  return `${file}:${problem.line}:${problem.column} ${problem.message}`;
}

/** Parses a `--today` value, so freshness checks can be reproduced. */
export function parseToday(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw new CliError(`--today must be a date written YYYY-MM-DD; got "${value}"`, 2);
  }
  return date;
}

export function checkCatalogueFile(file: string, today?: Date): CatalogueCheck {
  if (/\.csv$/i.test(file)) {
    throw new CliError(`"${file}" is a spreadsheet; convert it first: support-finder from-csv ${file} -o catalogue.json`);
  }
  return checkCatalogueText(readText(file), today);
}

/** At most this many errors are repeated when a command refuses a catalogue; `validate` lists them all. */
const LISTED = 20;

/** The valid catalogue in `file`, or a CliError listing every error in it. */
export function readValidCatalogue(file: string): Catalogue {
  const check = checkCatalogueFile(file);
  if (!check.catalogue) {
    const name = displayName(file);
    const lines = check.errors.slice(0, LISTED).map((problem) => `  ${formatLocated(name, problem)}`);
    if (check.errors.length > LISTED) lines.push(`  and ${(check.errors.length - LISTED).toLocaleString('en-CA')} more`);
    const count = check.errors.length === 1 ? '1 error' : `${check.errors.length.toLocaleString('en-CA')} errors`;
    throw new CliError(
      `"${name}" is not a valid catalogue (${count}); run "support-finder validate ${file}" for details:\n${lines.join('\n')}`,
    );
  }
  return check.catalogue;
}
