/** Which language the finder speaks, and its string table. */
import type { Language } from '../catalogue/schema.js';
import type { Strings } from './strings.js';
import { en } from './en.js';
import { fr } from './fr.js';

const TABLES: Record<Language, Strings> = { en, fr };

export function stringsFor(lang: Language): Strings {
  return TABLES[lang];
}

/** `fr`, `fr-CA`, `FR` → `fr`; anything else → `en`. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : undefined;
}

/**
 * The element's own `lang`, else the nearest ancestor's, crossing shadow-root
 * boundaries (a finder inside another component still follows the page), else
 * `<html lang>` (the top of that walk), else English; as written (`pa`,
 * `fr-CA`): catalogue text is picked by it.
 */
export function resolveLanguageTag(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang')?.trim();
    if (tag) return tag;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'en';
}

/** The language of the finder's strings: a language other than English or French falls back to English. */
export function resolveLanguage(element: Element): Language {
  return toLanguage(resolveLanguageTag(element)) ?? 'en';
}
