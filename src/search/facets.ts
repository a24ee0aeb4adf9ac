/**
 * Facet filters: which matches pass the chosen filters, and for every option
 * how many results choosing it would give. AND across facets, OR within one;
 * an option's count takes the query and the other facets' choices into account
 * but not its own facet's, as faceted search usually does, so choosing a
 * second option of the same facet never looks like it would empty the list.
 *
 * Counting runs on every keystroke, over every match of a 50,000-entry
 * directory for a short query, so each entry's options are kept as small
 * integers in one flat array, built once with the word index.
 */
import { AUDIENCES, CATEGORIES, DELIVERY, type Resource } from '../catalogue/schema.js';
import { AREAS, type Area } from '../catalogue/vocabulary.js';
import { runSteps } from '../scheduling/yield-to-main.js';

type Values = readonly string[] | string | undefined;

/**
 * The facets, in the order they are offered: how each reads an entry's
 * options, and the order its options are shown in (the schema's where it has
 * one; English and French first among languages; otherwise alphabetical).
 * Every list of facets (events, string tables, URL keys) derives from this
 * one; README's "Adding a facet" lists the rest.
 */
const FACET_TABLE = {
  category: { of: (r: Resource): Values => r.category, order: CATEGORIES },
  audience: { of: (r: Resource): Values => r.audiences, order: AUDIENCES },
  language: { of: (r: Resource): Values => r.languages, order: ['en', 'fr'] },
  delivery: { of: (r: Resource): Values => r.delivery, order: DELIVERY },
  // Cost and referral offer only what people narrow to: free, and no referral needed.
  cost: { of: (r: Resource): Values => (r.cost === 'free' ? 'free' : undefined), order: [] },
  referral: { of: (r: Resource): Values => (r.referral === 'self' ? 'self' : undefined), order: [] },
  region: { of: (r: Resource): Values => r.region?.trim() || undefined, order: [] },
};
export type Facet = keyof typeof FACET_TABLE;
export const FACETS = Object.keys(FACET_TABLE) as readonly Facet[];
/** The table by position: the facets' loops run per entry. */
const FACET_LIST = Object.values(FACET_TABLE);
/** The facets offered as checkboxes: every one but the category, which has its buttons. */
export type ListedFacet = Exclude<Facet, 'category'>;
/** What a filter can choose beyond the category: the listed facets and "Open now". */
export type FilterFacet = ListedFacet | 'open';
/** The chosen options of each filter but the category, as events report them; a filter with none is left out. */
export type ChosenFilters = Partial<Record<FilterFacet, string[]>>;
/**
 * The chosen values of each facet; an empty or missing list means "any".
 * `open: ['now']` is the "Open now" filter; `province: ['QC']` the place
 * choice, which keeps the entries serving that province (see areas.ts).
 */
export type Selection = Partial<Record<Facet | 'open' | 'province', readonly string[]>>;
export type FacetCounts = Record<Facet, Record<string, number>>;

export interface FacetIndex {
  /** The options present in the catalogue, per facet, in the order they are shown. */
  options: Record<Facet, string[]>;
  /** Per facet, option value → option id. */
  ids: Map<string, number>[];
  /** The facet (its position in `FACETS`) of each option id. */
  facetOf: Uint8Array;
  /** Entry `e` has the options `optionIds[start[e]]` up to `optionIds[start[e + 1]]`. */
  start: Int32Array;
  optionIds: Int32Array;
  /** Each entry's `areas` as bits (`AREAS` order, `CA` the lowest), 0 when unstated. */
  areas: Uint16Array;
}

export interface FacetResult {
  /** The matches that pass every filter, in the order given. */
  entries: Int32Array;
  /** For each facet and option: the results with that option chosen in its facet alone. */
  counts: FacetCounts;
  /** The results with "Open now" chosen (0 without an `isOpen` test). */
  openCount: number;
}

/** Bit of the "Open now" filter, after the facets' bits. */
const OPEN = 1 << FACETS.length;

/** Collects each entry's options as the catalogue is indexed (in slices, for large ones). */
export function createFacetBuilder() {
  const ids = FACETS.map(() => new Map<string, number>());
  const facetOf: number[] = [];
  const start = [0];
  const optionIds: number[] = [];
  const areas: number[] = [];
  return {
    add(resource: Resource): void {
      const first = optionIds.length;
      areas.push(resource.areas?.reduce((bits, a) => bits | (1 << AREAS.indexOf(a)), 0) ?? 0);
      for (let f = 0; f < FACETS.length; f++) {
        const found = FACET_LIST[f]!.of(resource);
        for (const value of typeof found === 'string' ? [found] : (found ?? [])) {
          let id = ids[f]!.get(value);
          if (id === undefined) {
            id = facetOf.length;
            ids[f]!.set(value, id);
            facetOf.push(f);
          }
          if (optionIds.indexOf(id, first) < 0) optionIds.push(id);
        }
      }
      start.push(optionIds.length);
    },
    finish(): FacetIndex {
      const options = {} as Record<Facet, string[]>;
      FACETS.forEach((facet, f) => {
        const order: readonly string[] = FACET_LIST[f]!.order;
        const rank = (v: string) => {
          const i = order.indexOf(v);
          return i < 0 ? order.length : i;
        };
        options[facet] = [...ids[f]!.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
      });
      return {
        options,
        ids,
        facetOf: Uint8Array.from(facetOf),
        start: Int32Array.from(start),
        optionIds: Int32Array.from(optionIds),
        areas: Uint16Array.from(areas),
      };
    },
  };
}

export function buildFacetIndex(resources: readonly Resource[]): FacetIndex {
  const builder = createFacetBuilder();
  for (const r of resources) builder.add(r);
  return builder.finish();
}

/** The selection without values the catalogue does not have (a preset with a typo, or for another catalogue). */
export function knownSelection(index: FacetIndex, selection: Selection): Selection {
  const known: Selection = {};
  FACETS.forEach((facet, f) => {
    const values = selection[facet]?.filter((v) => index.ids[f]!.has(v));
    if (values?.length) known[facet] = values;
  });
  return known;
}

/**
 * Applies `selection` to `matches` (entry positions, best first) and counts
 * every option. `isOpen` tells whether an entry is open now; it is asked only
 * about entries that pass, or nearly pass, the other filters.
 */
export function applyFacets(
  index: FacetIndex,
  matches: ArrayLike<number>,
  selection: Selection,
  isOpen?: (entry: number) => boolean,
): FacetResult {
  return runSteps(applyFacetsInSteps(index, matches, selection, isOpen));
}

/** Matches gone through between two chances to pause: about a millisecond, more with "Open now" asked of each. */
const STEP = 4096;

/** `applyFacets` as steps, for a caller that pauses between them: a short query matches most of a 50,000-entry directory. */
export function* applyFacetsInSteps(
  index: FacetIndex,
  matches: ArrayLike<number>,
  selection: Selection,
  isOpen?: (entry: number) => boolean,
): Generator<void, FacetResult> {
  const { facetOf, start, optionIds } = index;
  const chosen = new Uint8Array(facetOf.length);
  // One bit per facet with a choice; an entry's bits are cleared as its options satisfy them.
  let active = 0;
  FACETS.forEach((facet, f) => {
    for (const value of selection[facet] ?? []) {
      const id = index.ids[f]!.get(value);
      if (id !== undefined) {
        chosen[id] = 1;
        active |= 1 << f;
      }
    }
  });
  if (isOpen && selection.open?.length) active |= OPEN;
  // The place choice: entries with no areas, `CA` or the province serve it; not a facet, so nothing counts what it leaves out.
  const p = AREAS.indexOf(selection.province?.[0] as Area);
  const place = p > 0 ? 1 | (1 << p) : 0;
  const tally = new Int32Array(facetOf.length);
  // A typed array, as the search's matches are: kept across slices, a growing list reached the old generation.
  const passed = new Int32Array(matches.length);
  let count = 0;
  let openCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const entry = matches[i]!;
    const from = start[entry]!;
    const to = start[entry + 1]!;
    let failing = active;
    if (to === undefined) continue; // a result of a catalogue since replaced
    if (place && index.areas[entry] && !(index.areas[entry]! & place)) continue;
    for (let k = from; k < to; k++) if (chosen[optionIds[k]!]) failing &= ~(1 << facetOf[optionIds[k]!]!);
    const others = failing & ~OPEN;
    // Asked only when the answer changes a count: passing the rest, or (with "Open now" chosen) failing one facet.
    if (isOpen && (!others || (failing & OPEN && !(others & (others - 1)))) && isOpen(entry)) {
      failing = others;
      if (!others) openCount++;
    }
    if (failing === 0) {
      passed[count++] = entry;
      for (let k = from; k < to; k++) tally[optionIds[k]!]!++;
    } else if ((failing & (failing - 1)) === 0) {
      // Fails one facet only: its options there would each let it in.
      for (let k = from; k < to; k++) if (1 << facetOf[optionIds[k]!]! === failing) tally[optionIds[k]!]!++;
    }
    if (i % STEP === STEP - 1) yield;
  }
  const counts = {} as FacetCounts;
  FACETS.forEach((facet, f) => {
    counts[facet] = {};
    for (const [value, id] of index.ids[f]!) counts[facet][value] = tally[id]!;
  });
  return { entries: passed.subarray(0, count), counts, openCount };
}
