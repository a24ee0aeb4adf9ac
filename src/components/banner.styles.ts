import { css } from 'lit';

/** The crisis banner and the crisis alert: what saves lives stays readable in every layout, colour scheme and on paper. */
export const bannerStyles = css`
  .banner {
    position: sticky;
    top: var(--sf-banner-top, 0px);
    z-index: 2;
    display: block !important;
    visibility: visible !important;
    padding: 0.75rem 1rem;
    color: var(--_crisis-text);
    background: var(--_crisis-bg);
    border-block-end: 2px solid var(--_crisis-text);
  }
  .banner-intro {
    font-size: 1em;
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
    margin-block-end: 0.25rem;
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
  .lines {
    margin-block-start: 0.5rem;
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
  /*
   * A narrow finder (a phone, or a sidebar) or a short window (zoom, a phone
   * held sideways): the sticky banner must not eat the screen. The buttons
   * carry the numbers, so the labels and small print stay for screen readers
   * only, and every call or text button flows on shared rows.
   */
  @container (width < 30rem) {
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
    /* Right first, for browsers without inline-end: the finder's end side, left in right-to-left text. */
    .quick-exit {
      float: right;
      float: inline-end;
      margin-block: 0 0.25rem;
      margin-inline: 0.5rem 0;
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
      margin-block-start: 0.25rem;
      font-size: 0.9375em;
    }
    .line-hours,
    .line-region {
      font-size: 0.875em;
    }
  }
  /* The window's height, not the finder's: the banner sticks to the window. One row of buttons, every number kept. */
  @media (max-height: 32rem) {
    .banner {
      display: flex !important;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      padding: 0.25rem 0.5rem;
      font-size: 0.875em;
    }
    .banner-intro,
    .banner-note,
    .quick-exit-note,
    .banner-item > strong,
    .line-name,
    .line-hours,
    .line-region {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .quick-exit,
    .banner-main,
    .banner-item,
    .banner-actions,
    .lines,
    .line,
    .line-actions {
      display: contents;
    }
    .quick-exit-button,
    .crisis-link {
      min-height: 2rem;
      padding: 0.125rem 0.375rem;
    }
  }

  @media (forced-colors: active) {
    .banner,
    .crisis-alert {
      border: 2px solid CanvasText;
    }
    .crisis-link {
      border: 2px solid ButtonText;
      forced-color-adjust: auto;
    }
  }
  @media print {
    .banner {
      position: static;
      color: #000;
      background: none;
      border: 2px solid;
    }
    .crisis-link {
      min-height: 0;
      padding: 0;
      border: 0;
      color: #000 !important;
      background: none !important;
      text-decoration: none;
    }
    .quick-exit,
    .banner-actions,
    .crisis-alert {
      display: none !important;
    }
  }
`;
