/** The category filter: toggle buttons, each with its count of matches. */
import { html } from 'lit';
import { CATEGORIES, type Category } from '../catalogue/vocabulary.js';
import type { CategoryCounts } from '../search/query.js';
import type { Strings } from '../i18n/strings.js';

export function renderCategoryFilter(
  selected: Category | null,
  counts: CategoryCounts,
  t: Strings,
  onSelect: (category: Category | null) => void,
) {
  const button = (value: Category | null, label: string, count: number) =>
    html`<button
      type="button"
      class="filter"
      part="filter-button"
      aria-pressed=${selected === value ? 'true' : 'false'}
      @click=${() => onSelect(value)}
    >
      ${label} <span class="filter-count">(${count})</span>
    </button>`;
  return html`<div class="filters" part="filters" role="group" aria-labelledby="filter-label">
    <span id="filter-label" class="filter-label">${t.filterLabel}</span>
    ${button(null, t.categoryAll, counts.all)}
    ${CATEGORIES.map((c) => button(c, t.categories[c], counts[c]))}
  </div>`;
}
