/**
 * Loads a branch's catalogue like `loadCatalogue`, with the same lenient
 * validation, but decodes, parses and validates it a few hundred entries at a
 * time while it downloads, yielding to the browser in between: a
 * 50,000-entry directory (30+ MB) would otherwise block typing and painting
 * for seconds.
 *
 * We chose slices on the main thread over a Web Worker: a worker needs either
 * a second file (the finder is one file by design) or a `blob:` URL, which a
 * strict `script-src 'self'` policy blocks unless the site adds `worker-src
 * blob:`; and the entries must come back to the page to be shown anyway.
 */
import { CatalogueLoadError, loadCatalogue } from './load.js';
import { LOAD_ERRORS, repeatedId, type Problem } from './messages.js';
import { parseCatalogue, type ParseResult } from './parse.js';
import type { Resource } from './schema.js';
import { createCatalogueSplitter } from './split-catalogue.js';
import { createSlicer } from '../scheduling/yield-to-main.js';

/** Bytes decoded at a time: a network chunk can be megabytes. */
const DECODE = 256 * 1024;

export async function loadCatalogueInSlices(url: string, signal?: AbortSignal): Promise<ParseResult> {
  // A file that is not JSON, or not a catalogue, goes to `loadCatalogue`: the
  // browser's words for a JSON error name a place in the whole text, which a
  // stream read in slices does not keep. A failed request is worded here.
  const fallback = () => loadCatalogue(url, signal);
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CatalogueLoadError(LOAD_ERRORS.network(url));
  }
  if (!response.ok) throw new CatalogueLoadError(LOAD_ERRORS.status(url, response.status));
  if (!response.body) return fallback();

  const pause = createSlicer(signal);
  const splitter = createCatalogueSplitter();
  const resources: Resource[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();

  const take = async (batches: string[]) => {
    for (const text of batches) {
      addBatch(JSON.parse(`[${text}]`) as unknown[]);
      await pause();
    }
  };

  let position = 0;
  const addBatch = (batch: unknown[]) => {
    const result = parseCatalogue({ version: 1, resources: batch });
    for (const problem of result.problems) {
      const [root, index, ...path] = problem.path;
      problems.push(root === 'resources' && typeof index === 'number' ? { ...problem, path: [root, index + position, ...path] } : problem);
    }
    for (const resource of result.catalogue?.resources ?? []) {
      if (seen.has(resource.id)) {
        problems.push(repeatedId(position + batch.findIndex((entry) => (entry as { id?: unknown } | null)?.id === resource.id), resource.id));
      } else {
        seen.add(resource.id);
        resources.push(resource);
      }
    }
    position += batch.length;
  };

  try {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = 0; at < value.length; at += DECODE) {
        await take(splitter.push(decoder.decode(value.subarray(at, at + DECODE), { stream: true })));
      }
    }
    const last = await splitter.end(pause);
    if (!last) return fallback();
    await take(last);
  } catch (error) {
    if (signal?.aborted) throw error;
    // A batch that is not JSON, or a download cut short.
    return fallback();
  }

  let top: ParseResult;
  try {
    top = parseCatalogue(JSON.parse(splitter.rest()));
  } catch {
    return fallback();
  }
  if (!top.catalogue) return fallback();
  return { catalogue: { ...top.catalogue, resources }, problems: [...top.problems, ...problems] };
}
