/**
 * Stands in for the built-in catalogue in the engine-only build
 * (`dist/support-finder.core.iife.js`). `support-finder bundle` replaces the
 * marker string with a branch's validated catalogue as a JSON string, parsed
 * once at start-up (faster for engines than a large object literal).
 */
import type { Catalogue } from './schema.js';

const EMBEDDED: string = '__SUPPORT_FINDER_CATALOGUE__';

export const builtinCatalogue: Catalogue = EMBEDDED.charAt(0) === '{' ? JSON.parse(EMBEDDED) : { version: 1, resources: [] };
