import { css } from 'lit';

/** The form's controls, fieldsets and error states (GOV.UK's red bar and bold message). */
export const formStyles = css`
  .resource-form,
  .file-form {
    display: grid;
    gap: 1rem;
  }
  .resource-form h3 {
    font-size: 1.125em;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    align-content: start;
  }
  .row,
  .pair-controls {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  fieldset {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  fieldset.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  legend,
  label {
    font-weight: bold;
  }
  legend {
    padding: 0 0.25rem;
  }
  .required {
    font-weight: normal;
    color: var(--_muted);
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .control > :is(input, textarea) {
    flex: 1 1 12rem;
    min-width: 0;
  }
  :is(.field, fieldset) > .fix {
    justify-self: start;
    margin-top: 0.5rem;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    resize: vertical;
  }
  .choice-list {
    display: grid;
    gap: 0.25rem 1rem;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .choice label {
    font-weight: normal;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .has-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }
  .error-message {
    display: grid;
    color: var(--_error);
    font-weight: bold;
  }
  .error-summary,
  .open-error {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary h3 {
    font-size: 1.125em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }
`;
