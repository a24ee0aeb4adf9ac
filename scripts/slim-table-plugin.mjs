// Build plugin: stores the built-in French table as its values only, in the
// order of English's keys (src/i18n/translations.ts reads it back with
// English's keys). Each key is then written once in the script, not in both
// tables, and the French sentences sit beside each other.
import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';

/** `table`'s values in the order of `english`'s keys, or `undefined` if that would not read back exactly (a key of its own, another order). */
export function tableValues(table, english) {
  const keys = Object.keys(english);
  const own = Object.keys(table);
  // A key the table leaves out is `null`, so a table holding `null` itself keeps its own form.
  const ordered = keys.filter((key) => key in table);
  const exact = isDeepStrictEqual(own, ordered) && !Object.values(table).includes(null);
  return exact ? keys.map((key) => (key in table ? table[key] : null)) : undefined;
}

export function slimTable() {
  return {
    name: 'support-finder:slim-table',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/]i18n[\\/]tables[\\/]fr\.json$/.test(id)) return null;
      const english = JSON.parse(await readFile(new URL('../src/i18n/tables/en.json', import.meta.url), 'utf8'));
      const values = tableValues(JSON.parse(code), english);
      return values ? { code: JSON.stringify(values), map: null } : null;
    },
  };
}
