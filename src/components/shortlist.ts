/**
 * The shortlist ("My list"): ids of the supports a person picked, in the order
 * picked. It lives in memory only, unless the page opts in with `persist-list`
 * to keeping the ids (and nothing else) in localStorage.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, Resource } from '../catalogue/schema.js';

export class Shortlist {
  ids: readonly string[] = [];
  private catalogue?: Catalogue;
  private byId?: Map<string, Resource>;
  private key?: string;

  constructor(private host: ReactiveControllerHost) {}

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /** Adds or removes one support; true when it is now in the list. */
  toggle(id: string): boolean {
    const had = this.has(id);
    this.set(had ? this.ids.filter((i) => i !== id) : [...this.ids, id]);
    return !had;
  }

  set(ids: readonly string[]): void {
    this.ids = ids;
    // Storage can be off or full (private windows, sandboxed frames): the list then stays in memory.
    try {
      if (this.key && ids.length) localStorage.setItem(this.key, JSON.stringify(ids));
      else if (this.key) localStorage.removeItem(this.key);
    } catch {}
    this.host.requestUpdate();
  }

  /** Keeps the list in localStorage under `key`, joined with what is kept there; no key: memory only. */
  store(key: string | undefined): void {
    if (key === this.key) return;
    this.key = key;
    if (!key) return;
    let kept: unknown = [];
    try {
      kept = JSON.parse(localStorage.getItem(key) ?? '[]');
    } catch {}
    const ids = Array.isArray(kept) ? kept.filter((id) => typeof id === 'string') : [];
    this.set([...new Set([...ids, ...this.ids])]);
  }

  /**
   * The chosen supports of `catalogue`, in order. Ids it does not hold (a list
   * kept from an older catalogue, an edited link) are dropped quietly.
   */
  resources(catalogue: Catalogue): Resource[] {
    if (catalogue !== this.catalogue) {
      this.catalogue = catalogue;
      this.byId = undefined;
    }
    if (!this.ids.length) return [];
    this.byId ??= new Map(catalogue.resources.map((r) => [r.id, r]));
    const found = this.ids.flatMap((id) => this.byId!.get(id) ?? []);
    if (found.length < this.ids.length) this.ids = found.map((r) => r.id);
    return found;
  }
}
