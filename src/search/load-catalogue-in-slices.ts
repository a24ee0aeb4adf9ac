/**
 * Loads a branch's catalogue like `loadCatalogue`, with the same lenient
 * validation, but parses and validates it a few hundred entries at a time,
 * yielding to the browser in between: a 50,000-entry directory (30+ MB) would
 * otherwise block typing and painting for over a second.
 *
 * We chose slices on the main thread over a Web Worker: a worker needs either
 * a second file (the finder is one file by design) or a `blob:` URL, which a
 * strict `script-src 'self'` policy blocks unless the site adds `worker-src
 * blob:`; and the entries must come back to the page to be shown anyway.
 */
import { loadCatalogue } from '../catalogue/load.js';
import type { Problem } from '../catalogue/messages.js';
import { parseCatalogue, type ParseResult } from '../catalogue/parse.js';
import type { Resource } from '../catalogue/schema.js';
import { splitCatalogue } from './split-catalogue.js';
import { createSlicer } from './yield-to-main.js';

/** Entries parsed and validated per step: about 2–4 ms of work. */
const BATCH = 100;

export async function loadCatalogueInSlices(url: string, signal?: AbortSignal): Promise<ParseResult> {
  // Anything but a readable, well-formed file goes to `loadCatalogue`, the one
  // place that words load errors; it fetches again, which costs only when the
  // first try has already failed.
  const fallback = () => loadCatalogue(url, signal);
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return fallback();
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    return fallback();
  }
  const pause = createSlicer(signal);
  const parts = await splitCatalogue(text, pause);
  if (!parts) return fallback();

  let top: ParseResult;
  try {
    top = parseCatalogue(JSON.parse(parts.head));
  } catch {
    return fallback();
  }
  if (!top.catalogue) return fallback();

  const { entries } = parts;
  const resources: Resource[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (let first = 0; first < entries.length / 2; first += BATCH) {
    const last = Math.min(first + BATCH, entries.length / 2) - 1;
    let batch: unknown[];
    try {
      batch = JSON.parse(`[${text.slice(entries[first * 2]!, entries[last * 2 + 1]!)}]`);
    } catch {
      return fallback();
    }
    if (batch.length !== last - first + 1) return fallback();
    const result = parseCatalogue({ version: 1, resources: batch });
    for (const problem of result.problems) {
      if (problem.path[0] === 'resources' && typeof problem.path[1] === 'number') {
        problems.push({ ...problem, path: ['resources', problem.path[1] + first, ...problem.path.slice(2)] });
      } else problems.push(problem);
    }
    for (const resource of result.catalogue?.resources ?? []) {
      if (seen.has(resource.id)) {
        const index = first + batch.findIndex((entry) => (entry as { id?: unknown })?.id === resource.id);
        problems.push({
          severity: 'error',
          path: ['resources', index, 'id'],
          id: resource.id,
          message: 'repeats an id already used by an earlier resource; every id must be unique',
        });
      } else {
        seen.add(resource.id);
        resources.push(resource);
      }
    }
    await pause();
  }
  return { catalogue: { ...top.catalogue, resources }, problems: [...top.problems, ...problems] };
}
