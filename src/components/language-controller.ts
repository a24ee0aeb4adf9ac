/** Keeps the finder's language (any BCP 47 tag) in step with its own and its ancestors' `lang`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../catalogue/schema.js';
import { englishOrFrench, resolveLanguage } from '../i18n/language.js';

export class LanguageController implements ReactiveController {
  /** The tag as the page wrote it (`pa-IN`, `fr-CA`…). */
  tag = 'en';
  /** English or French, for what speaks only those two (the builder's own words). */
  get value(): Language {
    return englishOrFrench(this.tag);
  }
  private observer?: MutationObserver;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.tag = resolveLanguage(this.host);
    // Any `lang` change above us may change ours; the filter keeps this cheap.
    this.observer = new MutationObserver(() => this.refresh());
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    this.observer.observe(this.host.ownerDocument.documentElement, options);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) this.observer.observe(root, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const next = resolveLanguage(this.host);
    if (next !== this.tag) {
      this.tag = next;
      this.host.requestUpdate();
    }
  }
}
