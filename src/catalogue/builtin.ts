/**
 * The catalogue built into the script. It was validated when it was built
 * (by the tests, or by `support-finder bundle`), so it is trusted here and
 * not re-validated on every page view.
 */
import data from '../../data/catalogue.json';
import type { Catalogue } from './schema.js';

export const builtinCatalogue = data as unknown as Catalogue;
