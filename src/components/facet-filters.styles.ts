import { css } from 'lit';

export const facetStyles = css`
  .facet-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .facets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: 0.5rem 1rem;
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
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .distance {
    font-weight: bold;
  }
  /* Phones: the facets fold under a button, so the first results stay near the top. */
  .facets-toggle {
    display: none;
  }
  @media (max-width: 40rem) {
    .facets-toggle {
      display: inline-block;
    }
    .option {
      min-height: 2.75rem;
    }
    .facets:not(.open) {
      display: none;
    }
  }
`;
