import { css } from 'lit';
import { bannerStyles } from './banner.styles.js';
import { filterStyles } from './filter-column.styles.js';
import { layoutStyles } from './layout.styles.js';
import { resultStyles } from './result-list.styles.js';

/**
 * Inherited properties are set on :host over a small reset, so a host page's
 * aggressive CSS (tiny fonts, white links, `all: unset` on buttons) cannot make
 * the finder unreadable. Colours come from a few `--sf-*` properties.
 */
const baseStyles = css`
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

  @media (forced-colors: active) {
    button,
    .action {
      border: 2px solid ButtonText;
      forced-color-adjust: auto;
    }
  }
  /*
   * Printing gives a sheet to hand to someone: the crisis lines, then the
   * list (or the results, when the list is closed) with numbers and web
   * addresses written out, and no controls. Each part's styles say what it keeps.
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
    button {
      display: none !important;
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

/** The finder's styles, one sheet per part, each with its own forced-colours and print rules. */
export const finderStyles = [baseStyles, bannerStyles, layoutStyles, filterStyles, resultStyles];
