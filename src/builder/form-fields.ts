/**
 * The builder's form controls, GOV.UK style: label, hint, error message, then
 * the control, which names its hint and error in `aria-describedby` and says
 * `aria-invalid` while the error shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BuilderStrings } from './builder-strings.js';
import { TEXT_FIELDS, choiceOptions, type ChoiceField, type FieldKey, type ResourceDraft, type TextField } from './draft.js';
import type { FieldTarget } from './validate-drafts.js';

export interface FieldContext {
  t: BuilderStrings;
  draft: ResourceDraft;
  /** The worded messages shown, by control or group. */
  errors: Map<FieldTarget, string[]>;
  onInput: (key: FieldKey, value: string) => void;
  onToggle: (field: ChoiceField, value: string, checked: boolean) => void;
  /** Focus left a control or group: its problems may show from now on. */
  onLeave: (target: FieldTarget) => void;
}

/** The id of the control a problem is fixed in: `website` → `f-website`, `name` → its English control. */
export function controlId(target: Exclude<FieldTarget, null>): string {
  if (target === 'audiences' || target === 'delivery') return `f-${target}-0`;
  const key = (TEXT_FIELDS as readonly string[]).includes(target) ? `${target}.en` : target;
  return `f-${key.replace('.', '-')}`;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function errorMessage(id: string, messages: string[] | undefined, t: BuilderStrings) {
  if (!messages?.length) return nothing;
  return html`<p class="error-message" id=${id}>
    ${messages.map((m) => html`<span><span class="visually-hidden">${t.errorPrefix}</span> ${m}</span>`)}
  </p>`;
}

export interface InputOptions {
  label?: string;
  type?: 'text' | 'tel' | 'email' | 'url';
  multiline?: boolean;
  lang?: string;
  required?: boolean;
  /** Ids (a group's error) the control is also described by. */
  groupError?: string;
  groupInvalid?: boolean;
  after?: TemplateResult;
}

export function textInput(ctx: FieldContext, key: FieldKey, options: InputOptions = {}) {
  const { t } = ctx;
  const id = controlId(key);
  const hint = t.hints[key];
  const errors = ctx.errors.get(key);
  const invalid = !!errors?.length || options.groupInvalid;
  const aria = describedBy(options.groupError, hint && `${id}-hint`, !!errors?.length && `${id}-error`);
  const value = ctx.draft.values[key];
  const onInput = (e: Event) => ctx.onInput(key, (e.target as HTMLInputElement).value);
  const label = options.label ?? t.labels[key];
  return html`<div class="field ${errors?.length ? 'has-error' : ''}">
    <label for=${id}>${label}${options.required ? html` <span class="required">${t.required}</span>` : nothing}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${errorMessage(`${id}-error`, errors, t)}
    <div class="control">
      ${options.multiline
        ? html`<textarea
            id=${id}
            rows="4"
            lang=${ifDefined(options.lang)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(aria)}
            .value=${live(value)}
            @input=${onInput}
            @blur=${() => ctx.onLeave(key)}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            lang=${ifDefined(options.lang)}
            autocomplete="off"
            spellcheck=${key === 'id' || options.type ? 'false' : 'true'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(aria)}
            .value=${live(value)}
            @input=${onInput}
            @blur=${() => ctx.onLeave(key)}
          />`}
      ${options.after ?? nothing}
    </div>
  </div>`;
}

/** English and French side by side, in a fieldset named by the field. */
export function textPair(ctx: FieldContext, field: TextField, options: { multiline?: boolean; required?: boolean } = {}) {
  const { t } = ctx;
  const errorId = `f-${field}-error`;
  const errors = ctx.errors.get(field);
  const hint = t.hints[field];
  // The pair's own problems (say, both empty) show once focus leaves the pair, not when moving from English to French.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) ctx.onLeave(field);
  };
  const one = (lang: 'en' | 'fr') =>
    textInput(ctx, `${field}.${lang}`, {
      label: lang === 'en' ? t.english : t.french,
      lang,
      multiline: options.multiline,
      groupError: describedBy(hint && `f-${field}-hint`, !!errors?.length && errorId),
      groupInvalid: !!errors?.length,
    });
  return html`<fieldset class="pair ${errors?.length ? 'has-error' : ''}" @focusout=${onFocusOut}>
    <legend>${t.labels[field]}${options.required ? html` <span class="required">${t.required}</span>` : nothing}</legend>
    ${hint ? html`<p class="hint" id="f-${field}-hint">${hint}</p>` : nothing}
    ${errorMessage(errorId, errors, t)}
    <div class="pair-controls">${one('en')}${one('fr')}</div>
  </fieldset>`;
}

export function selectInput(
  ctx: FieldContext,
  key: 'category' | 'cost' | 'referral',
  options: Record<string, string>,
  { empty, required = false }: { empty: string; required?: boolean },
) {
  const { t } = ctx;
  const id = controlId(key);
  const errors = ctx.errors.get(key);
  const value = ctx.draft.values[key];
  // A value the file holds but the list does not offer stays visible, so it can be seen and changed.
  const entries = Object.entries(options);
  if (value && !(value in options)) entries.push([value, value]);
  return html`<div class="field ${errors?.length ? 'has-error' : ''}">
    <label for=${id}>${t.labels[key]}${required ? html` <span class="required">${t.required}</span>` : nothing}</label>
    ${errorMessage(`${id}-error`, errors, t)}
    <select
      id=${id}
      aria-invalid=${errors?.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(errors?.length ? `${id}-error` : undefined)}
      @change=${(e: Event) => ctx.onInput(key, (e.target as HTMLSelectElement).value)}
      @blur=${() => ctx.onLeave(key)}
    >
      <option value="" .selected=${live(!value)}>${empty}</option>
      ${entries.map(([v, label]) => html`<option value=${v} .selected=${live(v === value)}>${label}</option>`)}
    </select>
  </div>`;
}

export function checkboxGroup(ctx: FieldContext, field: ChoiceField, labels: Record<string, string>) {
  const { t, draft } = ctx;
  const errorId = `f-${field}-error`;
  const errors = ctx.errors.get(field);
  return html`<fieldset class="choices ${errors?.length ? 'has-error' : ''}">
    <legend>${t.labels[field]}</legend>
    ${errorMessage(errorId, errors, t)}
    <div class="choice-list">
      ${choiceOptions(draft, field).map(
        (value, i) => html`<div class="choice">
          <input
            type="checkbox"
            id="f-${field}-${i}"
            .checked=${live(draft[field].includes(value))}
            aria-invalid=${errors?.length ? 'true' : 'false'}
            aria-describedby=${ifDefined(errors?.length ? errorId : undefined)}
            @change=${(e: Event) => ctx.onToggle(field, value, (e.target as HTMLInputElement).checked)}
          />
          <label for="f-${field}-${i}">${labels[value] ?? value}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}
