/**
 * Fetches and validates a branch's catalogue. It decodes, parses and
 * validates it a few hundred entries at a time while it downloads, yielding to
 * the browser in between: a 50,000-entry directory (30+ MB) would otherwise
 * block typing and painting for seconds. What is wrong with a file is said
 * where it is found (the JSON path of what holds it), in the words of
 * `messages.ts`; the file is never fetched again to word an error.
 *
 * We chose slices on the main thread over a Web Worker: a worker needs either
 * a second file (the finder is one file by design) or a `blob:` URL, which a
 * strict `script-src 'self'` policy blocks unless the site adds `worker-src
 * blob:`; and the entries must come back to the page to be shown anyway.
 */
import { LOAD_ERRORS, loadError, READ_ERRORS, repeatedId, type PathSegment, type Problem } from './messages.js';
import { parseCatalogue, type ParseResult } from './parse.js';
import type { Resource } from './schema.js';
import { createCatalogueSplitter, SplitError } from './split-catalogue.js';
import { createSlicer } from '../scheduling/yield-to-main.js';

/** Why a catalogue could not be used, in words for the page's developer console. */
export class CatalogueLoadError extends Error {
  override name = 'CatalogueLoadError';
}

/** Bytes decoded and scanned at a time: a network chunk can be megabytes. */
const DECODE = 64 * 1024;

/**
 * Where loading gives up, so a file inflated from a small gzip, or a server
 * that stops sending, cannot hold the page: far above any real catalogue
 * (50,000 entries are about 30 MB). Tests lower them.
 */
export const LOAD_LIMITS = { maxBytes: 64 * 1024 * 1024, stallMs: 15_000 };

class Stalled extends Error {}

/** `promise`, or a Stalled rejection once nothing has happened for `ms`. */
function orStall<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const stall = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Stalled()), ms)));
  return Promise.race([promise, stall]).finally(() => clearTimeout(timer));
}

/** The browser's words for a JSON error, without the place in the text it was given (a batch, not the file). */
const jsonError = (error: unknown) =>
  READ_ERRORS.notJson((error as Error).message.replace(/ in JSON at position.*| is not valid JSON$/, ''));

export async function loadCatalogue(url: string, signal?: AbortSignal): Promise<ParseResult> {
  const limits = { ...LOAD_LIMITS };
  const fail = (why: string, path?: readonly PathSegment[]) => new CatalogueLoadError(loadError(url, why, path));
  const stalled = () => fail(LOAD_ERRORS.stalled(Math.round(limits.stallMs / 1000)));
  let response: Response;
  try {
    response = await orStall(fetch(url, { signal, credentials: 'same-origin' }), limits.stallMs);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof Stalled) throw stalled();
    throw fail(LOAD_ERRORS.network);
  }
  if (!response.ok) throw fail(LOAD_ERRORS.status(response.status));

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
      let entries: unknown[];
      try {
        entries = JSON.parse(`[${text}]`) as unknown[];
      } catch (error) {
        // Said in the first entry of the batch that is not valid JSON.
        let i = position;
        for (const entry of createCatalogueSplitter(0).push(`{"resources":[${text}]}`)) {
          try {
            if (!entry.trim()) throw error;
            JSON.parse(`[${entry}]`);
          } catch (e) {
            throw fail(jsonError(e), ['resources', i]);
          }
          i++;
        }
        // A comma after the last entry.
        throw fail(jsonError(error), ['resources']);
      }
      addBatch(entries);
      await pause();
    }
  };

  const decode = (run: () => string) => {
    try {
      return run();
    } catch {
      throw fail(LOAD_ERRORS.notUtf8);
    }
  };
  // A body-less answer (204) reads as an empty file.
  const reader = (response.body ?? new Blob().stream()).getReader();
  let received = 0;
  try {
    // Fatal, as the CLI refuses a byte that is not UTF-8 rather than guessing.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (;;) {
      const { done, value } = await orStall(reader.read(), limits.stallMs);
      if (done) break;
      received += value.length;
      if (received > limits.maxBytes) {
        throw fail(LOAD_ERRORS.tooLarge(Math.round(limits.maxBytes / (1024 * 1024))));
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
    if (error instanceof SplitError) throw fail(error.message, error.path);
    // A download cut short.
    throw fail(LOAD_ERRORS.cutShort);
  }

  let top: ParseResult;
  try {
    top = parseCatalogue(JSON.parse(splitter.rest()));
  } catch (error) {
    // A value outside the list of entries written wrongly (a number or an escape), which the splitter lets through.
    throw fail(jsonError(error), []);
  }
  if (!top.catalogue) throw fail(LOAD_ERRORS.catalogue(top.problems));
  return { catalogue: { ...top.catalogue, resources }, problems: [...top.problems, ...problems] };
}
