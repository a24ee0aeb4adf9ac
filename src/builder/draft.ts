/**
 * The builder's editable copy of one resource. Every field is kept as the text
 * a person typed, so a half-typed or invalid value survives editing: a parsed
 * `Resource` could not hold `javascript:x` or an empty name while someone
 * fixes it. `draftToResource` turns it back into catalogue JSON for validation,
 * preview and download.
 */
import { AUDIENCES, DELIVERY } from '../catalogue/schema.js';

export const TEXT_FIELDS = ['name', 'description', 'organization', 'hours'] as const;
export const ADDRESS_PARTS = ['street', 'city', 'province', 'postalCode'] as const;
export const CHOICE_FIELDS = ['audiences', 'delivery'] as const;

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
  | 'source';
/** A form control that holds text: `website`, `name.fr`, `address.city`. */
export type FieldKey = PlainField | `${TextField}.${'en' | 'fr'}` | `address.${(typeof ADDRESS_PARTS)[number]}`;

const PLAIN_FIELDS: readonly PlainField[] = [
  'id', 'category', 'phone', 'text', 'email', 'website', 'region', 'languages', 'cost', 'referral', 'tags', 'lastVerified', 'source',
];
const FIELD_KEYS: readonly FieldKey[] = [
  ...PLAIN_FIELDS,
  ...TEXT_FIELDS.flatMap((f) => [`${f}.en`, `${f}.fr`] as const),
  ...ADDRESS_PARTS.map((p) => `address.${p}` as const),
];

/** The order fields are written in, as in docs/CATALOGUE.md, so a downloaded file reads like a hand-written one. */
const ORDER = [
  'id', 'category', 'name', 'description', 'organization', 'phone', 'text', 'email', 'website', 'address', 'region',
  'coordinates', 'audiences', 'languages', 'delivery', 'cost', 'referral', 'hours', 'tags', 'lastVerified', 'source',
] as const;

export interface ResourceDraft {
  /** Stable key for rendering and focus; never written to the file. */
  key: number;
  values: Record<FieldKey, string>;
  audiences: string[];
  delivery: string[];
  /** Text fields that were a plain string (no language named) in the file; kept plain unless French is added. */
  plain: TextField[];
  /** Fields the form does not edit (coordinates, fields of a newer format), written back unchanged. */
  extra: Record<string, unknown>;
  /** The id follows the English name until someone edits the id itself. */
  autoId: boolean;
}

let nextKey = 1;

export function emptyDraft(id = ''): ResourceDraft {
  const values = Object.fromEntries(FIELD_KEYS.map((k) => [k, ''])) as Record<FieldKey, string>;
  values.id = id;
  return { key: nextKey++, values, audiences: [], delivery: [], plain: [], extra: {}, autoId: true };
}

/** The same entry under a new key (and the caller's new id). */
export function copyDraft(draft: ResourceDraft, id: string): ResourceDraft {
  return { ...structuredClone(draft), key: nextKey++, values: { ...draft.values, id }, autoId: false };
}

const asText = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
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
    if (field === 'languages') draft.values.languages = asList(value).join(', ');
    else if (field === 'tags') draft.values.tags = asList(value).join('; ');
    else draft.values[field] = asText(value);
  }
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      draft.values[`${field}.en`] = asText((value as Record<string, unknown>).en);
      draft.values[`${field}.fr`] = asText((value as Record<string, unknown>).fr);
    } else if (value !== undefined) {
      draft.values[`${field}.en`] = asText(value);
      draft.plain.push(field);
    }
  }
  draft.audiences = asList(raw.audiences);
  draft.delivery = asList(raw.delivery);
  const address = raw.address;
  if (address && typeof address === 'object' && !Array.isArray(address)) {
    handled.add('address');
    for (const part of ADDRESS_PARTS) draft.values[`address.${part}`] = asText((address as Record<string, unknown>)[part]);
  }
  for (const [key, value] of Object.entries(raw)) if (!handled.has(key)) draft.extra[key] = value;
  return draft;
}

const splitLanguages = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
const splitTags = (text: string) => text.split(/;/).map((t) => t.trim()).filter(Boolean);

function textValue(draft: ResourceDraft, field: TextField): unknown {
  const en = draft.values[`${field}.en`].trim();
  const fr = draft.values[`${field}.fr`].trim();
  if (!en && !fr) return undefined;
  if (draft.plain.includes(field) && !fr) return en;
  return { ...(en && { en }), ...(fr && { fr }) };
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
      return draft[field].length ? [...draft[field]] : undefined;
    case 'languages': {
      const list = splitLanguages(v.languages);
      return list.length ? list : undefined;
    }
    case 'tags': {
      const list = splitTags(v.tags);
      return list.length ? list : undefined;
    }
    case 'coordinates':
      return draft.extra.coordinates;
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

/** Every audience and delivery value the form offers, plus any unknown one the file holds (so it can be unticked). */
export function choiceOptions(draft: ResourceDraft, field: ChoiceField): string[] {
  const known: readonly string[] = field === 'audiences' ? AUDIENCES : DELIVERY;
  return [...known, ...draft[field].filter((value) => !known.includes(value))];
}
