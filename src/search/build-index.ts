/**
 * Builds the search index for a catalogue: its vocabulary (each distinct word
 * once), which fuse.js searches, and for each word the entries holding it.
 *
 * fuse.js over whole entries compares the query with every field of every
 * entry on each keystroke (about 25 µs per entry: a whole frame at 300
 * entries, seconds at 50,000). Over the vocabulary it compares a typed word
 * with short strings, a thousand or so at a branch's size, and the postings
 * of the words it finds give the entries (match-terms.ts).
 */
import type { IFuseOptions } from 'fuse.js/basic';
import type { Resource } from '../catalogue/schema.js';
import { searchLanguages, searchText } from '../catalogue/text.js';
import { createFacetBuilder, type FacetIndex } from './facets.js';
import { foldAccents } from './fold.js';
import { labelTexts } from './labels.js';
import { createThesaurus, type Thesaurus } from './thesaurus.js';
import { wordsOf } from './words.js';
import { createSlicer } from '../scheduling/yield-to-main.js';

/**
 * The fields searched, best first; a word's posting records which of them
 * hold it. `labels` are the words of the entry's filter options (labels.ts).
 */
export const FIELDS = ['name', 'tags', 'organization', 'description', 'labels'] as const;
/** How much a match in each field counts. */
export const FIELD_WEIGHTS = [3, 2, 1.5, 1, 1] as const;

/** Each field's texts, in the `languages` search covers (searchLanguages). */
const textsOf = (languages: readonly string[]): ((r: Resource) => string[])[] => [
  (r) => searchText(r.name, languages),
  (r) => r.tags ?? [],
  (r) => searchText(r.organization, languages),
  (r) => searchText(r.description, languages),
  labelTexts,
];
const fieldTexts = textsOf(searchLanguages());

/**
 * fuse.js's options as the finder used them to scan whole entries, before the
 * word index: the benchmark's and the relevance tests' plain fuse.js, the bar
 * the word index is measured against. The word index runs fuse.js with the
 * same threshold over its vocabulary.
 */
export const FUSE_OPTIONS: IFuseOptions<Resource> = {
  // Text is folded here, inside getFn, once per entry.
  keys: FIELDS.slice(0, 4).map((name, i) => ({
    name,
    weight: FIELD_WEIGHTS[i],
    getFn: (r: Resource) => fieldTexts[i]!(r).map(foldAccents),
  })),
  // Text and queries are both folded to lower case already; fuse.js would lower-case every value again per query.
  isCaseSensitive: true,
  threshold: 0.35,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
};

/** fuse.js over single words: the typos it allows per letter, as it allowed over whole entries. */
export const WORD_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true,
  threshold: 0.35,
  ignoreLocation: true,
  includeScore: true,
};

/**
 * A posting packs an entry's position with how many values of each field hold
 * the word (0–3 each, 2 bits per field, name lowest), so an entry with the
 * word in three tags ranks above one with it in one.
 */
export const POSTING_SHIFT = 1024;

/** Longer names are not looked up whole: nobody types them out. */
const MAX_VALUE_WORDS = 4;

export interface SearchIndex {
  resources: readonly Resource[];
  /** Distinct folded words of the catalogue. */
  words: string[];
  /** For each word, the entries holding it, in catalogue order. */
  postings: Int32Array[];
  /** Whole short values (a name, tag, organization or label) → `entry * 8 + field`: a query equal to one is what was asked for. */
  values: Map<string, number[]>;
  /** Each entry's facet options (audience, language…), for filtering and counting. */
  facets: FacetIndex;
  /** Lay words and the catalogue terms they add to a query. */
  thesaurus: Thesaurus;
  /** Some entry has coordinates: sorting by distance is offered. */
  located: boolean;
  /** Some entry has structured hours: "Open now" is offered. */
  scheduled: boolean;
  /** The languages of the text indexed (searchLanguages), comma-joined: a finder in another language needs another index. */
  languages: string;
}

interface Builder {
  add(position: number): void;
  /** Turns a word's growing list into a compact array; `finish` packs the rest. */
  pack(word: number): void;
  words: string[];
  finish(): SearchIndex;
}

function createBuilder(
  resources: readonly Resource[],
  synonyms?: readonly (readonly string[])[],
  lang?: string,
  fallback?: string,
): Builder {
  const languages = searchLanguages(lang, fallback);
  const fieldTexts = textsOf(languages);
  const ids = new Map<string, number>();
  const words: string[] = [];
  let lists: number[][] = [];
  const postings: Int32Array[] = [];
  // Per word: the last entry that used it and what it found there, so each
  // entry adds at most one posting per word.
  const lastEntry: number[] = [];
  const lastValue: number[] = [];
  const bits: number[] = [];
  let valueCount = 0;
  const seen: number[] = [];
  const values = new Map<string, number[]>();
  const facets = createFacetBuilder();
  let located = false;
  let scheduled = false;

  return {
    words,
    add(position) {
      const resource = resources[position]!;
      facets.add(resource);
      located ||= !!resource.coordinates;
      scheduled ||= !!resource.schedule;
      seen.length = 0;
      for (let field = 0; field < FIELDS.length; field++) {
        const shift = field * 2;
        for (const text of fieldTexts[field]!(resource)) {
          valueCount++;
          const folded = foldAccents(text);
          const found = wordsOf(folded);
          if (field !== 3 && found.length <= MAX_VALUE_WORDS) {
            const value = found.join(' ');
            const list = values.get(value);
            if (list) list.push(position * 8 + field);
            else values.set(value, [position * 8 + field]);
          }
          for (const word of found) {
            let id = ids.get(word);
            if (id === undefined) {
              id = words.length;
              ids.set(word, id);
              words.push(word);
              lists.push([]);
              lastEntry.push(-1);
              lastValue.push(-1);
              bits.push(0);
            }
            if (lastEntry[id] !== position) {
              lastEntry[id] = position;
              bits[id] = 0;
              seen.push(id);
            }
            if (lastValue[id] !== valueCount && ((bits[id]! >> shift) & 3) < 3) bits[id]! += 1 << shift;
            lastValue[id] = valueCount;
          }
        }
      }
      for (const id of seen) lists[id]!.push(position * POSTING_SHIFT + bits[id]!);
    },
    pack(word) {
      postings[word] = Int32Array.from(lists[word]!);
      lists[word] = [];
    },
    finish() {
      for (let word = postings.length; word < words.length; word++) this.pack(word);
      lists = [];
      return {
        resources,
        facets: facets.finish(),
        words,
        postings,
        values,
        thesaurus: createThesaurus(synonyms),
        located,
        scheduled,
        languages: languages.join(),
      };
    },
  };
}

/**
 * Builds the index in one go: fine for a branch's few hundred entries.
 * `synonyms` are the catalogue's own (see thesaurus.ts); `lang` is the
 * finder's language (a BCP 47 tag), whose text is searched with its fallback's
 * (the page's `fallback-lang`), English's and French's.
 */
export function buildIndex(
  resources: readonly Resource[],
  synonyms?: readonly (readonly string[])[],
  lang?: string,
  fallback?: string,
): SearchIndex {
  const builder = createBuilder(resources, synonyms, lang, fallback);
  for (let i = 0; i < resources.length; i++) builder.add(i);
  return builder.finish();
}

/**
 * Builds the index in slices of a few milliseconds, yielding to the browser in
 * between, so a 50,000-entry directory never blocks typing or painting.
 * Rejects with the signal's reason when aborted.
 */
export async function buildIndexInSlices(
  resources: readonly Resource[],
  signal?: AbortSignal,
  synonyms?: readonly (readonly string[])[],
  lang?: string,
  fallback?: string,
): Promise<SearchIndex> {
  const builder = createBuilder(resources, synonyms, lang, fallback);
  const slice = createSlicer(signal);
  for (let i = 0; i < resources.length; i++) {
    builder.add(i);
    if ((i & 31) === 31) await slice();
  }
  for (let word = 0; word < builder.words.length; word++) {
    builder.pack(word);
    if ((word & 63) === 63) await slice();
  }
  await slice();
  return builder.finish();
}
