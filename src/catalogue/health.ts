/**
 * The catalogue's health: not errors (the finder shows these entries), but
 * what a maintainer should fix next — missing translations, details nobody
 * has checked for a year, and unknown fields that are probably typos.
 */
import { AddressSchema, CATEGORIES, CatalogueSchema, CrisisLineSchema, ResourceSchema } from './schema.js';
import type { Catalogue, Category, Resource, Text } from './schema.js';
import { closestName } from './closest-name.js';
import { formatPath, type PathSegment, type Problem } from './messages.js';

export interface HealthReport {
  total: number;
  counts: Record<Category, number>;
  /** Resource ids with a Text field that has no French (or no English) version. */
  missingFrench: string[];
  missingEnglish: string[];
  /** Resource ids last verified more than 12 months ago, or never. */
  stale: string[];
  neverVerified: string[];
  /** Resource ids without `areas`: listed wherever the person is, until someone says where they serve. */
  noAreas: string[];
  /** Paths of fields the format does not know (`resources[2].phon`); the finder ignores them. */
  unknownFields: string[];
  /** Each finding as a located warning, for the same output as errors. */
  warnings: Problem[];
}

const TEXT_FIELDS = ['name', 'description', 'organization', 'hours'] as const;
const keys = (schema: { shape: object }) => Object.keys(schema.shape);
const KNOWN = {
  top: keys(CatalogueSchema),
  resource: keys(ResourceSchema),
  address: keys(AddressSchema),
  coordinates: ['lat', 'lng'],
  crisis: ['lines', 'terms'],
  line: keys(CrisisLineSchema),
};

// The same typo in thousands of entries is worked out once.
const suggestions = new Map<string[], Map<string, string>>();

/** The known field a typo most likely meant, if one is close. */
function suggestion(field: string, known: string[]): string {
  let cache = suggestions.get(known);
  if (!cache) suggestions.set(known, (cache = new Map()));
  let said = cache.get(field);
  if (said === undefined) {
    const name = closestName(field, known);
    said = name ? `; did you mean "${name}"?` : '';
    if (cache.size < 1000) cache.set(field, said);
  }
  return said;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function unknownKeys(raw: unknown, known: string[], path: PathSegment[], id: string | undefined, out: Problem[]) {
  if (!isObject(raw)) return;
  for (const key of Object.keys(raw)) {
    if (known.includes(key)) continue;
    out.push({
      severity: 'warning',
      path: [...path, key],
      id,
      message: `is not a catalogue field, so the finder ignores it${suggestion(key, known)}`,
    });
  }
}

function collectUnknown(raw: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isObject(raw)) return out;
  unknownKeys(raw, KNOWN.top, [], undefined, out);
  if (isObject(raw.crisis)) {
    unknownKeys(raw.crisis, KNOWN.crisis, ['crisis'], undefined, out);
    const lines = raw.crisis.lines;
    if (Array.isArray(lines)) lines.forEach((line, i) => unknownKeys(line, KNOWN.line, ['crisis', 'lines', i], undefined, out));
  }
  if (!Array.isArray(raw.resources)) return out;
  raw.resources.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const id = typeof entry.id === 'string' ? entry.id : undefined;
    const at: PathSegment[] = ['resources', i];
    unknownKeys(entry, KNOWN.resource, at, id, out);
    unknownKeys(entry.address, KNOWN.address, [...at, 'address'], id, out);
    unknownKeys(entry.coordinates, KNOWN.coordinates, [...at, 'coordinates'], id, out);
  });
  return out;
}

// A plain string is read as English, as the spreadsheet columns do; `fr-CA` is French.
const hasLang = (text: Text, lang: 'en' | 'fr') =>
  typeof text === 'string' ? lang === 'en' : Object.keys(text).some((key) => key.toLowerCase().split('-')[0] === lang);

/** Dates as YYYY-MM-DD compare correctly as text. */
function yearBefore(today: Date): string {
  const then = new Date(today);
  then.setUTCFullYear(then.getUTCFullYear() - 1);
  return then.toISOString().slice(0, 10);
}

/**
 * Checks a validated catalogue. `raw` is the file as parsed, before the schema
 * dropped unknown fields, so typos can be found; `today` is for the 12-month check.
 */
export function checkHealth(raw: unknown, catalogue: Catalogue, today = new Date()): HealthReport {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const report: HealthReport = {
    total: catalogue.resources.length,
    counts,
    missingFrench: [],
    missingEnglish: [],
    stale: [],
    neverVerified: [],
    noAreas: [],
    unknownFields: [],
    warnings: [],
  };
  const rawResources = isObject(raw) && Array.isArray(raw.resources) ? raw.resources : [];
  // Each id's first place in the file, found once: a search per resource made large catalogues quadratic.
  const places = new Map<unknown, number>();
  rawResources.forEach((entry, index) => {
    if (isObject(entry) && !places.has(entry.id)) places.set(entry.id, index);
  });
  const placeOf = (resource: Resource) => places.get(resource.id) ?? 0;
  const cutoff = yearBefore(today);
  for (const resource of catalogue.resources) {
    counts[resource.category] += 1;
    const at: PathSegment[] = ['resources', placeOf(resource)];
    const warn = (path: PathSegment[], message: string) =>
      report.warnings.push({ severity: 'warning', path: [...at, ...path], id: resource.id, message });
    for (const field of TEXT_FIELDS) {
      const text = resource[field];
      if (text === undefined) continue;
      for (const [lang, list, word] of [
        ['fr', report.missingFrench, 'French'],
        ['en', report.missingEnglish, 'English'],
      ] as const) {
        if (hasLang(text, lang)) continue;
        // Ids are unique and fields are checked one resource at a time, so only the last can repeat.
        if (list[list.length - 1] !== resource.id) list.push(resource.id);
        warn([field], `has no ${word} text (add "${lang}")`);
      }
    }
    if (!resource.areas) report.noAreas.push(resource.id);
    if (!resource.lastVerified) {
      report.neverVerified.push(resource.id);
      warn([], 'has no "lastVerified" date; check its details with the service and add the date');
    } else if (resource.lastVerified < cutoff) {
      report.stale.push(resource.id);
      warn(['lastVerified'], `is ${resource.lastVerified}, more than 12 months ago; check its details again`);
    }
  }
  const unknown = collectUnknown(raw);
  report.unknownFields = unknown.map((p) => formatPath(p.path));
  for (const problem of unknown) report.warnings.push(problem);
  return report;
}
