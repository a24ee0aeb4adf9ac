/**
 * The builder's editable copy of one resource. Every field is kept as the text
 * a person typed, so a half-typed or invalid value survives editing: a parsed
 * `Resource` could not hold `javascript:x` or an empty name while someone
 * fixes it. `draftToResource` turns it back into catalogue JSON for validation,
 * preview and download.
 */
import { AUDIENCES, DELIVERY } from '../catalogue/schema.js';
import { AREAS } from '../catalogue/vocabulary.js';
import { LIST_SEPARATOR, splitList } from '../catalogue/suggestions.js';
import { formatScheduleText, parseScheduleText } from '../hours/schedule-text.js';

export const TEXT_FIELDS = ['name', 'description', 'organization', 'hours'] as const;
export const ADDRESS_PARTS = ['street', 'city', 'province', 'postalCode'] as const;
export const CHOICE_FIELDS = ['audiences', 'delivery', 'areas'] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export type PlainField =
  | 'id'
  | 'category'
  | 'phone'
  | 'text'
  | 'email'
  | 'website'
  | 'region'
  | 'languages'
  | 'cost'
  | 'referral'
  | 'tags'
  | 'lastVerified'
  | 'source'
  /** Edited as the spreadsheet's one line: `Mon-Fri 09:00-17:00; Sat 10:00-14:00`. */
  | 'schedule'
  | 'timeZone';
/** A form control that holds text: `website`, `name.fr`, `name.pa`, `address.city`. */
export type FieldKey = PlainField | `${TextField}.${string}` | `address.${(typeof ADDRESS_PARTS)[number]}`;

/** Fields the form edits as one plain text box each. */
export const PLAIN_FIELDS: readonly PlainField[] = [
  'id',
  'category',
  'phone',
  'text',
  'email',
  'website',
  'region',
  'languages',
  'cost',
  'referral',
  'tags',
  'lastVerified',
  'source',
  'schedule',
  'timeZone',
];
const FIELD_KEYS: readonly FieldKey[] = [
  ...PLAIN_FIELDS,
  ...TEXT_FIELDS.flatMap((f) => [`${f}.en`, `${f}.fr`] as const),
  ...ADDRESS_PARTS.map((p) => `address.${p}` as const),
];

/** The order fields are written in, as in docs/CATALOGUE.md, so a downloaded file reads like a hand-written one. */
const ORDER = [
  'id',
  'category',
  'name',
  'description',
  'organization',
  'phone',
  'text',
  'email',
  'website',
  'address',
  'areas',
  'region',
  'coordinates',
  'audiences',
  'languages',
  'delivery',
  'cost',
  'referral',
  'hours',
  'schedule',
  'timeZone',
  'tags',
  'lastVerified',
  'source',
] as const;

export interface ResourceDraft {
  /** Stable key for rendering and focus; never written to the file. */
  key: number;
  values: Record<FieldKey, string>;
  audiences: string[];
  delivery: string[];
  /** `CA` or province and territory codes, ticked in the form. */
  areas: string[];
  /** Text fields that were a plain string (no language named) in the file; kept plain unless French is added. */
  plain: TextField[];
  /** Fields the form does not edit (coordinates, fields of a newer format), written back unchanged. */
  extra: Record<string, unknown>;
  /** The id follows the English name until someone edits the id itself. */
  autoId: boolean;
  /** The spreadsheet row it was read from, so a column read later fills the right entry. */
  origin?: number;
}

let nextKey = 1;

/** A key no entry or crisis line has had, so both can share the touched and revealed sets. */
export function newKey(): number {
  return nextKey++;
}

export function emptyDraft(id = ''): ResourceDraft {
  const values = Object.fromEntries(FIELD_KEYS.map((k) => [k, ''])) as Record<FieldKey, string>;
  values.id = id;
  return { key: newKey(), values, audiences: [], delivery: [], areas: [], plain: [], extra: {}, autoId: true };
}

/** The same entry under a new key (and the caller's new id). */
export function copyDraft(draft: ResourceDraft, id: string): ResourceDraft {
  const { origin: _row, ...rest } = structuredClone(draft);
  return { ...rest, key: newKey(), values: { ...draft.values, id }, autoId: false };
}

export const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** A Text value of the file as its controls (`others`: languages beyond English and French, `pa`); `plain` when it named no language. */
export function readText(value: unknown): { en: string; fr: string; plain: boolean; others: Record<string, string> } {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { en, fr, ...others } = value as Record<string, unknown>;
    return {
      en: asText(en),
      fr: asText(fr),
      plain: false,
      others: Object.fromEntries(Object.entries(others).map(([k, v]) => [k, asText(v)])),
    };
  }
  return { en: asText(value), fr: '', plain: value !== undefined, others: {} };
}

/** The controls as a Text value: left out when all are blank, kept a plain string if it was one and no other language was added. */
export function writeText(en: string, fr: string, plain: boolean, others: Record<string, string> = {}): unknown {
  const text = Object.fromEntries(
    Object.entries({ en, fr, ...others })
      .map(([lang, value]) => [lang, value.trim()])
      .filter(([, value]) => value),
  );
  const langs = Object.keys(text);
  if (!langs.length) return undefined;
  if (plain && langs.length === 1 && text.en) return text.en;
  return text;
}

/** An entry's text in languages beyond English and French, by language: its `name.pa`, `hours.pa`… controls. */
export function otherTexts(values: Readonly<Record<string, string>>, field: string): Record<string, string> {
  const prefix = `${field}.`;
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith(prefix) && key !== `${field}.en` && key !== `${field}.fr`)
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(asText) : value === undefined || value === null || value === '' ? [] : [asText(value)];

/** Reads one entry of a file, whatever shape it has, so the form can show and fix it. */
export function resourceToDraft(input: unknown): ResourceDraft {
  const draft = emptyDraft();
  draft.autoId = false;
  if (!input || typeof input !== 'object' || Array.isArray(input)) return draft;
  const raw = input as Record<string, unknown>;
  const handled = new Set<string>([...PLAIN_FIELDS, ...TEXT_FIELDS, ...CHOICE_FIELDS]);
  for (const field of PLAIN_FIELDS) {
    const value = raw[field];
    if (field === 'languages' || field === 'tags') draft.values[field] = asList(value).join(LIST_SEPARATOR);
    else if (field === 'schedule') draft.values.schedule = scheduleText(value);
    else draft.values[field] = asText(value);
  }
  for (const field of TEXT_FIELDS) {
    const { en, fr, plain, others } = readText(raw[field]);
    draft.values[`${field}.en`] = en;
    draft.values[`${field}.fr`] = fr;
    for (const [lang, value] of Object.entries(others)) draft.values[`${field}.${lang}`] = value;
    if (plain) draft.plain.push(field);
  }
  draft.audiences = asList(raw.audiences);
  draft.delivery = asList(raw.delivery);
  draft.areas = asList(raw.areas);
  const address = raw.address;
  if (address && typeof address === 'object' && !Array.isArray(address)) {
    handled.add('address');
    for (const part of ADDRESS_PARTS) draft.values[`address.${part}`] = asText((address as Record<string, unknown>)[part]);
  }
  for (const [key, value] of Object.entries(raw)) if (!handled.has(key)) draft.extra[key] = value;
  return draft;
}

/** A file's schedule as the one-line text; a value of the wrong shape is shown as written, so it can be fixed. */
function scheduleText(value: unknown): string {
  try {
    const text = formatScheduleText(value as Parameters<typeof formatScheduleText>[0]);
    const read = parseScheduleText(text);
    if ('schedule' in read && JSON.stringify(read.schedule) === JSON.stringify(value)) return text;
  } catch {
    // Not a schedule's shape at all.
  }
  return asText(value);
}

function textValue(draft: ResourceDraft, field: TextField): unknown {
  return writeText(draft.values[`${field}.en`], draft.values[`${field}.fr`], draft.plain.includes(field), otherTexts(draft.values, field));
}

function fieldValue(draft: ResourceDraft, field: (typeof ORDER)[number]): unknown {
  const v = draft.values;
  switch (field) {
    case 'id':
      return v.id.trim();
    case 'name':
    case 'description':
    case 'organization':
    case 'hours':
      return textValue(draft, field);
    case 'address': {
      const parts = ADDRESS_PARTS.map((p) => [p, v[`address.${p}`].trim()] as const).filter(([, value]) => value);
      return parts.length ? Object.fromEntries(parts) : undefined;
    }
    case 'audiences':
    case 'delivery':
    case 'areas':
      return draft[field].length ? [...draft[field]] : undefined;
    case 'languages': {
      const list = splitList(v.languages);
      return list.length ? list : undefined;
    }
    case 'tags': {
      const list = splitList(v.tags, false);
      return list.length ? list : undefined;
    }
    case 'coordinates':
      return draft.extra.coordinates;
    case 'schedule': {
      // Text that does not read as a schedule is kept as typed: validation names the problem, nothing is lost.
      const text = v.schedule.trim();
      const read = text ? parseScheduleText(text) : undefined;
      return read && 'schedule' in read ? read.schedule : text || undefined;
    }
    default:
      return v[field].trim() || undefined;
  }
}

/** The entry as catalogue JSON, not validated: empty fields are left out, as the format wants. */
export function draftToResource(draft: ResourceDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ORDER) {
    const value = fieldValue(draft, field);
    if (value !== undefined) out[field] = value;
  }
  for (const [key, value] of Object.entries(draft.extra)) if (!(key in out) && key !== 'coordinates') out[key] = value;
  return out;
}

/** Every audience, delivery and area value the form offers, plus any unknown one the file holds (so it can be unticked). */
export function choiceOptions(draft: ResourceDraft, field: ChoiceField): string[] {
  const known: readonly string[] = field === 'audiences' ? AUDIENCES : field === 'areas' ? AREAS : DELIVERY;
  return [...known, ...draft[field].filter((value) => !known.includes(value))];
}
