/**
 * `support-finder check-translation FILE...`: what a translator's table misses
 * or gets wrong, each problem at its line and column, before a page uses it.
 * Missing keys are warnings (the finder shows the fallback language there);
 * everything the finder would drop or show wrongly is an error.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { readJsonSource } from '../../catalogue/json-source.js';
import { checkTable, type TableProblem } from '../../i18n/check-table.js';
import { CliError, EXIT_BAD_INPUT, EXIT_BAD_USAGE, EXIT_OK } from '../cli-error.js';
import { displayName, readText, STDIN } from '../files.js';
import { forTerminal, jsonForTerminal } from '../terminal-text.js';

interface CheckOptions {
  lang?: string;
  strict?: boolean;
  json?: boolean;
}

interface Located extends TableProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
}

interface FileReport {
  file: string;
  lang: string;
  errors: Located[];
  warnings: Located[];
}

/** A tag the browser's Intl accepts, in its canonical spelling; undefined when it is not one. */
function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** `--lang`, else the table's own `@@locale` (ARB's convention), else the file's name: `finder-pa.json`, `pa-IN.json`. */
function languageOf(file: string, value: unknown, option: string | undefined): string {
  if (option !== undefined) {
    const tag = canonicalTag(option);
    if (!tag) throw new CliError(`--lang must be a language tag such as pa, zh-Hant or fr-CA; got "${option}"`, EXIT_BAD_USAGE);
    return tag;
  }
  const own = value && typeof value === 'object' ? (value as Record<string, unknown>)['@@locale'] : undefined;
  const fromFile = canonicalTag(own);
  if (fromFile) return fromFile;
  // Only what a file name plainly means: `pa`, `pa-IN`, `zh-Hant`, `es-419` at its end.
  const name = /(?:^|[-_.])([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?)\.json$/.exec(file === STDIN ? '' : basename(file));
  const fromName = canonicalTag(name?.[1]);
  if (fromName && fromName !== 'en') return fromName;
  throw new CliError(
    `cannot tell which language "${displayName(file)}" is in: add --lang (for example --lang pa), or "@@locale": "pa" to the file`,
    EXIT_BAD_USAGE,
  );
}

/** What the finder would drop or show wrongly; missing keys and plural forms fall back instead ("other" shows for a missing form). */
const ERRORS_ARE: TableProblem['kind'][] = ['invalid', 'placeholders', 'unknown'];
/** Missing keys are named on one line, up to this many: a first draft may lack a hundred. */
const NAMED = 12;

function checkFile(file: string, option: string | undefined, strict: boolean): FileReport {
  const name = displayName(file);
  const source = readJsonSource(readText(file));
  const syntax = source.syntaxErrors[0];
  if (syntax) throw new CliError(`${name}:${syntax.line}:${syntax.column} JSON syntax: ${syntax.message}`);
  if (source.value === undefined) throw new CliError(`${name}:1:1 The file is empty; a translation is a JSON object of key → text`);
  const duplicate = source.duplicateKeys[0];
  if (duplicate) throw new CliError(`${name}:${duplicate.line}:${duplicate.column} ${duplicate.message}`);
  const lang = languageOf(file, source.value, option);
  const report: FileReport = { file: name, lang, errors: [], warnings: [] };
  for (const problem of checkTable(source.value, lang)) {
    const error = strict || ERRORS_ARE.includes(problem.kind);
    // A missing key has no place of its own: the start of the table.
    const at = problem.kind === 'missing' || !problem.key ? { line: 1, column: 1 } : source.locate([problem.key]);
    (error ? report.errors : report.warnings).push({ ...problem, severity: error ? 'error' : 'warning', ...at });
  }
  return report;
}

const count = (n: number, one: string) => `${n.toLocaleString('en-CA')} ${one}${n === 1 ? '' : 's'}`;

function textReport({ file, lang, errors, warnings }: FileReport): string[] {
  const line = (p: Located) =>
    `${file}:${p.line}:${p.column} ${p.key ? `"${p.key}" ` : ''}${p.message}${p.severity === 'warning' ? ' (warning)' : ''}`;
  const missing = warnings.filter((p) => p.kind === 'missing').map((p) => `"${p.key}"`);
  const named =
    missing.length > NAMED
      ? `${missing.slice(0, NAMED).join(', ')} and ${missing.length - NAMED} more (--json lists all)`
      : missing.join(', ');
  const lacking = missing.length
    ? [`${file}:1:1 ${count(missing.length, 'key')} not translated, shown in English: ${named} (warning)`]
    : [];
  const verdict = errors.length
    ? `${file} (${lang}): not usable as is, ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`
    : `${file} (${lang}): usable, ${count(warnings.length, 'warning')}`;
  return [...errors.map(line), ...warnings.filter((p) => p.kind !== 'missing').map(line), ...lacking, verdict];
}

export function checkTranslationCommand(program: Command): Command {
  return program
    .command('check-translation')
    .description("check translation files of the finder's words (data/translations/template.json); exit status 1 when any has an error")
    .argument('<files...>', 'translation JSON files ("-" for standard input)')
    .option('--lang <tag>', 'the language of the files (default: their "@@locale", else their name, such as finder-pa.json)')
    .option('--strict', 'count missing keys as errors, for a translation that must be complete')
    .option('--json', 'print a machine-readable report instead of text')
    .action((files: string[], options: CheckOptions) => {
      if (files.filter((file) => file === STDIN).length > 1)
        throw new CliError('"-" (standard input) can be given only once', EXIT_BAD_USAGE);
      const reports = files.map((file) => checkFile(file, options.lang, !!options.strict));
      const usable = reports.every((report) => report.errors.length === 0);
      const text = options.json ? jsonForTerminal({ usable, files: reports }) : forTerminal(reports.flatMap(textReport).join('\n'));
      process.stdout.write(`${text}\n`);
      process.exitCode = usable ? EXIT_OK : EXIT_BAD_INPUT;
    });
}
