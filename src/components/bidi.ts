import { html } from 'lit';
import { NUMBER_RUN } from '../i18n/direction.js';

/**
 * A string table's sentence with each run of digits in `<bdi>`: "9-8-8" stays
 * "9-8-8" beside Arabic or Hebrew words, whatever a translator wrote around it.
 */
export const isolateNumbers = (text: string) => text.split(NUMBER_RUN).map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));
