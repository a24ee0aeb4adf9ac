/**
 * The shortlist ("My list"): ids of the supports a person picked, in the order
 * picked. It lives in memory only, unless the page opts in to keeping it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Catalogue, Resource } from '../catalogue/schema.js';

export class ListController {
  ids: readonly string[] = [];
  private catalogue?: Catalogue;
  private byId?: Map<string, Resource>;

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
    this.host.requestUpdate();
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
