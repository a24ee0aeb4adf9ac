import { css } from 'lit';

/**
 * The builder is a tool page, not an embed: plain, high-contrast, with the
 * finder's colour properties so a branch's theme carries over to its preview.
 */
export const styles = css`
  :host {
    --_error: #b00020;
    display: block;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sf-font-size, 1rem);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_error: #ff8a80;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .builder {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'start' 'file' 'entries' 'editor' 'health' 'preview' 'download';
  }
  @media (min-width: 56rem) {
    .builder {
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 3fr);
      grid-template-areas: 'start start' 'file file' 'entries editor' 'health health' 'preview preview' 'download download';
    }
    /* With no entry open, the list takes the editor's place too, rather than a narrow column beside an empty one. */
    .entries:has(+ .health) {
      grid-column: 1 / 3;
    }
  }
  /* Wide screens keep the preview beside the forms, so an edit and its effect are both in view. */
  @media (min-width: 80rem) {
    .builder {
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 3fr) minmax(0, 3fr);
      grid-template-areas: 'start start download' 'file file preview' 'entries editor preview' 'health health preview';
      /* The tall preview's height goes to the last row, not in bands between the forms beside it. */
      grid-template-rows: auto auto auto 1fr;
    }
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
    }
  }
  .start {
    grid-area: start;
  }
  .file {
    grid-area: file;
  }
  .entries {
    grid-area: entries;
  }
  .editor {
    grid-area: editor;
  }
  .preview {
    grid-area: preview;
  }
  .health {
    grid-area: health;
  }
  .todo {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-inline-start: 5px solid var(--_border);
    background: var(--_surface);
  }
  .entry-todo {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .download {
    grid-area: download;
  }
  section {
    display: grid;
    /* One column as wide as the section: a wide control (the file input) wraps instead of widening the page at 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    align-content: start;
    min-width: 0;
  }
  input[type='file'] {
    max-width: 100%;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .start-actions,
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  button,
  .button {
    display: inline-block;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent-text);
    background: var(--_accent);
    font-weight: bold;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    color: var(--_accent);
    background: var(--_bg);
  }
  button.warning-button {
    color: var(--_error);
    background: var(--_bg);
    border-color: var(--_error);
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    color: var(--_accent);
    background: none;
    font-weight: normal;
    text-decoration: underline;
  }

  .entry-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
    max-height: 70vh;
    overflow-y: auto;
  }
  .entry {
    width: 100%;
    display: grid;
    text-align: start;
    color: var(--_text);
    background: var(--_surface);
    border-color: transparent;
    font-weight: normal;
  }
  .entry[aria-current='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 6px;
  }
  .entry-name {
    font-weight: bold;
  }
  .entry-id {
    color: var(--_muted);
    font-size: 0.875em;
    font-family: ui-monospace, monospace;
  }
  .entry-problems {
    color: var(--_error);
    font-size: 0.875em;
    font-weight: bold;
  }

  .warning,
  .open-report {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .downloads {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  support-finder {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .storage {
    display: grid;
    gap: 0.5rem;
  }
  dialog {
    max-width: min(40rem, calc(100vw - 2rem));
    padding: 1.5rem;
    color: var(--_text);
    background: var(--_bg);
    border: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  dialog > * + * {
    margin-top: 0.75rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .after-download,
  .columns {
    display: grid;
    gap: 0.5rem;
  }
  .after-download pre {
    margin: 0;
    padding: 0.75rem;
    overflow-x: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .columns table {
    border-collapse: collapse;
    width: 100%;
  }
  .columns :is(th, td) {
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .health-groups {
    display: grid;
    gap: 0.5rem;
  }
`;
