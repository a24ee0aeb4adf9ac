/**
 * Validates the entries and the file around them with the same
 * `parseCatalogue` the finder and the CLI use, and points each problem at the
 * form control that can fix it.
 */
import { checkCrisisLine } from '../catalogue/browser-checks.js';
import { checkHealth, type HealthReport } from '../catalogue/health.js';
import { parseCatalogue } from '../catalogue/parse.js';
import { parseScheduleText } from '../hours/schedule-text.js';
import { describeIssue, formatPath, type PathSegment, type Problem } from '../catalogue/messages.js';
import { LIST_SEPARATOR, suggestFor } from '../catalogue/suggestions.js';
import type { Catalogue } from '../catalogue/schema.js';
import {
  ADDRESS_PARTS,
  CHOICE_FIELDS,
  TEXT_FIELDS,
  draftToResource,
  type ChoiceField,
  type FieldKey,
  type ResourceDraft,
  type TextField,
  PLAIN_FIELDS,
} from './draft.js';
import { fileDraftToMeta, type FileDraft, type FileTarget, type LineTarget } from './file-draft.js';

/** A control (`website`), a pair of language controls (`name`), a checkbox group, or nothing the form shows. */
export type FieldTarget = FieldKey | TextField | ChoiceField | null;

export interface EntryProblem {
  target: FieldTarget;
  /** What is wrong, from `describeIssue`: "must be a web address…". */
  message: string;
  /** The control(s) are blank: the page asks for a value instead of quoting the schema. */
  empty: boolean;
  /** The path inside the entry, `coordinates.lat`, to name a field the form does not show. */
  where: string;
  /** The obvious fix (a control's text, or a choice list's values), on the first problem of its control only. */
  fix?: string | string[];
  /** A warning about the entry as a whole, though fixed in `target` ("has no lastVerified date"). */
  whole?: boolean;
}

export interface FileProblem {
  target: FileTarget | LineTarget;
  /** The crisis line's draft key, for a crisis line's problem. */
  line?: number;
  message: string;
  empty: boolean;
  /** The obvious fix: a date, or https:// added. */
  fix?: string;
}

export interface Validation {
  /** The file as it is downloaded: every entry, valid or not, so no work is lost. */
  file: Record<string, unknown>;
  /** What the finder would show: the valid entries only. */
  usable: Catalogue;
  /**
   * The finder cannot open the file at all (a bad title or date): a site
   * would show its load error. The reasons are the file problems outside the
   * crisis lines, and `other`.
   */
  refused: boolean;
  /** Problems of each entry, by draft key. */
  byEntry: Map<number, EntryProblem[]>;
  /** Problems of the title, the date and the crisis lines. */
  fileProblems: FileProblem[];
  /** Problems no control can fix (`version`, `crisis.terms`), worded with their path. */
  other: Problem[];
  /** `validate`'s warnings: the maintainer's to-do list, not errors. */
  health: Health;
}

export interface Health {
  report: HealthReport;
  /** Warnings of each valid entry, by draft key, pointed at their control like problems. */
  byEntry: Map<number, EntryProblem[]>;
  /** Warnings outside the entries (an unknown field at the top or in a crisis line). */
  other: Problem[];
}

/** The health report of the valid entries, each warning pointed at its entry and control. */
function healthOf(drafts: readonly ResourceDraft[], file: Record<string, unknown>, usable: Catalogue, today: Date): Health {
  const report = checkHealth(file, usable, today);
  const byEntry = new Map<number, EntryProblem[]>();
  const other: Problem[] = [];
  for (const warning of report.warnings) {
    const [top, index, ...rest] = warning.path;
    const draft = top === 'resources' && typeof index === 'number' ? drafts[index] : undefined;
    if (!draft) {
      other.push(warning);
      continue;
    }
    // "Has no lastVerified date" is fixed in that field.
    const target = rest.length ? targetOf(rest) : 'lastVerified';
    const todo = { target, message: warning.message, empty: false, where: formatPath(rest), whole: !rest.length };
    byEntry.set(draft.key, [...(byEntry.get(draft.key) ?? []), todo]);
  }
  return { report, byEntry, other };
}

const isText = (s: PathSegment | undefined): s is TextField => (TEXT_FIELDS as readonly PathSegment[]).includes(s!);
const isChoice = (s: PathSegment | undefined): s is ChoiceField => (CHOICE_FIELDS as readonly PathSegment[]).includes(s!);
const isAddress = (s: PathSegment | undefined): s is (typeof ADDRESS_PARTS)[number] =>
  (ADDRESS_PARTS as readonly PathSegment[]).includes(s!);
const SIMPLE = new Set<PathSegment>(PLAIN_FIELDS);

/** `["website"]` → `website`; `["name"]` → `name`; `["languages", 2]` → `languages`; `["coordinates"]` → null. */
export function targetOf(path: readonly PathSegment[]): FieldTarget {
  const [first, second] = path;
  if (isText(first)) return typeof second === 'string' ? `${first}.${second}` : first;
  if (isChoice(first)) return first;
  if (first === 'address') return isAddress(second) ? `address.${second}` : null;
  return SIMPLE.has(first!) ? (first as FieldKey) : null;
}

/** `["name", "en"]` → `name.en`; `[]` (the line's own check: a phone or a text number) → `reach`. */
function lineTargetOf(path: readonly PathSegment[]): LineTarget | null {
  const [first, second] = path;
  if (first === undefined) return 'reach';
  if (first === 'name' || first === 'hours') return typeof second === 'string' ? `${first}.${second}` : first;
  return first === 'phone' || first === 'text' || first === 'areas' || first === 'region' || first === 'website' ? first : null;
}

/** Points a problem outside the entries at its control, or returns null when the form has none for it. */
function fileProblemOf(problem: Problem, file: FileDraft): FileProblem | null {
  const [top, second, index, ...rest] = problem.path;
  const { message } = problem;
  if (top === 'title') {
    const target = typeof second === 'string' ? (`title.${second}` as const) : 'title';
    return { target, message, empty: false };
  }
  if (top === 'updated') {
    const fix = suggestFor('updated', file.values.updated) as string | undefined;
    return { target: 'updated', message, empty: !file.values.updated.trim(), fix };
  }
  const line = top === 'crisis' && second === 'lines' && typeof index === 'number' ? file.lines[index] : undefined;
  const target = line && lineTargetOf(rest);
  if (!line || !target) return null;
  const v = line.values;
  const blank = (...keys: (keyof typeof v)[]) => keys.every((k) => !v[k].trim());
  const empty =
    target === 'reach'
      ? blank('phone', 'text')
      : target === 'name' || target === 'hours'
        ? blank(`${target}.en`, `${target}.fr`)
        : blank(target);
  const fix = target === 'website' ? (suggestFor('website', v.website) as string | undefined) : undefined;
  return { target, line: line.key, message, empty, fix };
}

/** What the control most likely meant (`2026-09-01`, `["en", "fr"]` as `en; fr`), from the shared suggestions. */
function entryFix(draft: ResourceDraft, target: FieldTarget): string | string[] | undefined {
  if (target === null || isText(target)) return undefined;
  if (isChoice(target)) return suggestFor(target, draft[target]);
  const fix = suggestFor(target, draft.values[target]);
  return Array.isArray(fix) ? fix.join(LIST_SEPARATOR) : fix;
}

function isEmpty(draft: ResourceDraft, target: FieldTarget): boolean {
  if (target === null) return false;
  if (isText(target)) return !draft.values[`${target}.en`].trim() && !draft.values[`${target}.fr`].trim();
  if (isChoice(target)) return draft[target].length === 0;
  return !draft.values[target].trim();
}

/**
 * The finder checks a file's top first and stops there when it cannot open
 * it, and checks a crisis line's own rule (a phone or a text number) only
 * once its fields can be read. The page shows every problem at once, so it
 * checks those parts on their own too.
 */
function hiddenProblems(file: Record<string, unknown>, refused: boolean, known: readonly Problem[]): Problem[] {
  const lines = (file.crisis as { lines?: unknown } | undefined)?.lines;
  const found: Problem[] = [];
  if (refused) {
    const parts = { version: 1, resources: file.resources, ...(Array.isArray(lines) && { crisis: { lines } }) };
    found.push(...parseCatalogue(parts).problems.filter((p) => p.path[0] === 'resources' || p.path[0] === 'crisis'));
  }
  if (Array.isArray(lines)) {
    lines.forEach((line: Record<string, unknown>, index) => {
      if (line.name !== undefined) return;
      const own = checkCrisisLine({ ...line, name: '-' });
      const rule = own.success ? [] : own.error.issues.filter((issue) => issue.path.length === 0);
      for (const issue of rule) found.push({ severity: 'error', path: ['crisis', 'lines', index], message: describeIssue(issue) });
    });
  }
  const seen = new Set(known.map((p) => `${formatPath(p.path)} ${p.message}`));
  return found.filter((p) => !seen.has(`${formatPath(p.path)} ${p.message}`));
}

/** Validates every entry and the file around them. */
export function validateDrafts(drafts: readonly ResourceDraft[], fileDraft: FileDraft, today = new Date()): Validation {
  const meta = fileDraftToMeta(fileDraft);
  const file = { ...meta, resources: drafts.map(draftToResource) };
  const parsed = parseCatalogue(file);
  const { catalogue } = parsed;
  const problems = [...parsed.problems, ...hiddenProblems(file, !catalogue, parsed.problems)];
  const byEntry = new Map<number, EntryProblem[]>();
  const fileProblems: FileProblem[] = [];
  const other: Problem[] = [];
  for (const problem of problems) {
    const [top, index, ...rest] = problem.path;
    const draft = top === 'resources' && typeof index === 'number' ? drafts[index] : undefined;
    if (!draft) {
      if (problem.severity !== 'error') continue;
      const located = fileProblemOf(problem, fileDraft);
      if (located) fileProblems.push(located);
      else other.push(problem);
      continue;
    }
    const target = targetOf(rest);
    const list = byEntry.get(draft.key) ?? [];
    // The schedule is typed as one line: the line's reader says what is wrong with it, in its words.
    const read = target === 'schedule' ? parseScheduleText(draft.values.schedule) : undefined;
    const message = read && 'error' in read ? read.error : problem.message;
    const fix = list.some((p) => p.target === target) ? undefined : entryFix(draft, target);
    list.push({ target, message, empty: isEmpty(draft, target), where: formatPath(rest), fix });
    byEntry.set(draft.key, list);
  }
  // The file around the entries can be unusable (say, a bad "updated" date) while the entries,
  // the title and the lines are fine: the preview still shows those.
  const titleBad = problems.some((p) => p.path[0] === 'title');
  const lines = (meta.crisis as { lines?: unknown } | undefined)?.lines;
  const fallback = {
    version: 1,
    resources: file.resources,
    ...(!titleBad && meta.title !== undefined && { title: meta.title }),
    ...(Array.isArray(lines) && { crisis: { lines } }),
  };
  const usable = catalogue ?? parseCatalogue(fallback).catalogue ?? parseCatalogue({ version: 1, resources: file.resources }).catalogue!;
  const health = healthOf(drafts, file, usable, today);
  return { file, usable, refused: !catalogue, byEntry, fileProblems, other, health };
}
