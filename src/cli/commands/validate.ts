/** `support-finder validate FILE...`: errors with their location, then a short health report. */
import type { Command } from 'commander';
import type { CatalogueCheck } from '../../catalogue/check-catalogue.js';
import { CATEGORIES } from '../../catalogue/schema.js';
import { CliError, EXIT_BAD_INPUT, EXIT_BAD_USAGE, EXIT_OK } from '../cli-error.js';
import { displayName, STDIN } from '../files.js';
import { checkCatalogueFile, formatLocated, parseToday } from '../read-catalogue.js';
import { forTerminal, jsonForTerminal } from '../terminal-text.js';

interface ValidateOptions {
  json?: boolean;
  errorsOnly?: boolean;
  today?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-CA')} ${n === 1 ? one : many}`;

/**
 * The printed report lists at most this many errors and this many warnings
 * per file: a terminal does not scroll back through 64,000 lines, and `--json`
 * has them all.
 */
const PRINTED = 200;

function capped(lines: string[], kind: string): string[] {
  if (lines.length <= PRINTED) return lines;
  return [...lines.slice(0, PRINTED), `… and ${(lines.length - PRINTED).toLocaleString('en-CA')} more ${kind}; \`--json\` lists all`];
}

function healthLines(check: CatalogueCheck): string[] {
  const health = check.health;
  if (!health) return [];
  const counts = CATEGORIES.map((c) => `${c} ${health.counts[c]}`).join(', ');
  return [
    `  ${plural(health.total, 'resource')}: ${counts}`,
    `  missing French: ${health.missingFrench.length}, missing English: ${health.missingEnglish.length}`,
    `  not verified in 12 months: ${health.stale.length}, no lastVerified: ${health.neverVerified.length}`,
    `  no areas (listed in every province): ${health.noAreas.length}`,
    `  unknown fields: ${unknownSummary(health.unknownFields)}`,
  ];
}

/** `phon (3), resources[2].adress`: each unknown name once, with how many entries have it. */
function unknownSummary(paths: string[]): string {
  if (!paths.length) return 'none';
  const byName = new Map<string, { first: string; count: number }>();
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('.') + 1);
    const seen = byName.get(name);
    if (seen) seen.count++;
    else byName.set(name, { first: path, count: 1 });
  }
  const names = [...byName].map(([name, { first, count }]) => (count === 1 ? first : `${name} (${count.toLocaleString('en-CA')})`));
  return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}

function textReport(file: string, check: CatalogueCheck, errorsOnly = false): string[] {
  const errors = capped(
    check.errors.map((p) => formatLocated(file, p)),
    'errors',
  );
  const warnings = errorsOnly
    ? []
    : capped(
        check.warnings.map((p) => `${formatLocated(file, p)} (warning)`),
        'warnings',
      );
  const lines = [...errors, ...warnings];
  const verdict = check.errors.length
    ? `${file}: not valid, ${plural(check.errors.length, 'error')}, ${plural(check.warnings.length, 'warning')}`
    : `${file}: valid, ${plural(check.warnings.length, 'warning')}`;
  return [...lines, verdict, ...healthLines(check)];
}

function jsonReport(file: string, check: CatalogueCheck) {
  const { health } = check;
  return {
    file,
    valid: check.errors.length === 0,
    errors: check.errors,
    warnings: check.warnings,
    health: health && {
      total: health.total,
      counts: health.counts,
      missingFrench: health.missingFrench,
      missingEnglish: health.missingEnglish,
      stale: health.stale,
      neverVerified: health.neverVerified,
      noAreas: health.noAreas,
      unknownFields: health.unknownFields,
    },
  };
}

export function validateCommand(program: Command): Command {
  return program
    .command('validate')
    .description('check catalogue files and report their health; exit status 1 when any has an error (warnings keep 0)')
    .argument('<files...>', 'catalogue JSON files ("-" for standard input)')
    .option('--json', 'print a machine-readable report instead of text')
    .option('--errors-only', 'list errors only; the health summary still counts the warnings')
    .option('--today <date>', 'check "lastVerified" as of this date (YYYY-MM-DD) instead of today')
    .action((files: string[], options: ValidateOptions) => {
      const today = parseToday(options.today);
      if (files.filter((file) => file === STDIN).length > 1)
        throw new CliError('"-" (standard input) can be given only once', EXIT_BAD_USAGE);
      const checks = files.map((file) => ({ file: displayName(file), check: checkCatalogueFile(file, today) }));
      const valid = checks.every(({ check }) => check.errors.length === 0);
      if (options.json) {
        const report = { valid, files: checks.map(({ file, check }) => jsonReport(file, check)) };
        process.stdout.write(`${jsonForTerminal(report)}\n`);
      } else {
        process.stdout.write(
          `${forTerminal(checks.flatMap(({ file, check }) => textReport(file, check, options.errorsOnly)).join('\n'))}\n`,
        );
      }
      process.exitCode = valid ? EXIT_OK : EXIT_BAD_INPUT;
    });
}
