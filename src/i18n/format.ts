/**
 * Words the browser's Intl data gives in the page's language: names of
 * languages and distances. Shared by the results, the filters and the list.
 */
import type { Language } from '../catalogue/schema.js';

const languageNames = new Map<Language, Intl.DisplayNames | null>();
/** Names already given, per language and code: `Intl.DisplayNames` is slow enough to show when every result and option asks. */
const named = new Map<string, string>();

export function languageName(code: string, lang: Language): string {
  const key = `${lang}:${code}`;
  let name = named.get(key);
  if (name === undefined) named.set(key, (name = nameOf(code, lang)));
  return name;
}

function nameOf(code: string, lang: Language): string {
  if (!languageNames.has(lang)) {
    languageNames.set(lang, 'DisplayNames' in Intl ? new Intl.DisplayNames([lang], { type: 'language' }) : null);
  }
  try {
    return languageNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2.3 km" or "2,3 km", whole kilometres from 10 km on. */
export function formatKm(km: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
