/**
 * Puts a catalogue into the engine-only script (`support-finder.core.iife.js`),
 * for `support-finder bundle` and anything else that wants a one-file finder.
 */
import type { Catalogue } from './schema.js';

/** The string the engine's placeholder module holds (see builtin-placeholder.ts). */
export const CATALOGUE_MARKER = '__SUPPORT_FINDER_CATALOGUE__';

// The minifier may write the marker in any of JavaScript's three quotes.
const QUOTED_MARKER = new RegExp(`(["'\`])${CATALOGUE_MARKER}\\1`, 'g');

/** Thrown when the engine file is not one `bundleScript` can fill. */
export class BundleError extends Error {
  override name = 'BundleError';
}

/**
 * The engine with `catalogue` built in. The catalogue goes in as a JSON
 * string literal that the engine parses once; `<` is escaped so the script
 * also stays safe if someone pastes it inside an HTML `<script>` element.
 */
export function bundleScript(engine: string, catalogue: Catalogue): string {
  const literal = JSON.stringify(JSON.stringify(catalogue)).replace(/</g, '\\u003c');
  let count = 0;
  const script = engine.replace(QUOTED_MARKER, () => {
    count += 1;
    return literal;
  });
  if (count === 0) throw new BundleError(`the engine script has no ${CATALOGUE_MARKER} marker; it is not the catalogue-free build`);
  return script;
}
