/** How the builder names a language of catalogue text beyond English and French. */
import type { BuilderStrings } from './builder-strings.js';

/** A language's name in the page's language, with its code: "Punjabi (pa)"; the code alone when the runtime does not know it. */
export function languageLabel(tag: string, t: BuilderStrings): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([t.locale], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    // Not a language tag at all: the code is all there is to show.
  }
  return name ? `${name} (${tag})` : tag;
}

/** A control's label from a table, or for a text control in another language (`name.pa`), the field's with the language's: "Name (Punjabi (pa))". */
export function labelOf(labels: Readonly<Record<string, string>>, target: string, t: BuilderStrings): string {
  const [field, lang] = target.split(/\.(.*)/);
  return labels[target] ?? (lang && labels[field!] ? `${labels[field!]} (${languageLabel(lang, t)})` : target);
}
