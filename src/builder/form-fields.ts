/**
 * The builder's form controls, GOV.UK style: label, hint, error message, then
 * the control, which names its hint and error in `aria-describedby` and says
 * `aria-invalid` while the error shows. The same controls serve an entry, the
 * file's title and date, and each crisis line: a context gives their values,
 * words and ids.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BuilderStrings } from './builder-strings.js';
import { TEXT_FIELDS, choiceOptions, otherTexts, type ChoiceField, type FieldKey, type ResourceDraft, type TextField } from './draft.js';
import type { FieldTarget } from './validate-drafts.js';
import { languageLabel } from './language-label.js';
import { renderWorded, type Worded } from './word-problem.js';

/** A form's controls (`K`, such as `website` or `name.fr`) and groups of controls (`G`, such as `name`). */
export interface FieldContext<K extends string, G extends string = never> {
  t: BuilderStrings;
  values: Readonly<Record<K, string>>;
  labels: Readonly<Record<K | G, string>>;
  hints: Readonly<Partial<Record<K | G, string>>>;
  /** The worded messages shown, by control or group. */
  errors: ReadonlyMap<K | G | null, Worded[]>;
  /** The id of a control or group, from which its hint and error ids are made. */
  idOf: (key: K | G) => string;
  onInput: (key: K, value: string) => void;
  /** Focus left a control or group: its problems may show from now on. */
  onLeave: (target: K | G) => void;
  /** Languages beyond English and French the text fields show (`pa`): those of the catalogue and those added. */
  languages?: readonly string[];
}

/** An entry's form: its choice lists too. */
export interface ResourceContext extends FieldContext<FieldKey, TextField | ChoiceField> {
  draft: ResourceDraft;
  onToggle: (field: ChoiceField, value: string, checked: boolean) => void;
}

/** The id of an entry's control or group: `website` → `f-website`, `name` → `f-name`. */
export const resourceId = (key: string) => `f-${key.replace('.', '-')}`;

/** The id of the control a problem is fixed in: `website` → `f-website`, `name` → its English control. */
export function controlId(target: Exclude<FieldTarget, null>): string {
  if (target === 'audiences' || target === 'delivery' || target === 'areas') return `f-${target}-0`;
  return resourceId((TEXT_FIELDS as readonly string[]).includes(target) ? `${target}.en` : target);
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function errorMessage(id: string, messages: readonly Worded[] | undefined, t: BuilderStrings) {
  if (!messages?.length) return nothing;
  return html`<p class="error-message" id=${id}>
    ${messages.map((m) => html`<span><span class="visually-hidden">${t.errorPrefix}</span> ${renderWorded(m)}</span>`)}
  </p>`;
}

/** One press for each obvious fix, beside the control it changes. */
function fixButtons(messages: readonly Worded[] | undefined) {
  const fixes = (messages ?? []).flatMap((m) => (m.fix ? [m.fix] : []));
  return fixes.map((fix) => html`<button type="button" class="secondary fix" @click=${fix.apply}>${fix.label}</button>`);
}

const requiredMark = (t: BuilderStrings, required?: boolean) => (required ? html` <span class="required">${t.required}</span>` : nothing);

export interface InputOptions {
  label?: string;
  type?: 'text' | 'tel' | 'email' | 'url';
  multiline?: boolean;
  lang?: string;
  required?: boolean;
  /** Ids (a group's hint and error) the control is also described by. */
  groupError?: string;
  groupInvalid?: boolean;
  after?: TemplateResult;
}

export function textInput<K extends string, G extends string>(ctx: FieldContext<K, G>, key: NoInfer<K>, options: InputOptions = {}) {
  const { t } = ctx;
  const id = ctx.idOf(key);
  const hint = ctx.hints[key];
  const errors = ctx.errors.get(key);
  const invalid = !!errors?.length || options.groupInvalid;
  const aria = describedBy(options.groupError, hint && `${id}-hint`, !!errors?.length && `${id}-error`);
  // A language added after this entry was made has no value yet.
  const value = ctx.values[key] ?? '';
  const onInput = (e: Event) => ctx.onInput(key, (e.target as HTMLInputElement).value);
  return html`<div class="field ${errors?.length ? 'has-error' : ''}">
    <label for=${id}>${options.label ?? ctx.labels[key]}${requiredMark(t, options.required)}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${errorMessage(`${id}-error`, errors, t)}
    <div class="control">
      ${
        options.multiline
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
          />`
      }
      ${options.after ?? nothing} ${fixButtons(errors)}
    </div>
  </div>`;
}

/**
 * Controls that are checked together (a name in English and French, a line's
 * phone and text numbers), in a fieldset named by the group; the group's own
 * problem (say, all blank) marks each control.
 */
export function inputGroup<K extends string, G extends string>(
  ctx: FieldContext<K, G>,
  group: NoInfer<G>,
  members: [NoInfer<K>, InputOptions][],
  options: { required?: boolean; className?: string } = {},
) {
  const { t } = ctx;
  const id = ctx.idOf(group);
  const errors = ctx.errors.get(group);
  const hint = ctx.hints[group];
  // The group's problems show once focus leaves the group, not when moving from one of its controls to the next.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) ctx.onLeave(group);
  };
  const shared = {
    groupError: describedBy(hint && `${id}-hint`, !!errors?.length && `${id}-error`),
    groupInvalid: !!errors?.length,
  };
  return html`<fieldset class="pair ${options.className ?? ''} ${errors?.length ? 'has-error' : ''}" @focusout=${onFocusOut}>
    <legend>${ctx.labels[group]}${requiredMark(t, options.required)}</legend>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${errorMessage(`${id}-error`, errors, t)}
    <div class="pair-controls">${members.map(([key, own]) => textInput(ctx, key, { ...own, ...shared }))}</div>
  </fieldset>`;
}

/** English and French side by side, then any other language of the catalogue or added, in a fieldset named by the field. */
export function textPair<K extends string, G extends string>(
  ctx: FieldContext<K, G>,
  field: NoInfer<G>,
  options: { multiline?: boolean; required?: boolean } = {},
) {
  const one = (lang: string): [K, InputOptions] => [
    `${field}.${lang}` as K,
    {
      label: lang === 'en' ? ctx.t.english : lang === 'fr' ? ctx.t.french : languageLabel(lang, ctx.t),
      lang,
      multiline: options.multiline,
    },
  ];
  const others = new Set([...Object.keys(otherTexts(ctx.values, field)), ...(ctx.languages ?? [])]);
  return inputGroup(ctx, field, ['en', 'fr', ...others].map(one), { required: options.required });
}

export function selectInput(
  ctx: ResourceContext,
  key: 'category' | 'cost' | 'referral',
  options: Record<string, string>,
  { empty, required = false }: { empty: string; required?: boolean },
) {
  const { t } = ctx;
  const id = ctx.idOf(key);
  const errors = ctx.errors.get(key);
  const value = ctx.values[key];
  // A value the file holds but the list does not offer stays visible, so it can be seen and changed.
  const entries = Object.entries(options);
  if (value && !(value in options)) entries.push([value, value]);
  return html`<div class="field ${errors?.length ? 'has-error' : ''}">
    <label for=${id}>${ctx.labels[key]}${requiredMark(t, required)}</label>
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
    ${fixButtons(errors)}
  </div>`;
}

export function checkboxGroup(ctx: ResourceContext, field: ChoiceField, labels: Record<string, string>) {
  const { t, draft } = ctx;
  const errorId = `f-${field}-error`;
  const errors = ctx.errors.get(field);
  return html`<fieldset class="choices ${errors?.length ? 'has-error' : ''}">
    <legend>${ctx.labels[field]}</legend>
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
    ${fixButtons(errors)}
  </fieldset>`;
}
