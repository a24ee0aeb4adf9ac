/**
 * The catalogue built into the script. It was validated when it was built
 * (by the tests, or by `support-finder bundle`), so it is trusted here and
 * not re-validated on every page view. The build stores it field by field
 * (compact.ts); it is read back here once.
 */
import data from '../../data/catalogue.json';
import { expandCatalogue } from './compact.js';

export const builtinCatalogue = expandCatalogue(data);
