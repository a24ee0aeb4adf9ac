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
import { formatProblem, LOAD_ERRORS, repeatedId, type Problem } from './messages.js';
import { parseCatalogue, type ParseResult } from './parse.js';
import type { Resource } from './schema.js';
import { createCatalogueSplitter, SplitError } from './split-catalogue.js';
import { createSlicer } from '../scheduling/yield-to-main.js';

/** Bytes decoded and scanned at a time: a network chunk can be megabytes. */
const DECODE = 64 * 1024;

/**
 * Where loading gives up, so a file inflated from a small gzip, or a server
 * that stops sending, cannot hold the page: far above any real catalogue
 * (50,000 entries are about 30 MB). Tests lower them.
 */
export const LOAD_LIMITS = { maxBytes: 64 * 1024 * 1024, stallMs: 15_000 };

/** A broken small file is read again whole, so its error is worded as `loadCatalogue` words it. */
const REREAD_BELOW = 1024 * 1024;

class Stalled extends Error {}

/** `promise`, or a Stalled rejection once nothing has happened for `ms`. */
function orStall<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const stall = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Stalled()), ms)));
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export async function loadCatalogueInSlices(url: string, signal?: AbortSignal): Promise<ParseResult> {
  // A file that is not JSON, or not a catalogue, goes to `loadCatalogue`: the
  // browser's words for a JSON error name a place in the whole text, which a
  // stream read in slices does not keep. A failed request is worded here.
  const limits = { ...LOAD_LIMITS };
  const fallback = () => loadCatalogue(url, signal);
  const stalled = () => new CatalogueLoadError(`"${url}" stopped arriving: nothing came for ${Math.round(limits.stallMs / 1000)} s`);
  let response: Response;
  try {
    response = await orStall(fetch(url, { signal, credentials: 'same-origin' }), limits.stallMs);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof Stalled) throw stalled();
    throw new CatalogueLoadError(LOAD_ERRORS.network(url));
  }
  if (!response.ok) throw new CatalogueLoadError(LOAD_ERRORS.status(url, response.status));
  if (!response.body) return fallback();

  const pause = createSlicer(signal);
  const splitter = createCatalogueSplitter();
  const resources: Resource[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let position = 0;

  const addBatch = (batch: unknown[]) => {
    // An entry with a field written twice is left out, as the CLI refuses it.
    const repeated = new Set<number>();
    batch.forEach((_, i) => {
      if (splitter.repeatedFields.has(position + i)) {
        repeated.add(i);
        batch[i] = null;
      }
    });
    const result = parseCatalogue({ version: 1, resources: batch });
    for (const problem of result.problems) {
      const [root, index, ...path] = problem.path;
      if (root === 'resources' && typeof index === 'number') {
        if (repeated.has(index)) continue;
        problems.push({ ...problem, path: [root, index + position, ...path] });
      } else problems.push(problem);
    }
    for (const i of repeated) problems.push(splitter.repeatedFields.get(position + i)!);
    for (const resource of result.catalogue?.resources ?? []) {
      if (seen.has(resource.id)) {
        problems.push(
          repeatedId(position + batch.findIndex((entry) => (entry as { id?: unknown } | null)?.id === resource.id), resource.id),
        );
      } else {
        seen.add(resource.id);
        resources.push(resource);
      }
    }
    position += batch.length;
  };

  const take = async (batches: string[]) => {
    for (const text of batches) {
      addBatch(JSON.parse(`[${text}]`) as unknown[]);
      await pause();
    }
  };

  const decode = (run: () => string) => {
    try {
      return run();
    } catch {
      throw new CatalogueLoadError(`"${url}" is not UTF-8 text: save it as UTF-8`);
    }
  };
  const reader = response.body.getReader();
  let received = 0;
  try {
    // Fatal, as the CLI refuses a byte that is not UTF-8 rather than guessing.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (;;) {
      const { done, value } = await orStall(reader.read(), limits.stallMs);
      if (done) break;
      received += value.length;
      if (received > limits.maxBytes) {
        throw new CatalogueLoadError(
          `"${url}" is larger than ${MB(limits.maxBytes)} (decompressed), far more than a catalogue needs, so it was not read`,
        );
      }
      for (let at = 0; at < value.length; at += DECODE) {
        await take(splitter.push(decode(() => decoder.decode(value.subarray(at, at + DECODE), { stream: true }))));
        await pause();
      }
    }
    await take(splitter.push(decode(() => decoder.decode())));
    await take(splitter.end());
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (signal?.aborted) throw error;
    if (error instanceof CatalogueLoadError) throw error;
    if (error instanceof Stalled) throw stalled();
    if (error instanceof SplitError && error.refused) throw new CatalogueLoadError(`"${url}": ${error.message}`);
    // A batch that is not JSON, a file that is not one object, or a download cut short.
    if (received <= REREAD_BELOW) return fallback();
    if (error instanceof TypeError) throw new CatalogueLoadError(`could not fetch "${url}": the download was cut short`);
    throw new CatalogueLoadError(`"${url}" is not valid JSON: ${(error as Error).message}`);
  }

  let top: ParseResult;
  try {
    top = parseCatalogue(JSON.parse(splitter.rest()));
  } catch {
    return fallback();
  }
  if (!top.catalogue) {
    // Worded as loadCatalogue words it.
    throw new CatalogueLoadError(`"${url}" is not a valid catalogue:\n  ${top.problems.map(formatProblem).join('\n  ')}`);
  }
  return { catalogue: { ...top.catalogue, resources }, problems: [...top.problems, ...problems] };
}
