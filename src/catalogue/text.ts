/** Catalogue text is data in one or two languages; this picks what to show. */
import type { Language, Resource, Text } from './schema.js';

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

/** An address on one line, as written on an envelope: "54 Wolseley Street, Toronto, ON M5T 1A5". */
export function addressLine(address: Resource['address']): string {
  if (!address) return '';
  const region = [address.province, address.postalCode].filter(Boolean).join(' ');
  return [address.street, address.city, region].filter(Boolean).join(', ');
}
