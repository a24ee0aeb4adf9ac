/**
 * The catalogue checked by the zod schema itself: what the CLI uses. The
 * finder and the builder page use check.ts instead, which
 * test/catalogue/check-matches-zod.node.test.ts holds to the same answers.
 */
import type { Checks } from './parse.js';
import { CatalogueSchema, CrisisLineSchema, ResourceSchema } from './schema.js';

export const zodChecks: Checks = {
  top: (value) => CatalogueSchema.safeParse(value, { reportInput: true }),
  resource: (value) => ResourceSchema.safeParse(value, { reportInput: true }),
  line: (value) => CrisisLineSchema.safeParse(value, { reportInput: true }),
};
