/**
 * `sync-url`: keeps the search, the filters and "My list" in the URL fragment,
 * so a navigator can send a link that opens the same view. The fragment never
 * reaches a server, but it does reach browser history and whoever gets the
 * link, which is why this is opt-in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FACETS, type Selection } from '../search/facets.js';
import { readFragment, writeFragment } from './url-fragment.js';

/** What a link opens: the words searched, the category, the other filters and My list. */
export interface LinkedView {
  query?: string;
  category?: string;
  list?: readonly string[];
  selection: Selection;
}

/** Typing pauses this long before the address is rewritten (browsers throttle history calls). */
const WRITE_DELAY_MS = 300;

export class UrlSyncController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private get prefix(): string {
    return `sf-${this.host.id ? `${this.host.id}-` : ''}`;
  }

  read(): LinkedView {
    const { q, l, category, ...facets } = readFragment(location.hash, this.prefix);
    const selection: Selection = {};
    for (const f of [...FACETS, 'open', 'province'] as const) if (f !== 'category' && facets[f]) selection[f] = facets[f];
    return { query: q?.join(','), category: category?.[0], list: l, selection };
  }

  /** Replaces the current history entry: a keystroke must not add one to the Back button. */
  write({ query = '', category = '', list = [], selection }: LinkedView): void {
    const values: Record<string, readonly string[]> = { q: [query], l: list };
    for (const f of FACETS) values[f] = f === 'category' ? [category] : (selection[f] ?? []);
    values.open = selection.open ?? [];
    values.province = selection.province ?? [];
    clearTimeout(this.timer);
    const hash = writeFragment(location.hash, this.prefix, values);
    if (hash === location.hash) return;
    this.timer = setTimeout(() => history.replaceState(history.state, '', hash || location.pathname + location.search), WRITE_DELAY_MS);
  }
}
