/**
 * The built-in catalogue as the finder's script carries it: each list
 * (resources, crisis lines) stored field by field, every entry's value of one
 * field in one string, English and French apart. gzip finds more to reuse
 * that way (a description sits beside the other descriptions in the same
 * language, and the 32 KB it looks back over covers them), and no field name
 * or quote is written once per entry. scripts/slim-catalogue-plugin.mjs writes
 * it; test/catalogue/compact-catalogue.node.test.ts proves that what this reads back is
 * data/catalogue.json, maintainer-only fields aside.
 */
import type { Catalogue } from './schema.js';

/** Between the entries' values in a column, and between a list's items: characters no catalogue text holds (the build checks). */
export const ENTRY = '|';
export const ITEM = '^';

/** `name.en`, `tags[]` (a list of text), `schedule{}` (JSON), or a plain field. */
const COLUMN = /^(.*?)(?:\.(en|fr)|(\[\])|(\{\}))?$/;

function expandList(columns: Record<string, string>): Record<string, unknown>[] {
  const entries: Record<string, unknown>[] = [];
  for (const [column, joined] of Object.entries(columns)) {
    const [, field, language, list, json] = COLUMN.exec(column)!;
    joined.split(ENTRY).forEach((value, i) => {
      const entry = (entries[i] ??= {});
      if (!value) return;
      entry[field!] = language
        ? { ...(entry[field!] as object), [language]: value }
        : list
          ? value.split(ITEM)
          : json
            ? JSON.parse(value)
            : value;
    });
  }
  return entries;
}

const columnar = (list: unknown): list is Record<string, string> => !!list && typeof list === 'object' && !Array.isArray(list);

/** The catalogue as data/catalogue.json has it; a catalogue already in that form is returned as it is. */
export function expandCatalogue(data: unknown): Catalogue {
  const catalogue = data as Record<string, unknown> & { crisis?: Record<string, unknown> };
  const lines = catalogue.crisis?.lines;
  return {
    ...catalogue,
    ...(catalogue.crisis && { crisis: { ...catalogue.crisis, ...(columnar(lines) && { lines: expandList(lines) }) } }),
    ...(columnar(catalogue.resources) && { resources: expandList(catalogue.resources) }),
  } as unknown as Catalogue;
}
