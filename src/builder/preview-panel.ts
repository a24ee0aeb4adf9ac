/** A live `<support-finder>` showing the valid entries, in either language. */
import { html, nothing } from 'lit';
import type { Language } from '../catalogue/schema.js';
import type { BuilderStrings } from './builder-strings.js';

export function renderPreviewPanel(
  src: string | undefined,
  lang: Language,
  onLang: (lang: Language) => void,
  t: BuilderStrings,
) {
  // Each language's name is written in that language, as language pickers do.
  const choice = (value: Language) =>
    html`<div class="choice">
      <input
        type="radio"
        name="preview-lang"
        id="preview-${value}"
        .checked=${lang === value}
        @change=${() => onLang(value)}
      />
      <label for="preview-${value}" lang=${value}>${t.languageNames[value]}</label>
    </div>`;
  return html`<h2 id="preview-heading">${t.previewHeading}</h2>
    <p class="hint">${t.previewHint}</p>
    <fieldset class="inline">
      <legend>${t.previewLanguage}</legend>
      ${choice('en')} ${choice('fr')}
    </fieldset>
    ${src ? html`<support-finder src=${src} lang=${lang}></support-finder>` : nothing}`;
}
