/** What a person calls a spreadsheet column: the form's label, with its language for a text column. */
import type { BuilderStrings } from './builder-strings.js';
import { columnKeys } from './draft-merge.js';
import { languageName } from './language-label.js';

/** `organization_en` → "Organization (English)"; `audiences` → "Who it is for"; `lat` → `lat`. */
export function columnLabel(column: string, t: BuilderStrings): string {
  const { keys, choice } = columnKeys(column);
  const key = keys[0];
  if (choice) return t.labels[choice];
  if (!key) return column;
  const [field, lang] = key.split('.') as [keyof BuilderStrings['labels'], string | undefined];
  if (lang === 'en' || lang === 'fr') return `${t.labels[field]} (${t.inLanguage[lang]})`;
  if (lang) return `${t.labels[field]} (${languageName(lang, t)})`;
  return t.labels[key];
}
