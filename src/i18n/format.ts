/**
 * Words the browser's Intl data gives in the page's language: names of
 * languages and distances. Shared by the results, the filters and the list.
 */
const languageNames = new Map<string, Intl.DisplayNames | null>();
/** Names already given, per language and code: `Intl.DisplayNames` is slow enough to show when every result and option asks. */
const named = new Map<string, string>();

export function languageName(code: string, lang: string): string {
  const key = `${lang}:${code}`;
  let name = named.get(key);
  if (name === undefined) named.set(key, (name = nameOf(code, lang)));
  return name;
}

function nameOf(code: string, lang: string): string {
  try {
    // A page's `lang` may be any tag, even one the browser refuses: the code is shown then.
    if (!languageNames.has(lang))
      languageNames.set(lang, 'DisplayNames' in Intl ? new Intl.DisplayNames([lang], { type: 'language' }) : null);
    return languageNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2.3 km" or "2,3 km", whole kilometres from 10 km on. */
export function formatKm(km: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
