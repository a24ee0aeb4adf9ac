/**
 * Reads a catalogue leniently: one bad entry is skipped and reported, the rest
 * survive. A person looking for help should still see the good entries of a
 * file with one typo in it; the CLI treats the same problems as failures.
 */
import type { Catalogue, CrisisLine, Resource } from './schema.js';
import { describeIssue, expandIssues, NOT_AN_OBJECT, repeatedId, type PathSegment, type Problem, type SchemaIssue } from './messages.js';
import { checkCatalogueTop, checkCrisisLine, checkResource, type CheckResult } from './browser-checks.js';

/**
 * What checks a catalogue's parts. The finder and the builder page use the
 * small checks in browser-checks.ts; the CLI uses the zod schema itself
 * (zod-checks.ts). A test proves the two agree.
 */
export interface Checks {
  top(value: unknown): CheckResult<unknown>;
  resource(value: unknown): CheckResult<Resource>;
  line(value: unknown): CheckResult<CrisisLine>;
}

export const browserChecks: Checks = { top: checkCatalogueTop, resource: checkResource, line: checkCrisisLine };

export interface ParseResult {
  /** The usable part of the file, or null when nothing usable is left. */
  catalogue: Catalogue | null;
  /** Errors (an entry or the file was rejected) and warnings. */
  problems: Problem[];
}

function issuesToProblems(issues: readonly SchemaIssue[], prefix: PathSegment[], id?: string): Problem[] {
  return expandIssues(issues).map((issue) => ({
    severity: 'error' as const,
    path: [...prefix, ...(issue.path as PathSegment[])],
    id,
    message: describeIssue(issue),
  }));
}

function idOf(value: unknown): string | undefined {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : undefined;
}

/** Validates a parsed JSON value as a catalogue, keeping every valid entry. */
export function parseCatalogue(input: unknown, checks: Checks = browserChecks): ParseResult {
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const got = Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input;
    problems.push({
      severity: 'error',
      path: [],
      message: `${NOT_AN_OBJECT}; got ${got}`,
    });
    return { catalogue: null, problems };
  }
  const raw = input as Record<string, unknown>;
  if (!Array.isArray(raw.resources)) {
    problems.push({
      severity: 'error',
      path: ['resources'],
      message: raw.resources === undefined ? 'is required but missing' : 'must be a list of resources',
    });
  }
  const rawLines = (raw.crisis as { lines?: unknown } | undefined)?.lines;

  // The top level is checked without its lists, which are checked entry by entry below.
  const top = checks.top({ ...raw, resources: [], crisis: raw.crisis && { ...(raw.crisis as object), lines: [] } });
  if (!top.success) problems.push(...issuesToProblems(top.error.issues, []));
  if (!top.success || !Array.isArray(raw.resources)) return { catalogue: null, problems };

  const resources: Resource[] = [];
  const seen = new Set<string>();
  raw.resources.forEach((entry, index) => {
    const id = idOf(entry);
    const result = checks.resource(entry);
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, ['resources', index], id));
    } else if (seen.has(result.data.id)) {
      problems.push(repeatedId(index, id));
    } else {
      seen.add(result.data.id);
      resources.push(result.data);
    }
  });

  const lines: CrisisLine[] = [];
  if (Array.isArray(rawLines)) {
    rawLines.forEach((entry, index) => {
      const result = checks.line(entry);
      if (result.success) lines.push(result.data);
      else problems.push(...issuesToProblems(result.error.issues, ['crisis', 'lines', index]));
    });
  } else if (rawLines !== undefined) {
    problems.push({ severity: 'error', path: ['crisis', 'lines'], message: 'must be a list of crisis lines' });
  }

  const catalogue = { ...(top.data as Catalogue), resources };
  if (catalogue.crisis) catalogue.crisis = { ...catalogue.crisis, lines };
  return { catalogue, problems };
}
