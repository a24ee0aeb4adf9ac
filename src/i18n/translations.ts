/**
 * The tables the finders of a page can speak: English and French built in,
 * and those a page adds (`SupportFinder.addTranslation`, or a catalogue's
 * `translations`). A finder asks for its chain: its own language's table,
 * then its fallback language's, then English, merged key by key.
 */
import en from './tables/en.json';
import fr from './tables/fr.json';
import { cleanTable, CRISIS_TERMS } from './check-table.js';
import type { Table } from './translate.js';

/** Tables by language tag, lower case. */
export type Tables = Record<string, Table>;

const added: Tables = { en, fr };
const listeners = new Set<() => void>();

/** The table for `lang` in `tables`: by the exact tag, else its primary subtag (`pa-IN` → `pa`). */
export function pickTable(tables: Tables | undefined, lang: string): Table | undefined {
  const tag = lang.toLowerCase();
  for (const key of [tag, tag.split(/[-_]/)[0]]) {
    for (const [name, table] of Object.entries(tables ?? {})) if (name.toLowerCase() === key) return table;
  }
  return undefined;
}

/**
 * Checks a table and keeps its good keys; each bad one is named in the
 * console with `source` (a file, or "addTranslation('pa')") and then shows
 * in the fallback language.
 */
export function usableTable(table: unknown, lang: string, source: string): Table {
  const [clean, problems] = cleanTable(table, lang);
  for (const { key, kind, message } of problems) {
    if (kind !== 'missing') console.warn(`Support Finder: the translation ${source}${key ? `, key "${key}",` : ''} ${message}.`);
  }
  return clean;
}

/** Adds `table` for `lang` to every finder of the page, over any words it already had for that tag. */
export function addTable(lang: string, table: unknown): void {
  const tag = lang.toLowerCase();
  added[tag] = { ...added[tag], ...usableTable(table, lang, `added for "${lang}"`) };
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
