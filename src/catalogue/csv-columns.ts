/**
 * The spreadsheet columns of docs/CATALOGUE.md and where each one lives in a
 * resource. Shared by the CSV reader and writer so both always agree.
 */
import type { LanguageTag, Resource } from './schema.js';
import { TEXT_LANGUAGE_PATTERN } from './vocabulary.js';

export type TextField = 'name' | 'description' | 'organization' | 'hours';
export type ListField = 'areas' | 'audiences' | 'languages' | 'delivery' | 'tags';

/** Where a column's value goes in a resource. */
export type ColumnTarget =
  | { kind: 'plain'; field: keyof Resource }
  | { kind: 'text'; field: TextField; lang: LanguageTag }
  | { kind: 'list'; field: ListField }
  | { kind: 'address'; part: 'street' | 'city' | 'province' | 'postalCode' }
  /** `Mon-Fri 09:00-17:00; Sat 10:00-14:00` or `24/7` (src/hours/schedule-text.ts). */
  | { kind: 'schedule' }
  | { kind: 'coordinate'; part: 'lat' | 'lng' };

const text = (field: TextField, lang: LanguageTag): ColumnTarget => ({ kind: 'text', field, lang });
const plain = (field: keyof Resource): ColumnTarget => ({ kind: 'plain', field });

/** Every column, in the order `catalogueToCsv` writes them. */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, ColumnTarget]> = [
  ['id', plain('id')],
  ['category', plain('category')],
  ['name_en', text('name', 'en')],
  ['name_fr', text('name', 'fr')],
  ['description_en', text('description', 'en')],
  ['description_fr', text('description', 'fr')],
  ['organization_en', text('organization', 'en')],
  ['organization_fr', text('organization', 'fr')],
  ['phone', plain('phone')],
  ['text', plain('text')],
  ['email', plain('email')],
  ['website', plain('website')],
  ['street', { kind: 'address', part: 'street' }],
  ['city', { kind: 'address', part: 'city' }],
  ['province', { kind: 'address', part: 'province' }],
  ['postalCode', { kind: 'address', part: 'postalCode' }],
  ['areas', { kind: 'list', field: 'areas' }],
  ['region', plain('region')],
  ['lat', { kind: 'coordinate', part: 'lat' }],
  ['lng', { kind: 'coordinate', part: 'lng' }],
  ['audiences', { kind: 'list', field: 'audiences' }],
  ['languages', { kind: 'list', field: 'languages' }],
  ['delivery', { kind: 'list', field: 'delivery' }],
  ['cost', plain('cost')],
  ['referral', plain('referral')],
  ['hours_en', text('hours', 'en')],
  ['hours_fr', text('hours', 'fr')],
  ['schedule', { kind: 'schedule' }],
  ['timeZone', plain('timeZone')],
  ['tags', { kind: 'list', field: 'tags' }],
  ['lastVerified', plain('lastVerified')],
  ['source', plain('source')],
];

/** Columns whose values are fixed words; spreadsheet users capitalise them, so they are lower-cased. */
export const WORD_COLUMNS = new Set(['category', 'audiences', 'languages', 'delivery', 'cost', 'referral']);

/** The column a schema issue path points at, e.g. `["name", "en"]` → `name_en`. */
export function columnForPath(path: readonly PropertyKey[]): string | undefined {
  const [first, second] = path;
  if (first === 'address' && typeof second === 'string') return second;
  if (first === 'coordinates') return typeof second === 'string' ? second : 'lat';
  if (first === 'name' || first === 'description' || first === 'organization' || first === 'hours') {
    return `${first}_${typeof second === 'string' ? second : 'en'}`;
  }
  return typeof first === 'string' ? first : undefined;
}

const ONE_LANGUAGE = new Set<string>(['name', 'description', 'organization', 'hours']);

/**
 * A branch's own sheet often has `name` and `description` with no language:
 * such a column is read as the catalogue's default language.
 */
export function oneLanguageColumn(header: string, lang: 'en' | 'fr'): { name: string; target: ColumnTarget } | undefined {
  const field = header.toLowerCase();
  return ONE_LANGUAGE.has(field) ? { name: `${field}_${lang}`, target: text(field as TextField, lang) } : undefined;
}

/**
 * A text column in another language: `name_pa`, `hours_zh-Hant`, `description_fr_CA`
 * (an underscore read as the hyphen of the tag). `undefined` when the header
 * is no text column; `{ error }` when its language part is not a language code.
 */
export function languageColumn(header: string): { name: string; target: ColumnTarget } | { error: string } | undefined {
  const match = /^(name|description|organization|hours)_(.+)$/i.exec(header);
  if (!match) return undefined;
  const field = match[1]!.toLowerCase() as TextField;
  const lang = match[2]!.replace(/_/g, '-');
  if (!TEXT_LANGUAGE_PATTERN.test(lang))
    return {
      error: `is not a column name: after "${field}_" comes a language code such as en, fr, pa or fr-CA, as in "${field}_pa"`,
    };
  return { name: `${field}_${lang}`, target: text(field, lang) };
}

/**
 * The columns written for a catalogue: the standard ones, and after each text
 * field's `_fr` column one for every other language its entries have (`name_pa`).
 */
export function columnsFor(resources: readonly Resource[]): [string, ColumnTarget][] {
  const extra = new Set<string>();
  for (const resource of resources)
    for (const field of ONE_LANGUAGE) {
      const value = resource[field as TextField];
      if (value && typeof value === 'object') for (const key of Object.keys(value)) if (key !== 'en' && key !== 'fr') extra.add(key);
    }
  return CSV_COLUMNS.flatMap(([name, target]): [string, ColumnTarget][] =>
    target.kind === 'text' && target.lang === 'fr'
      ? [[name, target], ...[...extra].map((lang): [string, ColumnTarget] => [`${target.field}_${lang}`, text(target.field, lang)])]
      : [[name, target]],
  );
}
