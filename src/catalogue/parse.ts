/**
 * Reads a catalogue leniently: one bad entry is skipped and reported, the rest
 * survive. A person looking for help should still see the good entries of a
 * file with one typo in it; the CLI treats the same problems as failures.
 */
import { CatalogueSchema, CrisisLineSchema, ResourceSchema } from './schema.js';
import type { Catalogue, CrisisLine, Resource } from './schema.js';
import { describeIssue, type PathSegment, type Problem } from './messages.js';

export interface ParseResult {
  /** The usable part of the file, or null when nothing usable is left. */
  catalogue: Catalogue | null;
  /** Errors (an entry or the file was rejected) and warnings. */
  problems: Problem[];
}

function issuesToProblems(
  issues: readonly Parameters<typeof describeIssue>[0][],
  prefix: PathSegment[],
  id?: string,
): Problem[] {
  return issues.map((issue) => ({
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
export function parseCatalogue(input: unknown): ParseResult {
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const got = Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input;
    problems.push({
      severity: 'error',
      path: [],
      message: `must be a JSON object with "version" and "resources"; got ${got}`,
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
  const top = CatalogueSchema.safeParse(
    { ...raw, resources: [], crisis: raw.crisis && { ...(raw.crisis as object), lines: [] } },
    { reportInput: true },
  );
  if (!top.success) problems.push(...issuesToProblems(top.error.issues, []));
  if (!top.success || !Array.isArray(raw.resources)) return { catalogue: null, problems };

  const resources: Resource[] = [];
  const seen = new Set<string>();
  raw.resources.forEach((entry, index) => {
    const id = idOf(entry);
    const result = ResourceSchema.safeParse(entry, { reportInput: true });
    if (!result.success) {
      problems.push(...issuesToProblems(result.error.issues, ['resources', index], id));
    } else if (seen.has(result.data.id)) {
      problems.push({
        severity: 'error',
        path: ['resources', index, 'id'],
        id,
        message: `repeats an id already used by an earlier resource; every id must be unique`,
      });
    } else {
      seen.add(result.data.id);
      resources.push(result.data);
    }
  });

  const lines: CrisisLine[] = [];
  if (Array.isArray(rawLines)) {
    rawLines.forEach((entry, index) => {
      const result = CrisisLineSchema.safeParse(entry, { reportInput: true });
      if (result.success) lines.push(result.data);
      else problems.push(...issuesToProblems(result.error.issues, ['crisis', 'lines', index]));
    });
  } else if (rawLines !== undefined) {
    problems.push({ severity: 'error', path: ['crisis', 'lines'], message: 'must be a list of crisis lines' });
  }

  const catalogue: Catalogue = { ...top.data, resources };
  if (top.data.crisis) catalogue.crisis = { ...top.data.crisis, lines };
  return { catalogue, problems };
}
