/**
 * A crisis line's provinces and territories: one checkbox per code, in the
 * line's fieldset. The line keeps them as codes separated by spaces, so the
 * form's one `onInput` carries them, and a code the file holds that is not one
 * of the fourteen stays listed, ticked, so it can be seen and unticked.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { AREAS } from '../catalogue/vocabulary.js';
import type { BuilderStrings } from './builder-strings.js';
import { renderWorded, type Worded } from './word-problem.js';

export interface AreasFieldProps {
  /** The id of the first checkbox is `${id}-0`; the error's is `${id}-error`. */
  id: string;
  legend: string;
  /** The codes, separated by spaces. */
  value: string;
  errors?: readonly Worded[];
  onChange: (value: string) => void;
}

export function renderAreasField(p: AreasFieldProps, t: BuilderStrings) {
  const ticked = p.value.split(/\s+/).filter(Boolean);
  const options = [...AREAS, ...ticked.filter((code) => !(AREAS as readonly string[]).includes(code))];
  const errorId = `${p.id}-error`;
  const invalid = !!p.errors?.length;
  const toggle = (code: string, checked: boolean) => p.onChange((checked ? [...ticked, code] : ticked.filter((c) => c !== code)).join(' '));
  return html`<fieldset class="choices ${invalid ? 'has-error' : ''}">
    <legend>${p.legend}</legend>
    ${
      invalid
        ? html`<p class="error-message" id=${errorId}>
          ${p.errors!.map((m) => html`<span><span class="visually-hidden">${t.errorPrefix}</span> ${renderWorded(m)}</span>`)}
        </p>`
        : nothing
    }
    <div class="choice-list">
      ${options.map(
        (code, i) => html`<div class="choice">
          <input
            type="checkbox"
            id="${p.id}-${i}"
            .checked=${live(ticked.includes(code))}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(invalid ? errorId : undefined)}
            @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)}
          />
          <label for="${p.id}-${i}">${t.areaNames[code] ?? code}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}
