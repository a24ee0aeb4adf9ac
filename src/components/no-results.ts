/**
 * What a search that found nothing shows. When its words suggest danger, not
 * a cold "no match": kind words and the catalogue's peer lines (people who
 * have been there, by phone or text), under the crisis alert.
 */
import { html, nothing } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { isProvincial, serves, type Province } from '../catalogue/areas.js';
import type { Translate } from '../i18n/translate.js';
import { isOpenAt } from '../hours/status.js';
import { isolateNumbers } from './bidi.js';
import { renderResultList, type ListToggle, type OnAction } from './result-list.js';

/** Peer lines shown at most: a few to call now, not another list to search. */
const PEER_LINES = 3;

export interface NoResultsProps {
  t: Translate;
  lang: string;
  /** The search suggests someone may be in danger. */
  crisis: boolean;
  resources: readonly Resource[];
  /** The province chosen: only lines that serve it are offered; with none, national lines first. */
  province: Province | null;
  onAction: OnAction;
  list: ListToggle;
  level: number;
  /** "Show all supports", when a search or a filter narrowed the list. */
  onShowAll?: () => void;
}

export function renderNoResults(p: NoResultsProps) {
  const { t } = p;
  // Only lines that serve the province chosen. A line that answers now before one that is closed; then, with
  // no province chosen, a national line before one limited to some provinces; then lines for anyone first.
  const lines = p.crisis ? p.resources.filter((r) => r.category === 'peer' && (r.phone || r.text) && serves(r, p.province)) : [];
  const now = new Date();
  const rank = (r: Resource) =>
    (isOpenAt(r, now) === false ? 4 : 0) +
    (isProvincial(r) && !p.province ? 2 : 0) +
    (!r.audiences?.length || r.audiences.includes('adults') ? 0 : 1);
  const peers = lines.sort((a, b) => rank(a) - rank(b)).slice(0, PEER_LINES);
  return html`<div class="empty" part="message">
    <p><strong>${p.crisis ? t('crisisNoResults') : t('noResults')}</strong></p>
    ${
      peers.length
        ? html`<p id="peer-lines">${t('talkToPeers')}</p>
          ${renderResultList({ items: peers, t, lang: p.lang, onAction: p.onAction, list: p.list, labelledBy: 'peer-lines', level: p.level })}`
        : nothing
    }
    <p>${isolateNumbers(t('noResultsHelp'))}</p>
    ${p.onShowAll ? html`<button type="button" @click=${p.onShowAll}>${t('showAll')}</button>` : nothing}
  </div>`;
}
