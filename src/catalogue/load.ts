/** Fetches and validates a branch's catalogue. */
import { LOAD_ERRORS } from './messages.js';
import { parseCatalogue, type ParseResult } from './parse.js';

/** Why a catalogue could not be used, in words for the page's developer console. */
export class CatalogueLoadError extends Error {
  override name = 'CatalogueLoadError';
}

/**
 * Loads `url` as a catalogue. Throws `CatalogueLoadError` when nothing usable
 * came back; a file with some bad entries resolves with those entries dropped
 * and listed in `problems`.
 */
export async function loadCatalogue(url: string, signal?: AbortSignal): Promise<ParseResult> {
  let response: Response;
  try {
    // No cookies to other origins: a catalogue is public data.
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CatalogueLoadError(LOAD_ERRORS.network(url));
  }
  if (!response.ok) {
    throw new CatalogueLoadError(LOAD_ERRORS.status(url, response.status));
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CatalogueLoadError(LOAD_ERRORS.json(url, (error as Error).message));
  }
  const result = parseCatalogue(json);
  if (!result.catalogue) throw new CatalogueLoadError(LOAD_ERRORS.catalogue(url, result.problems));
  return result;
}
