import { css } from 'lit';

/**
 * The colour tokens behind the documented `--sf-*` properties, light and dark.
 * Shared by the finder and the builder page, so a branch's theme looks the
 * same in the builder's preview as on its site.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--sf-accent, #00548a);
    --_accent-text: var(--sf-accent-text, #ffffff);
    --_text: var(--sf-text-color, #1b1b1b);
    --_muted: var(--sf-muted-color, #4a4a4a);
    --_bg: var(--sf-background, #ffffff);
    --_surface: var(--sf-surface, #f3f5f7);
    --_border: var(--sf-border-color, #6b7177);
    --_focus: var(--sf-focus-color, #b35c00);
    --_radius: var(--sf-radius, 0.375rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--sf-accent, #8cc8ff);
      --_accent-text: var(--sf-accent-text, #0b1a26);
      --_text: var(--sf-text-color, #f1f1f1);
      --_muted: var(--sf-muted-color, #c8c8c8);
      --_bg: var(--sf-background, #161a1d);
      --_surface: var(--sf-surface, #22282d);
      --_border: var(--sf-border-color, #9aa3ab);
      --_focus: var(--sf-focus-color, #ffb866);
    }
  }
`;
