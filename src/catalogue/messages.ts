/**
 * Turns schema issues into sentences a spreadsheet maintainer can act on.
 * All validation wording lives here so the element's console, the CLI and the
 * builder page say the same thing in the same words.
 */
export type PathSegment = string | number;

/** `["resources", 4, "name", "en"]` → `resources[4].name.en` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out || '(the file)';
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  // Invisible controls written out, so a right-to-left override cannot reorder the message that names it.
  const text = JSON.stringify(value).replace(/[\p{Cf}\x7f-\x9f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  boolean: 'true or false',
};

/**
 * One thing wrong with a value, in the shape zod reports it. The browser's
 * checks (browser-checks.ts) report the same shape, so both are worded by the one
 * function below.
 */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  format?: string;
  /** A union's issues, option by option. */
  errors?: readonly (readonly SchemaIssue[])[];
}

/** What is wrong with one value, without saying where (the caller says where). */
export function describeIssue(issue: SchemaIssue): string {
  // Quoting the wrong value helps with a typo; quoting a whole object does not.
  const input = (issue as { input?: unknown }).input;
  const got = 'input' in issue && (input === null || typeof input !== 'object') ? `; got ${show(input)}` : '';
  const custom = !/^invalid/i.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required but missing';
      return `must be ${TYPE_WORDS[issue.expected!] ?? issue.expected}${got}`;
    case 'invalid_value':
      if (custom) return `${issue.message}${got}`;
      if (issue.values!.length === 1) return `must be ${show(issue.values![0])}${got}`;
      return `must be one of ${issue.values!.join(', ')}${got}`;
    case 'invalid_union':
      if ('input' in issue && issue.input === undefined) return 'is required but missing';
      if (custom) return `${issue.message}${got}`;
      return `must be text, or texts by language such as { "en": "…", "fr": "…" }${got}`;
    case 'too_small':
      if (issue.origin === 'number') return `must be at least ${issue.minimum}${got}`;
      return `${plainMessage(issue.message)}${got}`;
    case 'too_big':
      if (issue.origin === 'number') return `must be at most ${issue.maximum}${got}`;
      return `${plainMessage(issue.message)}${got}`;
    case 'invalid_format':
    case 'custom':
      return `${plainMessage(issue.message)}${got}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys!.join(', ')}`;
    default:
      return `${plainMessage(issue.message)}${got}`;
  }
}

/**
 * A list that fails inside one of its entries fails a whole "this or a list"
 * union (`schedule`); point at the entry instead, which is what needs fixing.
 */
export function expandIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !Array.isArray(issue.input)) return [issue];
    const inside = (issue.errors ?? []).filter((branch) => branch.every((e) => e.path.length > 0));
    if (inside.length !== 1) return [issue];
    return expandIssues(inside[0]!.map((e) => ({ ...e, path: [...issue.path, ...e.path] })));
  });
}

// zod's stock wording ("Invalid input") is not useful to a maintainer.
function plainMessage(message: string): string {
  return /^invalid/i.test(message) ? 'is not valid' : message;
}

/** A located problem in a catalogue. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Full JSON path from the top of the file. */
  path: PathSegment[];
  /** The `id` of the resource the problem is in, when it has one. */
  id?: string;
  /** What is wrong, in plain words, without the location. */
  message: string;
}

/**
 * `resources[4] (id "youth-drop-in"): "category" must be one of …`.
 * The resource (or crisis line) is named first, then the field inside it.
 */
export function formatProblem(problem: Problem): string {
  const { path } = problem;
  const split = path[0] === 'resources' ? 2 : path[0] === 'crisis' && path[1] === 'lines' ? 3 : 0;
  if (split === 0 || path.length < split) {
    const where = path.length ? `"${formatPath(path)}"` : 'The file';
    return `${where} ${problem.message}`;
  }
  const owner = formatPath(path.slice(0, split)) + (problem.id ? ` (id "${problem.id}")` : '');
  const field = path.slice(split);
  return field.length ? `${owner}: "${formatPath(field)}" ${problem.message}` : `${owner} ${problem.message}`;
}

/** The problem of an entry whose id an earlier entry already has: the parser and the streaming loader both report it. */
export function repeatedId(index: number, id: string | undefined): Problem {
  return {
    severity: 'error',
    path: ['resources', index, 'id'],
    id,
    message: 'repeats an id already used by an earlier resource; every id must be unique',
  };
}

/** A catalogue is one object; parsing and the streaming reader say so alike. */
export const NOT_AN_OBJECT = 'must be a JSON object with "version" and "resources"';

const notJson = (why: string) => `is not valid JSON: ${why}`;

/** What the streaming reader finds wrong in a file's text, without saying where (the loader says where). */
export const READ_ERRORS = {
  notJson,
  notObject: NOT_AN_OBJECT,
  empty: notJson('the file is empty'),
  early: notJson('the file ends too early: a "}" or "]" is missing'),
  after: notJson('unexpected text after the end of the catalogue'),
  fieldName: notJson('a field name is written wrongly'),
  unexpected: (c: string) => notJson(`an unexpected "${c}"`),
};

/** Why a catalogue file could not be used, in words for the page's developer console, after its name. */
export const LOAD_ERRORS = {
  network: "could not be fetched (network error or blocked by the page's policy)",
  status: (status: number) => `could not be fetched: the server answered ${status}`,
  cutShort: 'could not be fetched whole: the download was cut short',
  stalled: (seconds: number) => `stopped arriving: nothing came for ${seconds} s`,
  tooLarge: (mb: number) => `is larger than ${mb} MB (decompressed), far more than a catalogue needs, so it was not read`,
  notUtf8: 'is not UTF-8 text: save it as UTF-8',
  catalogue: (problems: readonly Problem[]) => `is not a valid catalogue:\n  ${problems.map(formatProblem).join('\n  ')}`,
};

/** The file `url` and what is wrong with it, in the value at `path` when known (empty: the file itself). */
export const loadError = (url: string, why: string, path?: readonly PathSegment[]) =>
  `"${url}" ${why}${path ? ` (in ${path.length ? formatPath(path) : 'the file'})` : ''}`;
