/**
 * The tables the finders of a page can speak: English and French built in,
 * and those a page adds (`SupportFinder.addTranslation`, or a catalogue's
 * `translations`). A finder asks for its chain: its own language's table,
 * then its fallback language's, then English, merged key by key.
 */
import en from './tables/en.json';
import fr from './tables/fr.json';
import { CRISIS_TERMS } from './check-table.js';
import type { Table } from './translate.js';

/** Tables by language tag, lower case. */
export type Tables = Record<string, Table>;

/** A table the build stored as its values in the order of English's keys (scripts/slim-table-plugin.mjs), as a table again. */
export function expandTable(data: unknown): Table {
  return Array.isArray(data)
    ? Object.fromEntries(Object.keys(en).flatMap((key, i) => (data[i] === null ? [] : [[key, data[i]]])))
    : (data as Table);
}

const added: Tables = { en, fr: expandTable(fr) };
const listeners = new Set<() => void>();

/** The table for `lang` in `tables` (keys in lower case): by the exact tag, else its primary subtag (`pa-IN` → `pa`). */
export function pickTable(tables: Tables | undefined, lang: string): Table | undefined {
  const tag = lang.toLowerCase();
  return tables?.[tag] ?? tables?.[tag.split(/[-_]/)[0]!];
}

const english = en as Table;
/** `{count}`… and crisis numbers such as 9-8-8, which must be as English has them. */
const placeholders = (value: unknown) =>
  [...new Set((typeof value === 'string' ? value : Object.values(value as object).join(' ')).match(/\{\w+\}|\d(-\d)+/g))].sort().join(', ');

/**
 * The keys of `table` the finder can show: each other key is named in the
 * console with `source` (a file, the catalogue, addTranslation) and then
 * shows in the fallback language. A lean twin of `checkTable` (which the CLI
 * uses, with fuller words): every visitor downloads this one.
 * test/i18n/check-table.node.test.ts keeps the two in agreement.
 */
export function usableTable(table: unknown, source: string): Table {
  const clean: Table = {};
  const isObject = (value: unknown): value is Table => !!value && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(table)) console.warn(`Support Finder: the translation ${source} is not a JSON object of key → text.`);
  for (const [key, value] of Object.entries(isObject(table) ? table : {})) {
    const texts = typeof value === 'string' ? [value] : isObject(value) || Array.isArray(value) ? Object.values(value) : [];
    const usable =
      (texts.length || key === CRISIS_TERMS) &&
      texts.every((text) => typeof text === 'string' && text.trim()) &&
      (key === CRISIS_TERMS
        ? Array.isArray(value)
        : key in english &&
          (typeof value === 'string' || (isObject(value) && 'other' in value)) &&
          (key.startsWith('clock.') || placeholders(value) === placeholders(english[key])));
    if (usable) clean[key] = value;
    else if (key[0] !== '@') {
      const rule =
        key === CRISIS_TERMS
          ? 'it must be a list of phrases'
          : key in english
            ? `it must be text or plural forms with "other", holding ${placeholders(english[key]) || 'no placeholders'}`
            : 'the finder has no such key';
      console.warn(`Support Finder: the translation ${source}, key "${key}", is left out: ${rule}.`);
    }
  }
  return clean;
}

/** Adds `table` for `lang` to every finder of the page, over any words it already had for that tag. */
export function addTable(lang: string, table: unknown): void {
  const tag = lang.toLowerCase();
  added[tag] = { ...added[tag], ...usableTable(table, `added for "${lang}"`) };
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a table is added; returns what stops it. */
export function onTableAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The chain of `[lang, table]` for a finder in `lang`: each language's table
 * merges, word over word, the built-in or added one, the catalogue's and the
 * page's file (`own`, for `lang` only). A language without any table is
 * skipped, so a finder in an unknown language speaks its fallback.
 */
export function chainFor(lang: string, fallback: string, catalogue?: Tables, own?: Table): [string, Table][] {
  const chain: [string, Table][] = [];
  for (const tag of [lang, fallback, 'en']) {
    const parts = [pickTable(added, tag), pickTable(catalogue, tag), tag === lang ? own : undefined].filter(Boolean);
    if (parts.length && !chain.some(([known]) => known === tag)) chain.push([tag, Object.assign({}, ...parts) as Table]);
  }
  return chain;
}

/** Crisis phrases the tables of a chain bring for their languages. */
export function crisisTermsOf(chain: readonly (readonly [string, Table])[]): string[] {
  return chain.flatMap(([, table]) => (Array.isArray(table[CRISIS_TERMS]) ? (table[CRISIS_TERMS] as string[]) : []));
}
