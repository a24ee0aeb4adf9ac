/**
 * A live `<support-finder>` in either language. It is given what a site would
 * give it: the valid entries and crisis lines, or, when the finder cannot open
 * the file at all, the file itself, so the preview fails as the site would,
 * with the reasons beside it.
 */
import { html, nothing } from 'lit';
import type { Language } from '../catalogue/schema.js';
import type { BuilderStrings } from './builder-strings.js';
import type { SummaryItem } from './error-summary.js';
import { renderWorded } from './word-problem.js';

export interface PreviewProps {
  src: string | undefined;
  lang: Language;
  onLang: (lang: Language) => void;
  /** Why the finder cannot open the file; empty when it can. */
  refusal: SummaryItem[];
  onGoTo: (control: string) => void;
}

export function renderPreviewPanel(p: PreviewProps, t: BuilderStrings) {
  // Each language's name is written in that language, as language pickers do.
  const choice = (value: Language) =>
    html`<div class="choice">
      <input
        type="radio"
        name="preview-lang"
        id="preview-${value}"
        .checked=${p.lang === value}
        @change=${() => p.onLang(value)}
      />
      <label for="preview-${value}" lang=${value}>${t.languageNames[value]}</label>
    </div>`;
  return html`<h2 id="preview-heading">${t.previewHeading}</h2>
    <p class="hint">${t.previewHint}</p>
    ${
      p.refusal.length
        ? html`<div class="open-error" id="preview-refused">
          <h3>${t.askRefusedTitle}</h3>
          <p>${t.askRefusedBody}</p>
          <ul>
            ${p.refusal.map(({ control, text }) =>
              control
                ? html`<li><button type="button" class="link" @click=${() => p.onGoTo(control)}>${renderWorded(text)}</button></li>`
                : html`<li>${renderWorded(text)}</li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
    <fieldset class="inline">
      <legend>${t.previewLanguage}</legend>
      ${choice('en')} ${choice('fr')}
    </fieldset>
    ${p.src ? html`<support-finder src=${p.src} lang=${p.lang}></support-finder>` : nothing}`;
}
