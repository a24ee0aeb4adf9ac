/**
 * The polite count of results, said once typing pauses: a count per keystroke
 * would drown a screen reader. A count already heard (from this live region,
 * or from focus on the count itself) is not said again, and a count said
 * leaves the live region a few seconds later, so someone reading the page
 * meets it once, at the top of the results, not again after the list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CountAnnouncer implements ReactiveController {
  /** What the live region says. */
  message = '';
  /** The count last heard. */
  private heard = '';
  private timer?: ReturnType<typeof setTimeout>;
  private clearing?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.clearing);
  }

  /** After each update, the count shown. Each update restarts the wait: a count that changed back must not give way to the one it passed. */
  shown(count: string): void {
    clearTimeout(this.timer);
    if (count !== this.heard) this.timer = setTimeout(() => this.say(count), 700);
  }

  private say(count: string): void {
    this.message = this.heard = count;
    this.host.requestUpdate();
    // Screen readers speak a change when it happens: taking the words away later is not heard.
    clearTimeout(this.clearing);
    this.clearing = setTimeout(() => ((this.message = ''), this.host.requestUpdate()), 7000);
  }

  /** After a choice: the count is said again, even when the number stays the same. */
  again(): void {
    this.message = this.heard = '';
  }

  /** Focus moved to the count, which reads it: the live region does not repeat it. */
  read(count: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.heard = count;
    this.host.requestUpdate();
  }
}
