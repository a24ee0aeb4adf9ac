/**
 * The languages the entries' text fields show beyond English and French: any
 * the catalogue already has (`name.pa` in some entry), then those added with
 * the "Add a language" control. An added language with nothing typed in it
 * writes nothing to the file. No lifecycle work: a plain object that asks its
 * host to update.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { TEXT_LANGUAGE_PATTERN } from '../catalogue/vocabulary.js';
import type { BuilderStrings } from './builder-strings.js';
import { TEXT_FIELDS, otherTexts, type ResourceDraft } from './draft.js';
import { languageLabel } from './language-label.js';

const ID = 'add-language-code';

export class LanguageColumns {
  private added: string[] = [];
  private code = '';
  private invalid = false;

  constructor(
    private host: ReactiveControllerHost,
    /** The page's status message and focus. */
    private page: { announce: (text: string) => void; focusAfterUpdate: (selector: string) => void },
  ) {}

  /** Every language beyond English and French that some entry has, then those added, once each. */
  languages(drafts: readonly ResourceDraft[]): string[] {
    const found = new Set<string>();
    for (const draft of drafts)
      for (const field of TEXT_FIELDS) for (const lang of Object.keys(otherTexts(draft.values, field))) found.add(lang);
    for (const lang of this.added) found.add(lang);
    return [...found];
  }

  render(drafts: readonly ResourceDraft[], t: BuilderStrings) {
    const code = this.code.trim();
    const named = code && TEXT_LANGUAGE_PATTERN.test(code) ? languageLabel(code, t) : '';
    const described = [`${ID}-hint`, this.invalid && `${ID}-error`, named && `${ID}-name`].filter(Boolean).join(' ');
    const add = () => this.add(drafts, t);
    return html`<div class="field add-language ${this.invalid ? 'has-error' : ''}">
      <h3>${t.addLanguageHeading}</h3>
      <label for=${ID}>${t.addLanguageCode}</label>
      <p class="hint" id="${ID}-hint">${t.addLanguageHint}</p>
      ${
        this.invalid
          ? html`<p class="error-message" id="${ID}-error"><span class="visually-hidden">${t.errorPrefix}</span> ${t.addLanguageInvalid}</p>`
          : nothing
      }
      <div class="control">
        <input
          id=${ID}
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(described || undefined)}
          .value=${live(this.code)}
          @input=${(e: Event) => this.type((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), add())}
        />
        <button type="button" class="secondary" @click=${add}>${t.addLanguageButton}</button>
      </div>
      ${named ? html`<p class="hint" id="${ID}-name">${t.addLanguageNames(code, named)}</p>` : nothing}
    </div>`;
  }

  private type(value: string) {
    this.code = value;
    this.invalid = false;
    this.host.requestUpdate();
  }

  private add(drafts: readonly ResourceDraft[], t: BuilderStrings) {
    const code = this.code.trim();
    this.invalid = !TEXT_LANGUAGE_PATTERN.test(code);
    if (this.invalid) {
      this.page.focusAfterUpdate(`#${ID}`);
    } else {
      const known = ['en', 'fr', ...this.languages(drafts)].some((lang) => lang.toLowerCase() === code.toLowerCase());
      if (!known) this.added.push(code);
      this.page.announce((known ? t.addLanguageAlready : t.addLanguageAdded)(languageLabel(code, t)));
      this.code = '';
    }
    this.host.requestUpdate();
  }
}
