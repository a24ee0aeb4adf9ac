import { css } from 'lit';

/** The filter column: the category buttons with their descriptions, the facets, and the fold of a narrow finder. */
export const filterStyles = css`
  .filters {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }
  .filter-label {
    font-weight: bold;
  }
  .filter[aria-pressed='true'] {
    color: var(--_accent-text) !important;
    background: var(--_accent);
    font-weight: bold;
  }
  .filter-hint {
    margin-block: -0.25rem 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facets,
  .place {
    display: grid;
    gap: 1rem;
  }
  .place {
    gap: 0.25rem;
  }
  select {
    max-width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .facet {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: bold;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
    font-weight: normal;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option:has(input:disabled) {
    color: var(--_muted);
    cursor: default;
  }
  .show-options {
    min-height: 2.25rem;
    margin-block: 0.25rem;
    padding: 0.125rem 0.625rem;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .distance {
    font-weight: bold;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (width < 56rem) {
    .filters-toggle {
      display: inline-block;
    }
    .filter-panel:not(.open) {
      display: none;
    }
    .option {
      min-height: 2.75rem;
    }
  }

  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
