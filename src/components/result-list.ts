/** The list of supports: one template function per part, no logic beyond picking text. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Resource } from '../catalogue/schema.js';
import { mailtoHref, smsHref, telHref, webHref } from '../catalogue/links.js';
import { addressLine, localText } from '../catalogue/text.js';
import type { Strings } from '../i18n/strings.js';
import type { ActionDetail } from './events.js';
import { renderHoursStatus } from './hours-status.js';
import { textSpan } from './text-span.js';
import { languageName } from '../i18n/format.js';
import { PAGE_SIZE } from '../search/results.js';
import type { Ranges } from '../search/highlight.js';

/** The words of a visible text to mark, for the current search. */
export type Marker = (text: string) => Ranges;

/** `keep` marks what the printed list keeps (the same as the copied text). */
function detail(label: string, value: unknown, keep?: boolean) {
  return html`<div class="detail ${keep ? 'keep' : ''}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function renderDetails(r: Resource, t: Strings, lang: Language) {
  const hours = localText(r.hours, lang);
  const rows: TemplateResult[] = [];
  const address = addressLine(r.address);
  if (address) rows.push(detail(t.address, address, true));
  if (hours) rows.push(detail(t.hours, textSpan(hours), true));
  if (r.languages?.length) {
    rows.push(detail(t.languages, r.languages.map((c) => languageName(c, lang)).join(t.listSeparator)));
  }
  if (r.delivery?.length) {
    rows.push(detail(t.delivery, r.delivery.map((d) => t.deliveryModes[d]).join(t.listSeparator)));
  }
  if (r.cost) rows.push(detail(t.cost, t.costs[r.cost]));
  if (r.region) rows.push(detail(t.region, r.region));
  return rows.length ? html`<dl class="details">${rows}</dl>` : nothing;
}

export type OnAction = (detail: ActionDetail) => void;

/** The shortlist as a result sees it: whether it is in, and how to add or remove it. */
export interface ListToggle {
  has: (id: string) => boolean;
  toggle: (resource: Resource) => void;
}

function action(href: string, verb: string, name: string, shown: unknown, kind: ActionDetail['kind'], id: string, onAction: OnAction, extra?: string) {
  const external = kind === 'website';
  return html`<a
    class="action"
    part="action"
    href=${href}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    @click=${() => onAction({ kind, resourceId: id })}
    >${verb}<span class="visually-hidden"> ${name},</span> ${shown}${extra
      ? html`<span class="visually-hidden"> ${extra}</span>`
      : nothing}</a
  >`;
}

function renderActions(r: Resource, name: string, t: Strings, onAction: OnAction) {
  const tel = telHref(r.phone);
  const sms = smsHref(r.text);
  const mail = mailtoHref(r.email);
  const web = webHref(r.website);
  if (!tel && !sms && !mail && !web) return nothing;
  const host = web ? new URL(web).host.replace(/^www\./, '') : '';
  return html`<div class="actions">
    ${tel ? action(tel, t.call, name, r.phone!, 'call', r.id, onAction) : nothing}
    ${sms ? action(sms, t.text, name, r.text!, 'text', r.id, onAction) : nothing}
    ${mail ? action(mail, t.email, name, r.email!, 'email', r.id, onAction) : nothing}
    ${web ? action(web, t.website, name, html`<span class="host">${host}</span>`, 'website', r.id, onAction, t.newTab) : nothing}
  </div>`;
}

function renderToggle(r: Resource, name: string, t: Strings, list: ListToggle) {
  return html`<button type="button" class="add" @click=${() => list.toggle(r)}>
    ${list.has(r.id) ? t.removeFromList : t.addToList}<span class="visually-hidden">, ${name}</span>
  </button>`;
}

/** The distance shown on a located result, when the list is sorted by distance. */
export type DistanceOf = (r: Resource) => string | undefined;

export function renderResult(
  r: Resource,
  t: Strings,
  lang: Language,
  onAction: OnAction,
  list?: ListToggle,
  mark?: Marker,
  distanceOf?: DistanceOf,
  now = new Date(),
) {
  const distance = distanceOf?.(r);
  const name = localText(r.name, lang)!;
  const description = localText(r.description, lang);
  const organization = localText(r.organization, lang);
  return html`<li class="result" part="result" data-id=${r.id} data-category=${r.category}>
    <h3 class="result-name" part="result-name" tabindex="-1">${textSpan(name, mark?.(name.value))}</h3>
    <p class="result-meta">
      <span class="badge badge-${r.category}">${t.categories[r.category]}</span>
      ${organization ? html`<span class="organization">${textSpan(organization)}</span>` : nothing}
      ${distance ? html`<span class="distance">${distance}</span>` : nothing}
    </p>
    ${renderHoursStatus(r, t, now)}
    ${description ? html`<p class="description">${textSpan(description, mark?.(description.value))}</p>` : nothing}
    ${renderDetails(r, t, lang)} ${renderActions(r, name.value, t, onAction)}
    ${list ? renderToggle(r, name.value, t, list) : nothing}
  </li>`;
}

/** The button under a list that is longer than what is shown; the count above it stays the full count. */
export function renderShowMore(hidden: number, t: Strings, onShowMore: () => void) {
  return html`<button type="button" class="show-more" @click=${onShowMore}>
    ${t.showMore(Math.min(hidden, PAGE_SIZE))}
  </button>`;
}

/** `now` is the moment each result's open/closed line is worked out for: by default, this render. */
export function renderResultList(
  items: readonly Resource[],
  t: Strings,
  lang: Language,
  onAction: OnAction,
  list?: ListToggle,
  labelledBy = 'count',
  mark?: Marker,
  distanceOf?: DistanceOf,
  now = new Date(),
) {
  return html`<ul class="results" part="results" aria-labelledby=${labelledBy}>
    ${items.map((r) => renderResult(r, t, lang, onAction, list, mark, distanceOf, now))}
  </ul>`;
}
