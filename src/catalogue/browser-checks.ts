/**
 * The catalogue's rules as small plain checks, for the browser.
 *
 * zod (src/catalogue/schema.ts) stays the one definition of the format: the
 * CLI, the builder page, the JSON Schema and the types come from it. But zod
 * is a quarter of the finder's download, and every visitor of every branch
 * site pays for it; these checks cost a tenth of that. They report the same
 * issues in the same shape, so `describeIssue` words them alike, and
 * test/catalogue/check-matches-zod.node.test.ts feeds both thousands of generated
 * catalogues to prove they accept, clean and reject exactly alike.
 */
import type { CrisisLine, Resource } from './schema.js';
import type { PathSegment, SchemaIssue } from './messages.js';
import { DAYS } from '../hours/days.js';
import {
  AREAS,
  AUDIENCES,
  CATEGORIES,
  CLOSES_PATTERN,
  COSTS,
  DELIVERY,
  ID_PATTERN,
  isTimeZone,
  LANGUAGE_PATTERN,
  OPENS_PATTERN,
  PROVINCE_PATTERN,
  REFERRALS,
  RULES,
  TEXT_LANGUAGE_PATTERN,
} from './vocabulary.js';
import { BIDI_CONTROL, parsePhone } from './phone.js';

export type CheckResult<T> = { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };

interface Run {
  issues: SchemaIssue[];
  /** Set by an issue that stops the value from being read further (a wrong type). */
  aborted: boolean;
}

/** Checks `value` at `path`, records issues in `run`, returns the cleaned value. */
type Check = (value: unknown, path: PathSegment[], run: Run) => unknown;

const issue = (run: Run, path: PathSegment[], fields: Omit<SchemaIssue, 'path' | 'message'> & { message?: string }, stop = false) => {
  run.issues.push({ message: 'Invalid input', ...fields, path } as SchemaIssue);
  if (stop) run.aborted = true;
};

const wrongType = (expected: string, value: unknown, path: PathSegment[], run: Run) =>
  issue(run, path, { code: 'invalid_type', expected, input: value }, true);

/** A string passing each `[test, message]`. */
const text =
  (rules: [(s: string) => boolean, string][] = []): Check =>
  (value, path, run) => {
    if (typeof value !== 'string') return wrongType('string', value, path, run);
    for (const [test, message] of rules) {
      if (!test(value)) issue(run, path, { code: 'invalid_format', format: 'regex', input: value, message });
    }
    return value;
  };

const pattern = (re: RegExp, message: string): [(s: string) => boolean, string] => [(s) => re.test(s), message];

const noBidi = (s: string) => !BIDI_CONTROL.test(s);

const nonEmpty: Check = (value, path, run) => {
  if (typeof value !== 'string') return wrongType('string', value, path, run);
  const trimmed = value.trim();
  if (!trimmed) issue(run, path, { code: 'too_small', origin: 'string', minimum: 1, input: trimmed, message: RULES.nonEmpty });
  if (!noBidi(trimmed)) issue(run, path, { code: 'custom', input: trimmed, message: RULES.bidiControl });
  return trimmed;
};

const oneOf =
  (values: readonly string[]): Check =>
  (value, path, run) => {
    if (!values.includes(value as string)) issue(run, path, { code: 'invalid_value', values: [...values], input: value }, true);
    return value;
  };

const between =
  (minimum: number, maximum: number): Check =>
  (value, path, run) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number', value, path, run);
    if (value < minimum) issue(run, path, { code: 'too_small', origin: 'number', minimum, input: value });
    if (value > maximum) issue(run, path, { code: 'too_big', origin: 'number', maximum, input: value });
    return value;
  };

const list =
  (item: Check): Check =>
  (value, path, run) => {
    if (!Array.isArray(value)) return wrongType('array', value, path, run);
    return value.map((entry, index) => item(entry, [...path, index], run));
  };

type Shape = Record<string, [Check, required?: boolean]>;

/**
 * An object of known fields; unknown ones are dropped (the CLI warns about
 * them). `rule` is a whole-object rule, checked as zod does: unless a field
 * had the wrong type.
 */
const object =
  (shape: Shape, rule?: [(o: Record<string, unknown>) => boolean, string]): Check =>
  (value, path, run) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('object', value, path, run);
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const fields: Run = { issues: run.issues, aborted: false };
    for (const key in shape) {
      const [check, required] = shape[key]!;
      if (input[key] !== undefined || required) out[key] = check(input[key], [...path, key], fields);
      else if (key in input) out[key] = undefined;
    }
    if (rule && !fields.aborted && !rule[0](out)) issue(run, path, { code: 'custom', input: value, message: rule[1] });
    if (fields.aborted) run.aborted = true;
    return out;
  };

const httpUrl = (s: string) => /^https?:\/\//i.test(s);
const parses = (s: string) => {
  try {
    return !!new URL(s);
  } catch {
    return false;
  }
};
const cleanUrl = (s: string) => s.trim().replace(/[\t\n\r]/g, '');

function webAddress(message: string, web: boolean): Check {
  return (value, path, run) => {
    if (typeof value !== 'string') return wrongType('string', value, path, run);
    const trimmed = value.trim();
    const url = web && !httpUrl(trimmed) ? null : parses(trimmed) ? new URL(trimmed) : null;
    if (!url || (web && !/^https?:$/.test(url.protocol))) {
      issue(run, path, { code: 'invalid_format', format: 'url', input: value, message });
      return value;
    }
    return cleanUrl(value);
  };
}

// The same patterns zod applies, from the same module, so the two cannot drift apart.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** One telephone number (phone.ts), with the same message zod gives. */
const phone: Check = (value, path, run) => {
  if (typeof value !== 'string') return wrongType('string', value, path, run);
  const read = parsePhone(value);
  if ('problem' in read) issue(run, path, { code: 'custom', input: value, message: read.problem });
  return value;
};
const shownText = text([[noBidi, RULES.bidiControl]]);
const date = text([pattern(DATE, RULES.date)]);
const anyText = text();

/** Text by language, as zod's record: a `__proto__` key skipped, values first, then the keys. */
const textObject: Check = (value, path, run) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('record', value, path, run);
  const out: Record<string, unknown> = {};
  for (const key in value) if (key !== '__proto__') out[key] = nonEmpty((value as Record<string, unknown>)[key], [...path, key], run);
  const keys = Object.keys(out);
  for (const key of keys)
    if (!TEXT_LANGUAGE_PATTERN.test(key)) issue(run, [...path, key], { code: 'custom', input: key, message: RULES.languageKey });
  if (!keys.length) issue(run, path, { code: 'custom', input: value, message: RULES.text });
  return out;
};

/** Text: a string, or `{ en, fr, pa… }`. Reported like zod's union: the branch that fits the value's type speaks. */
const localText: Check = (value, path, run) => {
  if (typeof value === 'string') return nonEmpty(value, path, run);
  const inner: Run = { issues: [], aborted: false };
  const cleaned = textObject(value, path, inner);
  if (inner.aborted) issue(run, path, { code: 'invalid_union', input: value }, true);
  else run.issues.push(...inner.issues);
  return cleaned;
};

const web = webAddress(RULES.webUrl, true);

/** A list checked as a whole after its entries, unless an entry had the wrong type (as zod does). */
const checkedList =
  (item: Check, rules: [(l: unknown[]) => boolean, SchemaIssue['code'], string][]): Check =>
  (value, path, run) => {
    const entries: Run = { issues: run.issues, aborted: false };
    const out = list(item)(value, path, entries);
    if (entries.aborted) run.aborted = true;
    else
      for (const [test, code, message] of rules)
        if (!test(out as unknown[])) issue(run, path, { code, origin: 'array', minimum: 1, input: out, message });
    return out;
  };

const opening = object(
  {
    days: [
      checkedList(oneOf(DAYS), [
        [(l) => l.length > 0, 'too_small', RULES.days],
        [(l) => new Set(l).size === l.length, 'custom', RULES.dayTwice],
      ]),
      true,
    ],
    opens: [text([pattern(OPENS_PATTERN, RULES.opens)]), true],
    closes: [text([pattern(CLOSES_PATTERN, RULES.closes)]), true],
  },
  [(o) => o.opens !== o.closes, RULES.sameTime],
);
const openings = checkedList(opening, [[(l) => l.length > 0, 'too_small', RULES.openings]]);
const areas = checkedList(oneOf(AREAS), [[(l) => l.length > 0, 'custom', RULES.areas]]);

/** `"24/7"` or a list of openings; reported like zod's union: a list speaks for its entries. */
const schedule: Check = (value, path, run) => {
  if (value === '24/7') return value;
  if (Array.isArray(value)) return openings(value, path, run);
  return issue(run, path, { code: 'invalid_union', input: value, message: RULES.schedule }, true);
};

const RESOURCE: Shape = {
  id: [text([pattern(ID_PATTERN, RULES.id)]), true],
  category: [oneOf(CATEGORIES), true],
  name: [localText, true],
  description: [localText, true],
  organization: [localText],
  phone: [phone],
  text: [phone],
  email: [text([pattern(EMAIL, RULES.email)])],
  website: [web],
  address: [
    object({
      street: [anyText],
      city: [anyText],
      province: [text([pattern(PROVINCE_PATTERN, RULES.province)])],
      postalCode: [anyText],
    }),
  ],
  areas: [areas],
  region: [shownText],
  coordinates: [object({ lat: [between(-90, 90), true], lng: [between(-180, 180), true] })],
  audiences: [list(oneOf(AUDIENCES))],
  languages: [list(text([pattern(LANGUAGE_PATTERN, RULES.language)]))],
  delivery: [list(oneOf(DELIVERY))],
  cost: [oneOf(COSTS)],
  referral: [oneOf(REFERRALS)],
  hours: [localText],
  schedule: [schedule],
  timeZone: [text([[isTimeZone, RULES.timeZone]])],
  tags: [list(anyText)],
  lastVerified: [date],
  source: [webAddress(RULES.url, false)],
};

const line = object(
  {
    name: [localText, true],
    phone: [phone],
    text: [phone],
    hours: [localText],
    areas: [areas],
    region: [shownText],
    audiences: [list(oneOf(AUDIENCES))],
    website: [web],
  },
  [(l) => l.phone !== undefined || l.text !== undefined, RULES.line],
);

/** A catalogue's `translations`: an object of tables (objects), kept as they are; src/i18n/check-table.ts checks their keys. */
const tables: Check = (value, path, run) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType('record', value, path, run);
  // As zod's records: a `__proto__` key is skipped, in the list and in each table.
  const own = (record: object) => Object.entries(record).filter(([key]) => key !== '__proto__');
  const out: Record<string, unknown> = {};
  for (const [lang, table] of own(value)) {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) wrongType('record', table, [...path, lang], run);
    else out[lang] = Object.fromEntries(own(table));
  }
  return out;
};

const TOP: Shape = {
  $schema: [anyText],
  version: [
    (value, path, run) => {
      if (value !== 1) issue(run, path, { code: 'invalid_value', values: [1], input: value, message: RULES.version }, true);
      return value;
    },
    true,
  ],
  title: [localText],
  updated: [date],
  crisis: [object({ lines: [list(line)], terms: [list(anyText)] })],
  synonyms: [list(list(anyText))],
  translations: [tables],
  resources: [list(object(RESOURCE)), true],
};

function runCheck<T>(check: Check, value: unknown): CheckResult<T> {
  const run: Run = { issues: [], aborted: false };
  const data = check(value, [], run);
  return run.issues.length ? { success: false, error: { issues: run.issues } } : { success: true, data: data as T };
}

const resource = object(RESOURCE);
const top = object(TOP);

export const checkResource = (value: unknown) => runCheck<Resource>(resource, value);
export const checkCrisisLine = (value: unknown) => runCheck<CrisisLine>(line, value);
export const checkCatalogueTop = (value: unknown) => runCheck<Record<string, unknown>>(top, value);
