/**
 * Quick exit, after GOV.UK's "Exit this page": the banner's button, or Shift
 * pressed three times within five seconds, blanks the page at once and
 * replaces it with a neutral site. `location.replace` keeps this page out of
 * the Back button; it cannot remove it from the browser's history, which the
 * note next to the button says.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { webHref } from '../catalogue/links.js';

/** Environment and Climate Change Canada's weather site: ordinary-looking for anyone in Canada. */
export const DEFAULT_EXIT_URL = 'https://weather.gc.ca/';
const PRESSES = 3;
const WINDOW_MS = 5000;

export class QuickExitController implements ReactiveController {
  /** Destination; null when quick exit is off. */
  url: string | null = null;
  /** Presses left before leaving, while a sequence is under way; for screen-reader feedback. */
  remaining = 0;
  private presses: number[] = [];
  private resetTimer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Turns quick exit on for `attribute` (the `quick-exit` value: empty or a URL), off for null. */
  configure(attribute: string | null): void {
    this.url = attribute === null ? null : (webHref(attribute.trim(), document.baseURI) ?? DEFAULT_EXIT_URL);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.handleKeydown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.handleKeydown, true);
    this.reset();
  }

  exit = (): void => {
    if (!this.url) return;
    // Blank first: the page must vanish even if the next site is slow to arrive.
    document.documentElement.style.setProperty('visibility', 'hidden', 'important');
    document.documentElement.style.setProperty('background', '#fff', 'important');
    window.location.replace(this.url);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (!this.url || event.repeat) return;
    // Typing a capital letter is Shift plus a key: any other key restarts the count.
    if (event.key !== 'Shift') {
      if (this.presses.length) this.reset();
      return;
    }
    const now = Date.now();
    this.presses = [...this.presses.filter((t) => now - t < WINDOW_MS), now];
    if (this.presses.length >= PRESSES) {
      this.reset();
      this.exit();
      return;
    }
    this.remaining = PRESSES - this.presses.length;
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => this.reset(), WINDOW_MS);
    this.host.requestUpdate();
  };

  private reset(): void {
    clearTimeout(this.resetTimer);
    this.presses = [];
    if (this.remaining) {
      this.remaining = 0;
      this.host.requestUpdate();
    }
  }
}
