/** Ids for new and copied entries: readable slugs that never collide with an existing id. */
import { foldAccents } from '../search/fold.js';

/**
 * `"Clinique de thérapie"` → `clinique-de-therapie`, then `-2`, `-3`… until
 * the id is free. Falls back to `fallback` when the text has no letters or digits.
 */
export function uniqueId(text: string, taken: Iterable<string>, fallback = 'new-support'): string {
  const used = new Set(taken);
  const slug =
    foldAccents(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  if (!used.has(slug)) return slug;
  let n = 2;
  while (used.has(`${slug}-${n}`)) n += 1;
  return `${slug}-${n}`;
}
