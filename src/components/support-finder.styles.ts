import { css } from 'lit';

/**
 * Inherited properties are set on :host over a small reset, so a host page's
 * aggressive CSS (tiny fonts, white links, `all: unset` on buttons) cannot make
 * the finder unreadable. Colours come from a few `--sf-*` properties.
 */
export const styles = css`
  :host {
    --_crisis-bg: var(--sf-crisis-background, #9b1c1c);
    --_crisis-text: var(--sf-crisis-color, #ffffff);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sf-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_crisis-bg: var(--sf-crisis-background, #7a1414);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box !important;
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a,
  button,
  input {
    font: inherit;
    letter-spacing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus) !important;
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .banner {
    position: sticky;
    top: 0;
    z-index: 2;
    display: block !important;
    visibility: visible !important;
    padding: 0.75rem 1rem;
    color: var(--_crisis-text);
    background: var(--_crisis-bg);
    border-bottom: 2px solid var(--_crisis-text);
  }
  .banner-intro {
    font-weight: bold;
  }
  .banner-main {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin-block: 0.25rem;
  }
  .banner-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .banner-actions,
  .line-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .crisis-link {
    display: inline-block;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    line-height: 1.5;
    border-radius: var(--_radius);
    color: var(--_crisis-bg) !important;
    background: var(--_crisis-text) !important;
    font-weight: bold;
    text-decoration: underline;
  }
  .quick-exit {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.25rem;
    text-align: end;
  }
  .quick-exit-button {
    color: var(--_crisis-bg) !important;
    background: var(--_crisis-text) !important;
    border-color: var(--_crisis-text);
    font-weight: bold;
  }
  .quick-exit-note {
    font-size: 0.8125em;
  }
  .crisis-alert {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    color: var(--_crisis-text);
    background: var(--_crisis-bg);
    border-radius: var(--_radius);
  }
  .crisis-alert-title {
    font-weight: bold;
    font-size: 1.125em;
  }
  .banner-note {
    font-size: 0.875em;
  }
  /* On a phone the sticky banner keeps what saves lives and drops the small print. */
  /*
   * On a phone the sticky banner must not eat the screen: the buttons carry
   * the numbers, so the labels and small print stay for screen readers only,
   * and every call or text button flows on shared rows.
   */
  @media (max-width: 30rem) {
    .banner {
      padding: 0.375rem 0.625rem;
      font-size: 0.9375em;
    }
    .banner-note,
    .quick-exit-note,
    .banner-item > strong {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .quick-exit {
      float: right;
      margin: 0 0 0.25rem 0.5rem;
    }
    .quick-exit-button {
      min-height: 2.25rem;
      padding: 0.25rem 0.625rem;
    }
    .banner-intro {
      font-size: 0.9375em;
    }
    .banner-item,
    .banner-main .banner-actions {
      display: contents;
    }
    .banner-main {
      gap: 0.25rem;
    }
    .crisis-link {
      padding: 0.25rem 0.5rem;
    }
    .lines {
      margin-top: 0.25rem;
      font-size: 0.9375em;
    }
    .line-hours,
    .line-region {
      font-size: 0.875em;
    }
  }
  .lines {
    margin-top: 0.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .line-name {
    font-weight: bold;
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
    scroll-margin-top: calc(var(--_banner, 0px) + 0.5rem);
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .search {
    display: grid;
    gap: 0.5rem;
  }
  label {
    font-weight: bold;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  input[type='search'] {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    appearance: none;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .filter-label {
    flex-basis: 100%;
    font-weight: bold;
  }
  /* inline-block, not flex: flex would drop the spaces between text pieces. */
  button,
  .action {
    display: inline-block;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.875rem;
    line-height: 1.5;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent) !important;
    background: var(--_bg);
    cursor: pointer;
    text-align: start;
    text-decoration: none;
  }
  .filter[aria-pressed='true'] {
    color: var(--_accent-text) !important;
    background: var(--_accent);
    font-weight: bold;
  }
  .count {
    font-weight: bold;
  }
  .count-bar,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .tools {
    justify-content: start;
  }
  .list-view {
    display: grid;
    gap: 1rem;
  }
  .list-title {
    font-size: 1.25em;
  }
  .add {
    justify-self: start;
  }
  .copy-status {
    flex-basis: 100%;
  }
  .copy-text {
    width: 100%;
    font: inherit;
  }
  .results {
    display: grid;
    gap: 0.75rem;
  }
  .result {
    display: grid;
    gap: 0.375rem;
    padding: 1rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Results below the fold skip layout and paint: most of a keystroke's rendering cost. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
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
  .hours-status {
    font-size: 0.9375em;
  }
  .details {
    display: grid;
    gap: 0.125rem;
    font-size: 0.9375em;
  }
  .detail {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  dt {
    font-weight: bold;
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
    margin-top: 0.25rem;
  }
  .action {
    text-decoration: underline;
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

  @media (forced-colors: active) {
    .banner,
    .crisis-alert,
    .result,
    .empty,
    .error {
      border: 2px solid CanvasText;
    }
    .crisis-link,
    button,
    .action {
      border: 2px solid ButtonText;
      forced-color-adjust: auto;
    }
    .filter[aria-pressed='true'] {
      border-width: 4px;
    }
    /* The words found stay marked in the high-contrast palette's own highlight colours. */
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  /*
   * Printing gives a sheet to hand to someone: the crisis lines, then the
   * list (or the results, when the list is closed) with numbers and web
   * addresses written out, and no controls.
   */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    *,
    :focus-visible {
      outline: none !important;
    }
    .banner {
      position: static;
      color: #000;
      background: none;
      border: 2px solid;
    }
    .crisis-link,
    .action {
      min-height: 0;
      padding: 0;
      border: 0;
      color: #000 !important;
      background: none !important;
      text-decoration: none;
    }
    .search,
    .tools,
    button,
    textarea,
    .quick-exit,
    .banner-actions,
    .crisis-alert,
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
      content-visibility: visible;
    }
    .action[target]::after {
      content: attr(href);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
