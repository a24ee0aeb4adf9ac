/**
 * The person's position, asked of the browser only when they press "Sort by
 * distance", never on load. It stays in this object: distances are worked
 * out in the page (search/distance.ts) and the position is sent nowhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { sortByDistance, type Point } from '../search/distance.js';

export type LocationState = 'off' | 'asking' | 'on' | 'denied' | 'unavailable';

export class LocationController implements ReactiveController {
  state: LocationState = 'off';
  position?: Point;
  /** Counts requests, so an answer that arrives after "Sort by relevance" is ignored. */
  private asked = 0;
  private sorted?: { from: readonly Resource[]; position: Point; items: Resource[]; km: Map<Resource, number> };

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks the browser for the position (a handler: bound). */
  readonly locate = (): void => {
    if (this.state === 'asking') return;
    const ask = ++this.asked;
    if (!navigator.geolocation) return this.set('unavailable');
    this.set('asking');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => ask === this.asked && ((this.position = { lat: coords.latitude, lng: coords.longitude }), this.set('on')),
      (error) => ask === this.asked && this.set(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      // A fresh position each time: some browsers hand out a cached one even after
      // the person has withdrawn the permission, and a refusal must always win.
      { maximumAge: 0, timeout: 20_000 },
    );
  };

  /** Back to relevance; the position is forgotten. */
  readonly off = (): void => {
    this.asked++;
    this.position = undefined;
    this.set('off');
  };

  /** `items` nearest first once located (worked out again only when they or the position change); otherwise as given. */
  arrange(items: Resource[]): { items: Resource[]; km?: Map<Resource, number> } {
    const position = this.position;
    if (!position) return { items };
    if (this.sorted?.from !== items || this.sorted.position !== position)
      this.sorted = { from: items, position, ...sortByDistance(items, position) };
    return this.sorted;
  }

  private set(state: LocationState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
