/**
 * Which problems show yet. GOV.UK's advice: don't flag a blank field in a new
 * entry before the person has been in it. So a new entry or crisis line shows
 * a problem only once its control has been typed in or left; one opened from
 * a file, copied, or left as a whole shows every problem.
 */
import type { ReactiveControllerHost } from 'lit';

export class ProblemVisibility {
  /** `key:target` of controls people have typed in or left. */
  private touched = new Set<string>();
  /** Entries and lines (by draft key) that show every problem. */
  private revealed = new Set<number>();

  constructor(private host: ReactiveControllerHost) {}

  /** Starts over with a newly opened file, whose entries and lines show every problem. */
  reset(revealed: Iterable<number>): void {
    this.touched = new Set();
    this.revealed = new Set(revealed);
    this.host.requestUpdate();
  }

  touch(owner: number | null, target: string | null): void {
    if (owner === null || target === null) return;
    this.touched.add(`${owner}:${target}`);
    this.host.requestUpdate();
  }

  reveal(...owners: number[]): void {
    for (const owner of owners) this.revealed.add(owner);
    this.host.requestUpdate();
  }

  shows(owner: number, target: string | null): boolean {
    return this.revealed.has(owner) || (target !== null && this.touched.has(`${owner}:${target}`));
  }
}
