/**
 * Loads the catalogue (built-in or `src`) and builds its search index, always
 * after the first paint: the crisis banner must never wait for data. Large
 * catalogues are parsed and indexed in slices between frames (see
 * `catalogue/load.ts`), so typing and painting never wait either.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { builtinCatalogue } from '../catalogue/builtin.js';
import { formatProblem } from '../catalogue/messages.js';
import type { Catalogue } from '../catalogue/schema.js';
import { prepareClock } from '../hours/status.js';
import { createCrisisMatcher, type CrisisMatcher } from '../search/crisis.js';
import { buildIndexInSlices, type SearchIndex } from '../search/build-index.js';
import { searchLanguages } from '../catalogue/text.js';
import { loadCatalogue } from '../catalogue/load.js';
import { dispatch } from './events.js';

export type CatalogueState =
  { status: 'loading' } | { status: 'ready'; catalogue: Catalogue; index: SearchIndex; crisis: CrisisMatcher } | { status: 'error' };

const LOG_PREFIX = 'Support Finder:';

/** Resolves once the browser has had a chance to paint what is already rendered. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    requestAnimationFrame(later);
    // Frames may never come (a background tab, an unfocused headless page):
    // the list must still load, so a timer stands in for the frame.
    setTimeout(resolve, 100);
  });
}

/** Built-in phrases only: the alert reads the query alone, while a catalogue loads, after it failed, or if it never arrives. */
const BUILT_IN_CRISIS = createCrisisMatcher();

export class CatalogueController implements ReactiveController {
  state: CatalogueState = { status: 'loading' };

  /** The crisis matcher for what is typed now: the catalogue's own phrases join once it is ready. */
  get crisis(): CrisisMatcher {
    return this.ready?.crisis ?? BUILT_IN_CRISIS;
  }

  /** The same, with the phrases a translation brings for its language; made again only when they or the catalogue change. */
  crisisWith(terms: readonly string[]): CrisisMatcher {
    if (!terms.length) return this.crisis;
    const made = this.withTerms;
    if (made?.[0] === terms && made[1] === this.ready) return made[2];
    const matcher = createCrisisMatcher([...(this.ready?.catalogue.crisis?.terms ?? []), ...terms]);
    this.withTerms = [terms, this.ready, matcher];
    return matcher;
  }
  private withTerms?: [readonly string[], unknown, CrisisMatcher];
  private abort?: AbortController;
  private src: string | null = null;
  private started = false;

  /** `lang`: the finder's language tag and its fallback (`fallback-lang`), whose text the index covers. */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private lang: () => readonly [string, string],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached after a removal that cancelled the load: start again.
    if (this.started && this.state.status === 'loading' && !this.abort) void this.load(this.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Loads `src`, or the built-in catalogue when `src` is empty. A newer call cancels an older one. */
  async load(src: string | null | undefined): Promise<void> {
    this.started = true;
    this.src = src || null;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.set({ status: 'loading' });
    try {
      await afterPaint();
      if (abort.signal.aborted) return;
      const fetching = this.src ? this.fetch(this.src, abort.signal) : undefined;
      prepareClock();
      const catalogue = fetching ? await fetching : builtinCatalogue;
      if (abort.signal.aborted) return;
      const index = await buildIndexInSlices(catalogue.resources, abort.signal, catalogue.synonyms, ...this.lang());
      if (abort.signal.aborted) return;
      // The catalogue's own crisis phrases join the built-in ones.
      this.set({ status: 'ready', catalogue, index, crisis: createCrisisMatcher(catalogue.crisis?.terms) });
      dispatch(this.host, 'support-finder-load', { status: 'ready', count: catalogue.resources.length });
    } catch (error) {
      if (abort.signal.aborted) return;
      console.error(LOG_PREFIX, 'the list of supports could not be loaded:', (error as Error).message);
      this.set({ status: 'error' });
      dispatch(this.host, 'support-finder-load', { status: 'error' });
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private async fetch(src: string, signal: AbortSignal): Promise<Catalogue> {
    const { catalogue, problems } = await loadCatalogue(src, signal);
    for (const problem of problems) {
      const line = `${LOG_PREFIX} in "${src}", ${formatProblem(problem)}`;
      if (problem.severity === 'error') console.warn(`${line} — this entry was skipped.`);
      else console.warn(line);
    }
    return catalogue!;
  }

  /**
   * Indexes the catalogue again when the finder's language needs other text
   * searched (`pa` after `en`); the old index answers until the new one is done.
   */
  async followLanguage(): Promise<void> {
    const ready = this.ready;
    const lang = this.lang();
    if (!ready || this.abort || searchLanguages(...lang).join() === ready.index.languages) return;
    const abort = (this.abort = new AbortController());
    // Rejects only when aborted: a new load or a removal took over, and `this.abort` is no longer ours.
    const index = await buildIndexInSlices(ready.catalogue.resources, abort.signal, ready.catalogue.synonyms, ...lang).catch(() => null);
    if (this.abort !== abort) return;
    this.abort = undefined;
    this.set({ ...ready, index: index! });
  }

  /** The catalogue and its index once ready. */
  get ready(): Extract<CatalogueState, { status: 'ready' }> | undefined {
    return this.state.status === 'ready' ? this.state : undefined;
  }

  private set(state: CatalogueState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
