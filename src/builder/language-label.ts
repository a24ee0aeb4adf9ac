/** How the builder names a language of catalogue text beyond English and French. */
import type { BuilderStrings } from './builder-strings.js';

/** A language's name in the page's language ("Punjabi", « pendjabi »), or its code when the runtime does not know it. */
export function languageName(tag: string, t: BuilderStrings): string {
  try {
    return new Intl.DisplayNames([t.locale], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
  } catch {
    // Not a language tag at all: the code is all there is to show.
    return tag;
  }
}

/** A language's name with its code, as a text box is labelled: "Punjabi (pa)". */
export function languageLabel(tag: string, t: BuilderStrings): string {
  const name = languageName(tag, t);
  return name === tag ? tag : `${name} (${tag})`;
}

/** A control's label from a table, or for a text control in another language (`name.pa`), the field's with the language's: "Name (Punjabi)". */
export function labelOf(labels: Readonly<Record<string, string>>, target: string, t: BuilderStrings): string {
  const [field, lang] = target.split(/\.(.*)/);
  return labels[target] ?? (lang && labels[field!] ? `${labels[field!]} (${languageName(lang, t)})` : target);
}
