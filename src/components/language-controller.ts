/** Keeps the finder's language in step with its own and its ancestors' `lang`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../catalogue/schema.js';
import { resolveLanguage, resolveLanguageTag } from '../i18n/language.js';

export class LanguageController implements ReactiveController {
  value: Language = 'en';
  /** The language as the page wrote it (`pa`, `fr-CA`): catalogue text and search follow it. */
  tag = 'en';
  private observer?: MutationObserver;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = resolveLanguage(this.host);
    this.tag = resolveLanguageTag(this.host);
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
    const tag = resolveLanguageTag(this.host);
    if (next !== this.value || tag !== this.tag) {
      this.value = next;
      this.tag = tag;
      this.host.requestUpdate();
    }
  }
}
