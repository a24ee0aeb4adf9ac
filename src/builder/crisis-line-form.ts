/** One crisis line of the file: its name, its numbers (one is needed), hours, area and website. */
import { html } from 'lit';
import type { BuilderStrings } from './builder-strings.js';
import type { LineDraft, LineKey, LineTarget, LineTextField } from './file-draft.js';
import { renderAreasField } from './areas-field.js';
import { inputGroup, textInput, textPair, type FieldContext } from './form-fields.js';
import type { Worded } from './word-problem.js';

/** What a person calls a line: its name, in either language. */
export function lineName(line: LineDraft, t: BuilderStrings): string {
  return line.values['name.en'].trim() || line.values['name.fr'].trim() || t.untitled;
}

/** Ids follow the line's place in the file, as the validator's paths do: `f-line-0-phone`. */
export const lineIdOf = (index: number) => (key: string) => `f-line-${index}-${key.replace('.', '-')}`;

/** The control a line's problem is fixed in: a group's first control. */
export function lineControlId(index: number, target: LineTarget): string {
  const key = target === 'reach' ? 'phone' : target === 'name' || target === 'hours' ? `${target}.en` : target;
  return target === 'areas' ? `${lineIdOf(index)('areas')}-0` : lineIdOf(index)(key);
}

export interface LineFormProps {
  line: LineDraft;
  index: number;
  errors: ReadonlyMap<LineTarget | null, Worded[]>;
  onInput: (key: LineKey, value: string) => void;
  onLeave: (target: LineTarget) => void;
  onDelete: () => void;
}

export function renderCrisisLine(p: LineFormProps, t: BuilderStrings) {
  const ctx: FieldContext<LineKey, LineTextField | 'reach'> = {
    t,
    values: p.line.values,
    labels: t.lineLabels,
    hints: t.lineHints,
    errors: p.errors,
    idOf: lineIdOf(p.index),
    onInput: p.onInput,
    onLeave: p.onLeave,
  };
  const name = lineName(p.line, t);
  return html`<fieldset class="crisis-line">
    <legend>${t.lineLegend(p.index + 1, name)}</legend>
    ${textPair(ctx, 'name', { required: true })}
    ${inputGroup(
      ctx,
      'reach',
      [
        ['phone', { type: 'tel' }],
        ['text', { type: 'tel' }],
      ],
      { required: true },
    )}
    ${textPair(ctx, 'hours')}
    ${renderAreasField(
      {
        id: lineIdOf(p.index)('areas'),
        legend: t.lineLabels.areas,
        value: p.line.values.areas,
        errors: p.errors.get('areas'),
        onChange: (value) => p.onInput('areas', value),
      },
      t,
    )}
    <div class="row">${textInput(ctx, 'region')} ${textInput(ctx, 'website', { type: 'url' })}</div>
    <div class="entry-actions">
      <button type="button" class="warning-button" id=${lineIdOf(p.index)('delete')} @click=${p.onDelete}>
        ${t.deleteLine(name)}
      </button>
    </div>
  </fieldset>`;
}
