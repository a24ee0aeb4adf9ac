/**
 * A live `<support-finder>` in English, French or another language of the catalogue's text. It is given what a site would
 * give it: the valid entries and crisis lines, or, when the finder cannot open
 * the file at all, the file itself, so the preview fails as the site would,
 * with the reasons beside it.
 */
import { html, nothing } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { SummaryItem } from './error-summary.js';
import { renderWorded } from './word-problem.js';

export interface PreviewProps {
  src: string | undefined;
  /** `en`, `fr`, or a language of the catalogue's text (`pa`): the preview shows that text, its own words in English. */
  lang: string;
  onLang: (lang: string) => void;
  /** The catalogue's languages beyond English and French. */
  languages: readonly string[];
  /** Why the finder cannot open the file; empty when it can. */
  refusal: SummaryItem[];
  onGoTo: (control: string) => void;
}

/** A language's name in itself ("ਪੰਜਾਬੀ"), or its code when the runtime does not know it. */
function ownName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function renderPreviewPanel(p: PreviewProps, t: BuilderStrings) {
  // Each language's name is written in that language, as language pickers do.
  const choice = (value: string) =>
    html`<div class="choice">
      <input
        type="radio"
        name="preview-lang"
        id="preview-${value}"
        .checked=${p.lang === value}
        @change=${() => p.onLang(value)}
      />
      <label for="preview-${value}" lang=${value}>${value === 'en' || value === 'fr' ? t.languageNames[value] : ownName(value)}</label>
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
      ${['en', 'fr', ...p.languages].map(choice)}
    </fieldset>
    ${p.src ? html`<support-finder src=${p.src} lang=${p.lang}></support-finder>` : nothing}`;
}
