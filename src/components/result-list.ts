/** The list of supports: one template function per part, no logic beyond picking text. */
import { html, nothing, type TemplateResult } from 'lit';
import { areaLabel } from '../catalogue/areas.js';
import type { Resource } from '../catalogue/schema.js';
import { dial, dialText, mailtoHref, webHref, type Dial } from '../catalogue/links.js';
import { addressLine, localText } from '../catalogue/text.js';
import type { Translate } from '../i18n/translate.js';
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

function renderDetails(r: Resource, t: Translate, lang: string) {
  const hours = localText(r.hours, lang, t.fallback);
  const rows: TemplateResult[] = [];
  const address = addressLine(r.address);
  // Isolated: in right-to-left text a Latin address would move its house number to the end.
  if (address) rows.push(detail(t('address'), html`<bdi>${address}</bdi>`, true));
  if (hours) rows.push(detail(t('hours'), textSpan(hours), true));
  if (r.languages?.length) {
    rows.push(detail(t('languages'), r.languages.map((c) => languageName(c, t.lang)).join(t('listSeparator'))));
  }
  if (r.delivery?.length) {
    rows.push(detail(t('delivery'), r.delivery.map((d) => t(`deliveryModes.${d}`)).join(t('listSeparator'))));
  }
  if (r.cost) rows.push(detail(t('cost'), t(`costs.${r.cost}`)));
  // Its local area, else its provinces or "Canada", in the page's language.
  const area = areaLabel(r, lang);
  if (area) rows.push(detail(t('region'), area));
  return rows.length ? html`<dl class="details">${rows}</dl>` : nothing;
}

export type OnAction = (detail: ActionDetail) => void;

/** The shortlist as a result sees it: whether it is in, and how to add or remove it. */
export interface ListToggle {
  has: (id: string) => boolean;
  toggle: (resource: Resource) => void;
  /**
   * Opens My list, offered beside each support in it: the "My list" button
   * above the results is off screen once a person has scrolled to the one they add.
   */
  open?: () => void;
  size?: () => number;
}

/** A name the label already ends with ("211" calling 211) is not said twice: "Call 211", not "Call 211, 211". */
const echoes = (name: string, shown: string) => shown.endsWith(` ${name}`);

/**
 * A link whose accessible name starts with what it shows (WCAG 2.5.3), then
 * says whose it is: "Call 1-866-925-5454, Good2Talk". `shown` is the visible
 * text in words; `content` the same with its markup.
 */
function action(
  href: string,
  kind: ActionDetail['kind'],
  shown: string,
  content: unknown,
  name: string,
  id: string,
  onAction: OnAction,
  extra = '',
) {
  const external = kind === 'website';
  return html`<a
    class="action"
    part="action"
    href=${href}
    target=${external ? '_blank' : nothing}
    rel=${external ? 'noopener noreferrer' : nothing}
    aria-label=${`${shown}${echoes(name, shown) ? '' : `, ${name}`}${extra}`}
    @click=${() => onAction({ kind, resourceId: id })}
    >${content}</a
  >`;
}

/** "Call 1-866-277-3553 (1 866 APPELLE)", the number isolated so no text around it can reorder it. */
export function dialContent(verb: string, d: Dial) {
  return html`${verb} <bdi>${d.label}</bdi>${d.vanity ? html` (<bdi>${d.vanity}</bdi>)` : nothing}`;
}

function renderActions(r: Resource, name: string, t: Translate, onAction: OnAction) {
  const tel = dial('tel', r.phone, t('extension'));
  const sms = dial('sms', r.text, t('extension'));
  const mail = mailtoHref(r.email);
  const web = webHref(r.website);
  if (!tel && !sms && !mail && !web) return nothing;
  const host = web ? new URL(web).host.replace(/^www\./, '') : '';
  const number = (d: Dial, verb: string, kind: 'call' | 'text') =>
    action(d.href, kind, `${verb} ${dialText(d)}`, dialContent(verb, d), name, r.id, onAction);
  return html`<div class="actions">
    ${tel ? number(tel, t('call'), 'call') : nothing} ${sms ? number(sms, t('text'), 'text') : nothing}
    ${mail ? action(mail, 'email', `${t('email')} ${r.email}`, html`${t('email')} <bdi>${r.email}</bdi>`, name, r.id, onAction) : nothing}
    ${
      web
        ? action(
            web,
            'website',
            `${t('website')} ${host}`,
            html`${t('website')} <bdi class="host">${host}</bdi>`,
            name,
            r.id,
            onAction,
            ` ${t('newTab')}`,
          )
        : nothing
    }
  </div>`;
}

function renderToggle(r: Resource, name: string, t: Translate, list: ListToggle) {
  const has = list.has(r.id);
  const label = has ? t('removeFromList') : t('addToList');
  return html`<button type="button" class="add" aria-label=${`${label}, ${name}`} @click=${() => list.toggle(r)}>${label}</button>
    ${has && list.open ? html`<button type="button" class="list-button" @click=${list.open}>${t('myList', { count: list.size!() })}</button>` : nothing}`;
}

/** The distance shown on a located result, when the list is sorted by distance. */
export type DistanceOf = (r: Resource) => string | undefined;

export interface ResultProps {
  resource: Resource;
  t: Translate;
  lang: string;
  onAction: OnAction;
  /** My list's add/remove button; none without it. */
  list?: ListToggle;
  mark?: Marker;
  distanceOf?: DistanceOf;
  /** The moment the open/closed line is worked out for: by default, this render. */
  now?: Date;
  /** Level of the result's heading, one below the finder's (see `heading-level`). */
  level?: number;
}

export function renderResult({ resource: r, t, lang, onAction, list, mark, distanceOf, now = new Date(), level = 3 }: ResultProps) {
  const distance = distanceOf?.(r);
  const name = localText(r.name, lang, t.fallback)!;
  const description = localText(r.description, lang, t.fallback);
  const organization = localText(r.organization, lang, t.fallback);
  return html`<li class="result" part="result" data-id=${r.id} data-category=${r.category}>
    <h3 class="result-name" part="result-name" tabindex="-1" aria-level=${level === 3 ? nothing : level}>${textSpan(name, mark?.(name.value))}</h3>
    <p class="result-meta">
      <span class="badge badge-${r.category}">${t(`categories.${r.category}`)}</span>
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
export function renderShowMore(hidden: number, t: Translate, onShowMore: () => void) {
  return html`<button type="button" class="show-more" @click=${onShowMore}>
    ${t('showMore', { count: Math.min(hidden, PAGE_SIZE) })}
  </button>`;
}

export interface ResultListProps extends Omit<ResultProps, 'resource'> {
  items: readonly Resource[];
  /** The id of what names the list: the count, or My list's heading. */
  labelledBy?: string;
}

export function renderResultList({ items, labelledBy = 'count', now = new Date(), ...each }: ResultListProps) {
  return html`<ul class="results" part="results" aria-labelledby=${labelledBy}>
    ${items.map((resource) => renderResult({ resource, now, ...each }))}
  </ul>`;
}
