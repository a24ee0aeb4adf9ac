import { css } from 'lit';

/**
 * Where things go. Every rule reads the finder's own width (a container query
 * on .frame), never the window's: a finder 320 px wide in a sidebar is laid
 * out as on a 320 px phone. Without container queries it is one plain column.
 * From 56 rem the filters sit in a column beside the results, which start at
 * the top; narrower, they fold under one "Filters" button above the results.
 */
export const layoutStyles = css`
  .frame {
    container-type: inline-size;
  }
  .finder {
    padding: 1rem;
    display: grid;
    gap: 1rem;
  }
  /*
   * A control reached with Shift+Tab is scrolled to the top of the screen,
   * where the sticky banner would cover it (WCAG 2.2, 2.4.11): stop below the
   * banner. --_banner is its height, kept up to date by the element.
   */
  .finder * {
    scroll-margin-block-start: calc(var(--sf-banner-top, 0px) + var(--_banner, 0px) + 0.5rem);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .search,
  .main,
  .side,
  .filter-panel {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    min-width: 0;
  }
  .search {
    gap: 0.5rem;
  }
  .columns {
    display: grid;
    gap: 1rem 2rem;
  }
  @container (width >= 56rem) {
    .columns:has(> .side) {
      grid-template-columns: minmax(13rem, var(--sf-filter-column-width, 30%)) minmax(0, 1fr);
    }
  }
  .skip {
    justify-self: start;
  }
  .skip:not(:focus) {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .count {
    font-weight: bold;
  }
  .count-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border-radius: 1.25rem;
    color: var(--_accent-text) !important;
    background: var(--_accent);
  }
  .clear-filters {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
  }
  .empty,
  .error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .empty .results {
    justify-self: stretch;
  }

  @media (forced-colors: active) {
    .empty,
    .error {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .search,
    .side,
    .skip,
    .chosen {
      display: none !important;
    }
    .columns {
      display: block;
    }
  }
`;
