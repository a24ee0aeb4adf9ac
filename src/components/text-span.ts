import { html } from 'lit';
import type { LocalText } from '../catalogue/text.js';

/** Catalogue text, with its own `lang` so a fallback is pronounced in the right language. */
export function textSpan(text: LocalText) {
  return text.lang ? html`<span lang=${text.lang}>${text.value}</span>` : text.value;
}
