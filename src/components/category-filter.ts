/**
 * The category filter: toggle buttons, each with its count of matches and a
 * line that says what that kind of support is (many people have never heard
 * "peer support"), which screen readers hear as the button's description.
 */
import { html, nothing } from 'lit';
import { CATEGORIES, type Category } from '../catalogue/vocabulary.js';
import type { CategoryCounts } from '../search/query.js';
import type { Translate } from '../i18n/translate.js';

export interface CategoryFilterProps {
  /** The category chosen. */
  category: Category | null;
  categoryCounts: CategoryCounts;
  t: Translate;
  on: { category: (category: Category | null) => void };
}

export function renderCategoryFilter({ category: selected, categoryCounts: counts, t, on }: CategoryFilterProps) {
  const button = (value: Category | null, label: string, count: number) =>
    html`<button
        type="button"
        class="filter"
        part="filter-button"
        aria-pressed=${selected === value}
        aria-describedby=${value ? `hint-${value}` : nothing}
        @click=${() => on.category(value)}
      >
        ${label} <span class="filter-count">(${count})</span></button
      >${value ? html`<p class="filter-hint" id=${`hint-${value}`}>${t(`categoryHints.${value}`)}</p>` : nothing}`;
  return html`<div class="filters" part="filters" role="group" aria-labelledby="filter-label">
    <span id="filter-label" class="filter-label">${t('filterLabel')}</span>
    ${button(null, t('categoryAll'), counts.all)} ${CATEGORIES.map((c) => button(c, t(`categories.${c}`), counts[c]))}
  </div>`;
}
