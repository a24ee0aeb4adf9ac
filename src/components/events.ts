/**
 * The events the finder fires. None carries what a person typed: host-page
 * analytics listen to these, and a search for "suicide" must not leave the page.
 */
import type { Province } from '../catalogue/areas.js';
import type { Category } from '../catalogue/schema.js';
import type { ChosenFilters } from '../search/facets.js';

export type LoadDetail = { status: 'ready'; count: number } | { status: 'error' };
export interface SearchDetail {
  /** How many supports match; never the query itself. */
  resultCount: number;
  category: Category | null;
  /** What was typed: present only when the host opts in with `share-query`. */
  query?: string;
}
export interface FilterDetail {
  category: Category | null;
  /** The chosen options of the other facets, e.g. `{ audience: ['youth'] }`, `open: ['now']` for "Open now"; a facet with none is left out. */
  filters: ChosenFilters;
  /** The province or territory chosen, e.g. `'QC'`; null for all of Canada. */
  province: Province | null;
}
export interface ActionDetail {
  kind: 'call' | 'text' | 'email' | 'website';
  resourceId: string;
}

export interface SupportFinderEventMap {
  'support-finder-load': CustomEvent<LoadDetail>;
  'support-finder-search': CustomEvent<SearchDetail>;
  'support-finder-filter': CustomEvent<FilterDetail>;
  'support-finder-action': CustomEvent<ActionDetail>;
}

export function dispatch<K extends keyof SupportFinderEventMap>(
  target: EventTarget,
  type: K,
  detail: SupportFinderEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends SupportFinderEventMap {}
}
