// What the scenarios share: the site, one browser session per person, and the posts made so far.
import type { Session } from './browser.js';
import type { Playground } from './playground.js';

export interface World {
  site: Playground;
  admin: Session;
  author: Session;
  visitor: Session;
  /** Published posts by name: their address. */
  posts: Record<string, string>;
}
