import { css } from 'lit';

/** The results, and My list that shows them too. */
export const resultStyles = css`
  /*
   * Block flow with margins, not grids: a keystroke lays out every result
   * drawn again, and a grid sizes its items twice (their intrinsic sizes,
   * then the track's), grid inside grid, which was most of a keystroke's work.
   */
  .results > * + * {
    margin-top: 0.75rem;
  }
  .result > * + * {
    margin-top: 0.375rem;
  }
  .details > * + * {
    margin-top: 0.125rem;
  }
  .result {
    padding: 1rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result-name {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .result-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
  }
  .badge {
    font-weight: bold;
  }
  .hours-status,
  .details {
    font-size: 0.9375em;
  }
  dt,
  dd {
    display: inline;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin-inline-start: 0.375rem;
  }
  dt::after {
    content: ':';
  }
  .finder:lang(fr) dt::after {
    content: '\\00a0:';
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.625rem;
  }
  .action {
    text-decoration: underline;
  }
  .add,
  .show-more {
    justify-self: start;
  }
  .list-view {
    display: grid;
    gap: 1rem;
  }
  .list-title {
    font-size: 1.25em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .copy-status {
    flex-basis: 100%;
  }
  .copy-text {
    width: 100%;
    font: inherit;
  }

  @media (forced-colors: active) {
    .result {
      border: 2px solid CanvasText;
    }
    /* The words found stay marked in the high-contrast palette's own highlight colours. */
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  /* The printed list: numbers and web addresses written out, no controls. */
  @media print {
    .action {
      min-height: 0;
      padding: 0;
      border: 0;
      color: #000 !important;
      background: none !important;
      text-decoration: none;
    }
    .tools,
    textarea,
    .result-meta,
    .description,
    .detail:not(.keep),
    .host {
      display: none !important;
    }
    .result {
      padding: 0;
      border: 0;
      background: none;
      break-inside: avoid;
    }
    /* A web address reads left to right on a right-to-left sheet too. */
    .action[target]::after {
      content: attr(href);
      direction: ltr;
      unicode-bidi: isolate;
    }
  }
`;
