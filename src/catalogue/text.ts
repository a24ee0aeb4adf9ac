/** Catalogue text is data in any number of languages; this picks what to show and what to search. */
import type { LanguageTag, Resource, Text } from './schema.js';

export interface LocalText {
  value: string;
  /** The language key the value came from, when known; differs from the wanted one after a fallback. */
  lang?: LanguageTag;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The key to show for `lang`: for each of `lang`, `fallback`, English and
 * French in turn, the tag itself or a shorter form of it (`zh-Hant-TW`,
 * `zh-Hant`, `zh`), else another form of its language (`fr-CA` for `fr`);
 * else whatever language there is. Keys are compared without case.
 */
function pickKey(keys: string[], lang: LanguageTag, fallback: LanguageTag): string | undefined {
  for (const wanted of [lang, fallback, 'en', 'fr']) {
    for (let tag = wanted.toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) {
      const key = keys.find((k) => k.toLowerCase() === tag);
      if (key) return key;
    }
    const key = keys.find((k) => primary(k) === primary(wanted));
    if (key) return key;
  }
  return keys[0];
}

/**
 * The text in the finder's language `lang` (any BCP 47 tag), falling back
 * through `fallback` (the page's fallback language), English, French, then
 * any; marked with the key it came from, so screen readers pronounce it right.
 */
export function localText(text: Text | undefined, lang: LanguageTag, fallback: LanguageTag = 'en'): LocalText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { value: text };
  const key = pickKey(Object.keys(text), lang, fallback);
  return key === undefined ? undefined : { value: text[key]!, lang: key };
}

/**
 * The languages search covers for a finder in `lang`: its own and its
 * fallbacks, by primary subtag (`fr-CA` searches every French text). Two
 * finders with the same list search the same words, so one index serves both.
 */
export function searchLanguages(lang: LanguageTag = 'en', fallback: LanguageTag = 'en'): string[] {
  return [...new Set([primary(lang), primary(fallback), 'en', 'fr'])].sort();
}

/** The text search covers: every value in one of `languages` (see searchLanguages), else all there is, so no entry is unfindable. */
export function searchText(text: Text | undefined, languages: readonly string[] = searchLanguages()): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  const keys = Object.keys(text);
  const wanted = keys.filter((key) => languages.includes(primary(key)));
  return (wanted.length ? wanted : keys).map((key) => text[key]!);
}

/** An address on one line, as written on an envelope: "54 Wolseley Street, Toronto, ON M5T 1A5". */
export function addressLine(address: Resource['address']): string {
  if (!address) return '';
  const region = [address.province, address.postalCode].filter(Boolean).join(' ');
  return [address.street, address.city, region].filter(Boolean).join(', ');
}
