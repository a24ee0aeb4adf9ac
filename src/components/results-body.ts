/**
 * What the results column shows under the count and the chips: the page of
 * results with "Show more" and the way back to the search, or, when nothing
 * matches, kind words (and peer lines for a crisis search) instead.
 */
import { html, nothing } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { renderNoResults, type NoResultsProps } from './no-results.js';
import { renderResultList, renderShowMore, type ResultListProps } from './result-list.js';

export interface ResultsBodyProps extends NoResultsProps, Pick<ResultListProps, 'mark' | 'distanceOf'> {
  /** The results drawn, in order. */
  items: readonly Resource[];
  total: number;
  /** How many more "Show more" would draw. */
  more: number;
  onShowMore: () => void;
  /** "Back to search": the search box is in the shadow root, where a fragment link cannot reach. */
  onBackToSearch: (event: Event) => void;
}

export function renderResultsBody(p: ResultsBodyProps) {
  if (!p.total) return renderNoResults(p);
  const { t } = p;
  return html`${renderResultList({ ...p, items: p.items })}
    ${p.more ? renderShowMore(p.more, t, p.onShowMore) : nothing}
    <a class="action skip" href="#query" @click=${p.onBackToSearch}>${t('backToSearch')}</a>`;
}
