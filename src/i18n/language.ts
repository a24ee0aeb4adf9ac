/** Which language the finder speaks. */
import type { Language } from '../catalogue/schema.js';

/**
 * The element's own `lang`, else the nearest ancestor's, crossing shadow-root
 * boundaries (a finder inside another component still follows the page), else
 * `<html lang>` (the top of that walk), else English. Any BCP 47 tag is kept:
 * which table speaks it is the chain's business (`translations.ts`).
 */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang')?.trim();
    if (tag) return canonicalTag(tag);
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return 'en';
}

/**
 * `fr_CA` and `fr-ca` → `fr-CA`, so every `Intl` call takes it; a tag that is
 * not one (`@@`) → `en`, rather than an error on every render.
 */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * For what exists only in English and French (the builder's own words, place
 * names): the first of `tags` that is one of them (`fr-CA` → `fr`), else English.
 */
export function englishOrFrench(...tags: string[]): Language {
  const primary = tags.map((tag) => tag.toLowerCase().split(/[-_]/)[0]).find((tag) => tag === 'en' || tag === 'fr');
  return (primary as Language | undefined) ?? 'en';
}
