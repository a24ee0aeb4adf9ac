import { html } from 'lit';
import type { LocalText } from '../catalogue/text.js';
import type { Ranges } from '../search/highlight.js';

/**
 * Catalogue text, with its own `lang` so a fallback is pronounced in the right
 * language and its own direction (English inside an Arabic finder), and the
 * words the search found in `<mark>`. The text is cut and
 * handed to lit as text, never parsed as markup.
 */
export function textSpan(text: LocalText, marks: Ranges = []) {
  const { value } = text;
  let content: unknown = value;
  if (marks.length) {
    const parts: unknown[] = [];
    let at = 0;
    for (const [start, end] of marks) {
      parts.push(value.slice(at, start), html`<mark>${value.slice(start, end)}</mark>`);
      at = end;
    }
    parts.push(value.slice(at));
    content = parts;
  }
  return text.lang ? html`<span lang=${text.lang} dir="auto">${content}</span>` : content;
}
