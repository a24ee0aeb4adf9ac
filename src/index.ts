/**
 * Entry point: defines `<support-finder>` once. A second copy of the script on
 * the same page (two widgets pasted by two editors) finds the tag taken and
 * leaves the first definition in place instead of throwing.
 */
import { SupportFinder } from './components/support-finder.js';

if (!customElements.get('support-finder')) customElements.define('support-finder', SupportFinder);

export { SupportFinder };
export type { Catalogue, Category, CrisisLine, Resource, Text } from './catalogue/schema.js';
export type { ActionDetail, FilterDetail, LoadDetail, SearchDetail, SupportFinderEventMap } from './components/events.js';
