/**
 * The finder's words as data: a table is a flat JSON object, key → text with
 * `{placeholders}`, or plural forms by CLDR category. English's table is the
 * type; any other language may leave keys out and gets them, key by key, from
 * the languages after it in the chain (the page's `fallback-lang`, then English).
 */
import type en from './tables/en.json';

/** Every key of the finder's strings, from the English table. */
export type Key = keyof typeof en;
/** `{"one": "{count} support found", "other": "{count} supports found"}`: `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A table as a page or a catalogue brings it; `@key` entries are notes for translators. */
export type Table = { [key: string]: string | PluralForms | string[] | unknown };
export type Params = Record<string, string | number>;

export interface Translate {
  (key: Key, params?: Params): string;
  /** The language of the table the finder speaks (`pa`, `fr-CA`…), for `Intl`. */
  lang: string;
  /** The page's `fallback-lang`: catalogue text falls back to it too, before English. */
  fallback?: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR category of `count` in `lang` ("one", "few", "other"…). */
export function pluralOf(count: number, lang: string): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lang);
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(lang, rule);
  }
  return rule.select(count);
}

/** `{name}` → `params.name`; a placeholder without a value stays as written, so a gap shows instead of vanishing. */
export function interpolate(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}

/**
 * The translator of a chain of `[lang, table]`, the finder's own table first.
 * `clock.*` keys do not fall back: a language without them writes times the
 * way the browser does for it (see `clock.ts`), rather than in English.
 */
export function translator(chain: readonly (readonly [string, Table])[]): Translate {
  const t = ((key, params) => {
    for (const [lang, table] of key.startsWith('clock.') ? chain.slice(0, 1) : chain) {
      const value = table[key];
      if (typeof value === 'string') return interpolate(value, params);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const forms = value as PluralForms;
        const count = Number(params?.count);
        return interpolate(forms[pluralOf(count, lang)] ?? forms.other, params);
      }
    }
    return key.startsWith('clock.') ? '' : key;
  }) as Translate;
  t.lang = chain[0]?.[0] ?? 'en';
  return t;
}

/** The words of one group as an object: `group(en, 'costs')` → `{ free: 'Free', … }` (for the builder and the CLI). */
export function group(table: Table, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = String(value);
  return out;
}
