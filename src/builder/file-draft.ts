/**
 * The file around the entries as the builder edits it: the title, the date
 * and the crisis lines, kept as typed text like `ResourceDraft` so a
 * half-typed value survives, and every other field of the file (`version`,
 * `$schema`, `crisis.terms`, fields of a newer format), kept to be written
 * back unchanged.
 */
import { asText, newKey, otherTexts, readText, writeText } from './draft.js';

export const LINE_TEXT_FIELDS = ['name', 'hours'] as const;
export type LineTextField = (typeof LINE_TEXT_FIELDS)[number];
/** `areas` is kept as its codes separated by spaces (`ON QC`), ticked in the form. */
type LinePlainField = 'phone' | 'text' | 'areas' | 'region' | 'website';
/** A crisis line's control: `phone`, `name.fr`, `name.pa`. */
export type LineKey = `${LineTextField}.${string}` | LinePlainField;
/** A control, a language pair, or `reach`: the phone and text numbers, of which a line needs one. */
export type LineTarget = LineKey | LineTextField | 'reach';
export type FileKey = `title.${string}` | 'updated';
export type FileTarget = FileKey | 'title';

const LINE_PLAIN: readonly LinePlainField[] = ['phone', 'text', 'areas', 'region', 'website'];
/** The order a line's fields are written in, as in docs/CATALOGUE.md. */
const LINE_ORDER = ['name', 'phone', 'text', 'hours', 'areas', 'region', 'website'] as const;

export interface LineDraft {
  /** Stable key for rendering, focus and the touched set; never written to the file. */
  key: number;
  values: Record<LineKey, string>;
  /** Text fields that were a plain string in the file; kept plain unless French is added. */
  plain: LineTextField[];
  /** Fields the form does not edit, written back unchanged. */
  extra: Record<string, unknown>;
}

export interface FileDraft {
  values: Record<FileKey, string>;
  /** The title was a plain string; it stays one unless French is added. */
  titlePlain: boolean;
  lines: LineDraft[];
  /** The file's other fields (`crisis` only when it was not an object), written back unchanged. */
  rest: Record<string, unknown>;
  /** `crisis`'s other fields (`terms`), written back unchanged. */
  crisisRest: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function emptyLine(): LineDraft {
  const values = { 'name.en': '', 'name.fr': '', phone: '', text: '', 'hours.en': '', 'hours.fr': '', areas: '', region: '', website: '' };
  return { key: newKey(), values, plain: [], extra: {} };
}

/** Reads one crisis line of a file, whatever shape it has, so the form can show and fix it. */
export function lineToDraft(input: unknown): LineDraft {
  const line = emptyLine();
  if (!isObject(input)) return line;
  for (const field of LINE_TEXT_FIELDS) {
    const { en, fr, plain, others } = readText(input[field]);
    Object.assign(line.values, { [`${field}.en`]: en, [`${field}.fr`]: fr });
    for (const [lang, value] of Object.entries(others)) line.values[`${field}.${lang}`] = value;
    if (plain) line.plain.push(field);
  }
  for (const field of LINE_PLAIN) line.values[field] = asText(input[field]);
  if (Array.isArray(input.areas)) line.values.areas = input.areas.map(asText).join(' ');
  const handled: readonly string[] = LINE_ORDER;
  for (const [key, value] of Object.entries(input)) if (!handled.includes(key)) line.extra[key] = value;
  return line;
}

/** The ticked codes as a list; nothing ticked is no `areas` (an unstated area). */
export function lineAreas(text: string): string[] | undefined {
  const codes = text.split(/\s+/).filter(Boolean);
  return codes.length ? codes : undefined;
}

/** The line as catalogue JSON, not validated: empty fields are left out. */
export function lineToJson(line: LineDraft): Record<string, unknown> {
  const v = line.values;
  const out: Record<string, unknown> = {};
  for (const field of LINE_ORDER) {
    const value =
      field === 'name' || field === 'hours'
        ? writeText(v[`${field}.en`]!, v[`${field}.fr`]!, line.plain.includes(field), otherTexts(v, field))
        : field === 'areas'
          ? lineAreas(v.areas)
          : v[field].trim() || undefined;
    if (value !== undefined) out[field] = value;
  }
  return { ...out, ...line.extra };
}

const otherTitles = (others: Record<string, string>) => Object.fromEntries(Object.entries(others).map(([lang, v]) => [`title.${lang}`, v]));

/** Reads everything but `resources` of an opened file. */
export function metaToFileDraft(meta: Record<string, unknown>): FileDraft {
  const { title, updated, crisis, ...rest } = meta;
  const text = readText(title);
  const file: FileDraft = {
    values: { 'title.en': text.en, 'title.fr': text.fr, updated: asText(updated), ...otherTitles(text.others) },
    titlePlain: text.plain,
    lines: [],
    rest,
    crisisRest: {},
  };
  if (isObject(crisis)) {
    const { lines, ...crisisRest } = crisis;
    file.crisisRest = crisisRest;
    // A `lines` that is not a list cannot be edited line by line; it is kept until a line is added.
    if (Array.isArray(lines)) file.lines = lines.map(lineToDraft);
    else if (lines !== undefined) file.crisisRest.lines = lines;
  } else if (crisis !== undefined) {
    file.rest.crisis = crisis;
  }
  return file;
}

/** Everything but `resources`, in the order of docs/CATALOGUE.md, with blank fields left out. */
export function fileDraftToMeta(file: FileDraft): Record<string, unknown> {
  const { $schema, version, crisis: kept, ...others } = file.rest;
  const lines = file.lines.map(lineToJson);
  const crisis = lines.length ? { ...file.crisisRest, lines } : Object.keys(file.crisisRest).length ? file.crisisRest : kept;
  const fields: Record<string, unknown> = {
    $schema,
    version: version ?? 1,
    title: writeText(file.values['title.en']!, file.values['title.fr']!, file.titlePlain, otherTexts(file.values, 'title')),
    updated: file.values.updated.trim() || undefined,
    crisis,
    ...others,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
