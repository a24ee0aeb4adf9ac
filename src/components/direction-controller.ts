/**
 * Sets `dir` on the finder from its language, so an Arabic or Hebrew finder
 * reads right to left in any page, and an English one left to right even in a
 * right-to-left page. Always written, never read from the page's styles:
 * the same answer however the page made itself right to left, with no style
 * read on each render. A `dir` the page writes on the element itself wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRightToLeft } from '../i18n/direction.js';

/** The `lang` that applies to `element`: its own, else the nearest ancestor's across shadow roots, else none. */
function languageTag(element: Element): string | null {
  for (let node: Element | null = element; node;) {
    const tag = node.getAttribute('lang');
    if (tag) return tag;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

export class DirectionController implements ReactiveController {
  /** What this controller last wrote, to tell it from a `dir` the page wrote. */
  private written: string | null = null;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { host } = this;
    const own = host.getAttribute('dir');
    if (own === null || own === this.written) host.setAttribute('dir', (this.written = isRightToLeft(languageTag(host)) ? 'rtl' : 'ltr'));
  }
}
