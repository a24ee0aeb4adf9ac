/**
 * Builds the search index for a catalogue. Text is folded once here, inside
 * fuse's `getFn`, so the index holds one folded copy and queries need no
 * per-keystroke normalisation of the data.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import type { Resource } from '../catalogue/schema.js';
import { allText } from '../catalogue/text.js';
import { foldAccents } from './fold.js';

export interface SearchIndex {
  resources: readonly Resource[];
  fuse: Fuse<Resource>;
}

const folded = (texts: string[]) => texts.map(foldAccents);

export const FUSE_OPTIONS: IFuseOptions<Resource> = {
  keys: [
    { name: 'name', weight: 3, getFn: (r) => folded(allText(r.name)) },
    { name: 'tags', weight: 2, getFn: (r) => folded(r.tags ?? []) },
    { name: 'organization', weight: 1.5, getFn: (r) => folded(allText(r.organization)) },
    { name: 'description', weight: 1, getFn: (r) => folded(allText(r.description)) },
  ],
  threshold: 0.35,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
};

export function buildIndex(resources: readonly Resource[]): SearchIndex {
  return { resources, fuse: new Fuse(resources, FUSE_OPTIONS) };
}
