/** Catalogue text is data in one or two languages; this picks what to show. */
import type { Language, Text } from './schema.js';

export interface LocalText {
  value: string;
  /** The language the value is in, when known; differs from the wanted one after a fallback. */
  lang?: Language;
}

/** The text in `lang`, else in the other language (marked, so screen readers pronounce it right). */
export function localText(text: Text | undefined, lang: Language): LocalText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { value: text };
  const other: Language = lang === 'en' ? 'fr' : 'en';
  const value = text[lang];
  if (value) return { value, lang };
  const fallback = text[other];
  return fallback ? { value: fallback, lang: other } : undefined;
}

/** Every language's text, for search. */
export function allText(text: Text | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return [text.en, text.fr].filter((t): t is string => !!t);
}
