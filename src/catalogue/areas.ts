/**
 * Where services and crisis lines are offered (`areas`: `CA` or province and
 * territory codes) and what that means for a person who says where they are.
 * No DOM: the element, the CLI and the builder page share it.
 *
 * An entry without `areas` has an unstated area. It is listed wherever the
 * person is and its crisis line is always in the banner, so a file written
 * before `areas` existed loses nothing.
 */
import { AREAS, type Area, type Province } from './vocabulary.js';
import type { CrisisLine, Resource } from './schema.js';
import { englishOrFrench } from '../i18n/language.js';

export { AREAS, type Area, type Province };

/** The provinces and territories, in code order; `CA` is not one of them. */
export const PROVINCES = AREAS.filter((a): a is Province => a !== 'CA');

// English, then French where it differs: the names each government uses for itself.
const NAMES: Record<Area, readonly [string, string?]> = {
  CA: ['Canada'],
  AB: ['Alberta'],
  BC: ['British Columbia', 'Colombie-Britannique'],
  MB: ['Manitoba'],
  NB: ['New Brunswick', 'Nouveau-Brunswick'],
  NL: ['Newfoundland and Labrador', 'Terre-Neuve-et-Labrador'],
  NS: ['Nova Scotia', 'Nouvelle-Écosse'],
  NT: ['Northwest Territories', 'Territoires du Nord-Ouest'],
  NU: ['Nunavut'],
  ON: ['Ontario'],
  PE: ['Prince Edward Island', 'Île-du-Prince-Édouard'],
  QC: ['Quebec', 'Québec'],
  SK: ['Saskatchewan'],
  YT: ['Yukon'],
};

/** `QC` → "Quebec" or "Québec"; `CA` → "Canada". */
export function areaName(area: Area, lang: string): string {
  const [en, fr] = NAMES[area];
  return (englishOrFrench(lang) === 'fr' && fr) || en;
}

/** A code from text such as `qc`, ` ON `, or null when it is not one of the fourteen. */
export function toArea(value: string | null | undefined): Area | null {
  const code = value?.trim().toUpperCase();
  return (AREAS as readonly string[]).includes(code ?? '') ? (code as Area) : null;
}

/** A province or territory code (never `CA`: all of Canada is no province chosen), or null. */
export function toProvince(value: string | null | undefined): Province | null {
  const area = toArea(value);
  return area === 'CA' ? null : area;
}

/**
 * The code a name such as "Ontario", "Québec" or "Canada" stands for, in
 * either language, case and accents aside; for service areas of other
 * directories, which name places rather than code them.
 */
export function areaFromName(name: string): Area | null {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .trim();
  const wanted = fold(name);
  return AREAS.find((area) => NAMES[area].some((n) => n !== undefined && fold(n) === wanted)) ?? null;
}

type Placed = Pick<Resource, 'areas'>;

/** Whether an entry serves people in `province`; everything serves "all of Canada" (null). */
export function serves(entry: Placed, province: Province | null): boolean {
  const { areas } = entry;
  return !province || !areas?.length || areas.includes('CA') || areas.includes(province);
}

/** Whether an entry is limited to some provinces or territories (has areas, none of them `CA`). */
export function isProvincial(entry: Placed): boolean {
  return !!entry.areas?.length && !entry.areas.includes('CA');
}

/** Where the person is and whom the page is for: what the banner's lines are chosen by. */
export interface Place {
  province: Province | null;
  /** Local areas chosen or preset (`region` values, as the catalogue writes them). */
  regions?: readonly string[];
  /** Audiences chosen or preset. */
  audiences?: readonly string[];
}

/**
 * The catalogue's crisis lines the banner shows under 9-8-8 and 9-1-1, in the
 * catalogue's order: those that serve the province (with none chosen, those
 * not limited to provinces, so a national page is not flooded with local
 * numbers); of lines with `areas`, one with a `region` only in that local
 * area; one with `audiences` only when one of them is chosen or preset.
 * A line without `areas` is the page's own, written before areas existed:
 * its `region` is only a label.
 */
export function bannerLines(lines: readonly CrisisLine[] | undefined, place: Place): CrisisLine[] {
  const regions = (place.regions ?? []).map((r) => r.trim());
  const audiences = place.audiences ?? [];
  return (lines ?? []).filter((line) => {
    if (place.province ? !serves(line, place.province) : isProvincial(line)) return false;
    const region = line.region?.trim();
    if (line.areas?.length && region && !regions.includes(region)) return false;
    return !line.audiences?.length || line.audiences.some((a) => audiences.includes(a));
  });
}

/** The entries that serve `province`, in their order (all of them when none is chosen). */
export function servedIn<T extends Placed>(entries: readonly T[], province: Province | null): T[] {
  return province ? entries.filter((e) => serves(e, province)) : [...entries];
}

/**
 * The provinces and territories a catalogue offers in the place choice,
 * sorted by name in `lang`: those its resources and lines name. Empty when no
 * entry names any but `CA`: then the choice is not shown at all.
 */
export function provinceChoices(resources: readonly Placed[], lines: readonly Placed[] | undefined, lang: string): Province[] {
  const found = new Set<Area>();
  for (const entry of [...resources, ...(lines ?? [])]) for (const area of entry.areas ?? []) found.add(area);
  return PROVINCES.filter((p) => found.has(p)).sort((a, b) => areaName(a, lang).localeCompare(areaName(b, lang), lang));
}

/** The local areas (`region` values) among the entries that serve `province`, as the local-area filter offers them. */
export function localAreas(resources: readonly Pick<Resource, 'areas' | 'region'>[], province: Province | null): string[] {
  const found = new Set<string>();
  for (const entry of servedIn(resources, province)) {
    const region = entry.region?.trim();
    if (region) found.add(region);
  }
  return [...found];
}

/**
 * What a result says about where it is offered: its local area if any, else
 * its province or territory names ("Ontario", "Quebec, Ontario"), else
 * "Canada"; empty when unstated.
 */
export function areaLabel(entry: Pick<Resource, 'areas' | 'region'>, lang: string): string {
  const region = entry.region?.trim();
  if (region) return regionName(region, lang);
  return (entry.areas ?? []).map((a) => areaName(a, lang)).join(', ');
}

/**
 * Local area names of the built-in catalogue and the examples whose French
 * differs; `region` is one string (the filter's value, the `region`
 * preset's), so the French page shows these names through this table, and a
 * province or territory's name in the language of the page.
 */
const REGIONS_FR: Record<string, string> = {
  'Vancouver Island': 'Île de Vancouver',
  'BC Interior': 'Intérieur de la Colombie-Britannique',
  'Greater Toronto Area': 'Région du Grand Toronto',
  'Eastern Ontario': 'Est de l’Ontario',
  'London area': 'Région de London',
};

/** A `region` value as the page's language writes it: `Quebec` → `Québec`, `Vancouver Island` → `Île de Vancouver`. */
export function regionName(region: string, lang: string): string {
  if (englishOrFrench(lang) === 'en') return region;
  const area = areaFromName(region);
  return area ? areaName(area, 'fr') : (REGIONS_FR[region] ?? region);
}
