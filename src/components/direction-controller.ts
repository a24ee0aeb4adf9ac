/**
 * Sets `dir` on the finder from its language, so an Arabic or Hebrew finder
 * reads right to left in any page, and an English one left to right even in a
 * right-to-left page. Always written, never read from the page's styles:
 * the same answer however the page made itself right to left, with no style
 * read on each render. A `dir` the page writes on the element itself wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRightToLeft } from '../i18n/direction.js';

export class DirectionController implements ReactiveController {
  /** What this controller last wrote, to tell it from a `dir` the page wrote. */
  private written: string | null = null;
  /** The tag it was worked out for: a keystroke's update neither asks Intl again nor writes the attribute. */
  private taggedFor?: string;

  /** `tag`: the finder's language as the page wrote it (its own `lang`, else an ancestor's, else the page's). */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private tag: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { host } = this;
    const own = host.getAttribute('dir');
    const tag = this.tag();
    if (own === null || (own === this.written && tag !== this.taggedFor)) {
      this.taggedFor = tag;
      host.setAttribute('dir', (this.written = isRightToLeft(tag) ? 'rtl' : 'ltr'));
    }
  }
}
