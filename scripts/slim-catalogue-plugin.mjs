// Build plugin: drops from the built-in catalogue the fields only its
// maintainers read (where each entry was checked and when). They stay in
// data/catalogue.json; the finder never shows them, so visitors need not
// download them. It then stores the resources and crisis lines field by
// field (src/catalogue/compact.ts reads them back), which gzip packs smaller.
import { isDeepStrictEqual } from 'node:util';

const MAINTAINER_ONLY = ['source', 'lastVerified'];
const ENTRY = '|';
const ITEM = '^';
const TEXTS = ['name', 'organization', 'hours', 'description'];

const isText = (v) =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, s]) => (k === 'en' || k === 'fr') && typeof s === 'string' && s !== '');

/** One list of entries as columns: `{ "name.en": "a|b|…", "tags[]": "x^y|…", "schedule{}": "[…]|…" }`. */
export function compactList(entries) {
  const columns = {};
  const put = (column, i, value) => {
    (columns[column] ??= entries.map(() => ''))[i] = value;
  };
  entries.forEach((entry, i) => {
    for (const [field, value] of Object.entries(entry)) {
      if (typeof value === 'string' && value !== '') put(field, i, value);
      else if (isText(value)) for (const [language, text] of Object.entries(value)) put(`${field}.${language}`, i, text);
      else if (Array.isArray(value) && value.length && value.every((s) => typeof s === 'string' && s !== '' && !s.includes(ITEM)))
        put(`${field}[]`, i, value.join(ITEM));
      else put(`${field}{}`, i, JSON.stringify(value));
    }
  });
  // English texts together, then tags (in both), then French: each nearest what it repeats most;
  // in each language the short texts first and the descriptions last (measured smallest).
  const language = (column) => (column.endsWith('.en') ? 1 : column === 'tags[]' ? 2 : column.endsWith('.fr') ? 3 : 0);
  const rank = (column) => language(column) * 10 + Math.max(0, TEXTS.indexOf(column.replace(/\..*/, '')));
  return Object.fromEntries(
    Object.entries(columns)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([column, values]) => [column, values.join(ENTRY)]),
  );
}

/** The slimmed catalogue in the form the finder carries; `expand` is compact.ts's reader, to prove the round trip. */
export function compactCatalogue(catalogue) {
  const compact = { ...catalogue, resources: compactList(catalogue.resources) };
  if (catalogue.crisis?.lines) compact.crisis = { ...catalogue.crisis, lines: compactList(catalogue.crisis.lines) };
  return compact;
}

export function slimCatalogue() {
  return {
    name: 'support-finder:slim-catalogue',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]data[\\/]catalogue\.json$/.test(id)) return null;
      const { $schema, updated, ...catalogue } = JSON.parse(code);
      catalogue.resources = catalogue.resources.map((resource) => {
        const kept = { ...resource };
        for (const field of MAINTAINER_ONLY) delete kept[field];
        return kept;
      });
      // A separator inside a text would split it: then the catalogue goes in as it is.
      const texts = JSON.stringify([catalogue.resources, catalogue.crisis?.lines ?? []]);
      const compact = texts.includes(ENTRY) ? catalogue : compactCatalogue(catalogue);
      return { code: JSON.stringify(compact), map: null };
    },
  };
}
