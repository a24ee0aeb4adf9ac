/**
 * Everything `support-finder validate` says about one catalogue file: syntax
 * errors, schema errors and health warnings, each with its line and column.
 */
import { checkHealth, type HealthReport } from './health.js';
import { formatPath, formatProblem, type Problem } from './messages.js';
import { parseCatalogue } from './parse.js';
import { zodChecks } from './zod-checks.js';
import { readJsonSource } from './json-source.js';
import type { Catalogue } from './schema.js';

export interface LocatedProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** JSON path such as `resources[4].category`; empty for the whole file or a syntax error. */
  path: string;
  id?: string;
  /** The sentence to show after the location. */
  message: string;
}

export interface CatalogueCheck {
  /** The valid catalogue, or null when it has any error. */
  catalogue: Catalogue | null;
  errors: LocatedProblem[];
  warnings: LocatedProblem[];
  /** Present when the file could be read as a catalogue (even with bad entries). */
  health?: HealthReport;
}

function idOf(value: unknown, index: number): string | undefined {
  const entry = (value as { resources?: unknown[] }).resources?.[index] as { id?: unknown } | undefined;
  return typeof entry?.id === 'string' ? entry.id : undefined;
}

/** Checks catalogue JSON text (a byte-order mark and CRLF line ends are fine). */
export function checkCatalogueText(text: string, today = new Date()): CatalogueCheck {
  const source = readJsonSource(text);
  if (source.syntaxErrors.length) {
    return {
      catalogue: null,
      warnings: [],
      // Only the first: the parser's later complaints follow from it and would mislead.
      errors: source.syntaxErrors.slice(0, 1).map((e) => ({
        severity: 'error',
        line: e.line,
        column: e.column,
        path: '',
        message: `JSON syntax: ${e.message}`,
      })),
    };
  }
  if (source.value === undefined) {
    const message = 'The file is empty; a catalogue is a JSON object with "version": 1 and a "resources" list';
    return { catalogue: null, warnings: [], errors: [{ severity: 'error', line: 1, column: 1, path: '', message }] };
  }
  const locate = (problem: Problem): LocatedProblem => ({
    severity: problem.severity,
    ...source.locate(problem.path),
    path: problem.path.length ? formatPath(problem.path) : '',
    id: problem.id,
    message: formatProblem(problem),
  });
  const parsed = parseCatalogue(source.value, zodChecks);
  const duplicates = source.duplicateKeys.map((d): LocatedProblem => {
    const id = d.path[0] === 'resources' && typeof d.path[1] === 'number' ? idOf(source.value, d.path[1]) : undefined;
    return { ...locate({ severity: 'error', path: d.path, id, message: d.message }), line: d.line, column: d.column };
  });
  const errors = [...duplicates, ...parsed.problems.filter((p) => p.severity === 'error').map(locate)];
  const warnings = parsed.problems.filter((p) => p.severity === 'warning').map(locate);
  if (!parsed.catalogue) return { catalogue: null, errors, warnings };
  const health = checkHealth(source.value, parsed.catalogue, today);
  // One by one: spreading 65,000 or more warnings into push() overflows the stack.
  for (const warning of health.warnings) warnings.push(locate(warning));
  warnings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { catalogue: errors.length ? null : parsed.catalogue, errors, warnings, health };
}
