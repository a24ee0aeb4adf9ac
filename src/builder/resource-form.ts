/** The form for one entry: every field of a resource, in the order a maintainer fills them in. */
import { html } from 'lit';
import { CATEGORIES } from '../catalogue/schema.js';
import { checkboxGroup, selectInput, textInput, textPair, type ResourceContext } from './form-fields.js';
import { today } from './today.js';

export function renderResourceForm(ctx: ResourceContext) {
  const { t } = ctx;
  const onToday = () => ctx.onInput('lastVerified', today());
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, t.categories[c]]));
  return html`<form class="resource-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    ${textPair(ctx, 'name', { required: true })}
    <div class="row">
      ${textInput(ctx, 'id', { required: true })}
      ${selectInput(ctx, 'category', categories, { empty: t.chooseCategory, required: true })}
    </div>
    ${textPair(ctx, 'description', { multiline: true, required: true })} ${textPair(ctx, 'organization')}
    <div class="row">
      ${textInput(ctx, 'phone', { type: 'tel' })} ${textInput(ctx, 'text', { type: 'tel' })}
    </div>
    <div class="row">
      ${textInput(ctx, 'email', { type: 'email' })} ${textInput(ctx, 'website', { type: 'url' })}
    </div>
    ${textPair(ctx, 'hours')}
    <div class="row">${textInput(ctx, 'schedule')} ${textInput(ctx, 'timeZone')}</div>
    <fieldset class="address">
      <legend>${t.labels.address}</legend>
      ${textInput(ctx, 'address.street')}
      <div class="row">
        ${textInput(ctx, 'address.city')} ${textInput(ctx, 'address.province')} ${textInput(ctx, 'address.postalCode')}
      </div>
    </fieldset>
    ${checkboxGroup(ctx, 'areas', t.areaNames)} ${textInput(ctx, 'region')} ${checkboxGroup(ctx, 'audiences', t.audiences)}
    ${checkboxGroup(ctx, 'delivery', t.delivery)} ${textInput(ctx, 'languages')}
    <div class="row">
      ${selectInput(ctx, 'cost', t.costs, { empty: t.notStated })}
      ${selectInput(ctx, 'referral', t.referrals, { empty: t.notStated })}
    </div>
    ${textInput(ctx, 'tags')}
    ${textInput(ctx, 'lastVerified', {
      after: html`<button type="button" class="secondary" @click=${onToday}>${t.today}</button>`,
    })}
    ${textInput(ctx, 'source', { type: 'url' })}
  </form>`;
}
