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
  const given = table && typeof table === 'object' && !Array.isArray(table) ? (table as Table) : undefined;
  if (!given) console.warn(`Support Finder: the translation ${source} is not a JSON object of key → text.`);
  for (const [key, value] of Object.entries(given ?? {})) {
    const texts = typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
    const why =
      key[0] === '@'
        ? 'a note'
        : key === CRISIS_TERMS
          ? Array.isArray(value) && texts.every((term) => typeof term === 'string' && term.trim()) ? '' : 'should be a list of phrases'
          : !(key in english)
            ? 'is not a key of the finder'
            : !texts.length || Array.isArray(value) || texts.some((text) => typeof text !== 'string' || !text.trim()) || (typeof value !== 'string' && !('other' in (value as object)))
              ? 'should be text, or plural forms with "other"'
              : !key.startsWith('clock.') && placeholders(value) !== placeholders(english[key])
                ? `should have the placeholders and crisis numbers ${placeholders(english[key]) || 'none'}`
                : '';
    if (!why) clean[key] = value;
    else if (why !== 'a note') console.warn(`Support Finder: the translation ${source}, key "${key}", ${why}; the fallback language shows there.`);
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
