/**
 * What the finder's polite live region says: the number of results, once it
 * has stayed the same for a moment. A count per keystroke would drown a screen
 * reader, and a count that changed back must not be overtaken by one it passed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the host must not update (typing has paused) before a new count is said. */
const DELAY_MS = 700;

export class AnnounceController implements ReactiveController {
  /** What the live region holds. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `next` once the host has not updated for the delay (typing has paused). */
  settle(next: string): void {
    clearTimeout(this.timer);
    if (next !== this.text) this.timer = setTimeout(() => this.say(next), DELAY_MS);
  }

  /** Says `text` now; an empty text makes the next count heard even when it is the same. */
  say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
