/**
 * Warns before the page is left while it holds changes that are not in a
 * downloaded file (the browser shows its own words), and writes the draft
 * kept in this browser first, in any case.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LeaveGuard implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private unsaved: () => boolean,
    private beforeLeaving: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.handle);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.handle);
  }

  private handle = (e: BeforeUnloadEvent) => {
    this.beforeLeaving();
    if (!this.unsaved()) return;
    e.preventDefault();
    e.returnValue = '';
  };
}
