/**
 * HSDS 3.0 services → catalogue. Reads back what `catalogueToHsds` writes,
 * and also services from other HSDS systems: whatever the catalogue has no
 * field for is listed, service by service, so nothing is dropped silently.
 */
import { FIELD_TAXONOMY, VOCABULARY_TAXONOMIES } from './hsds.js';
import { ResourceSchema, type Catalogue, type Category, type Resource } from './schema.js';
import { describeIssue, expandIssues, formatPath, type PathSegment } from './messages.js';
import { areaFromName, toArea } from './areas.js';
import { currentSchedules, readSchedules } from './hsds-schedules.js';
import { hasValue, isJson, leftovers, list, READ, str, type Json } from './hsds-json.js';
import { TEXT_LANGUAGE_PATTERN } from './vocabulary.js';

export interface HsdsNote {
  /** Where the service is in the input, e.g. `contents[3]`. */
  at: string;
  name?: string;
  message: string;
}

export interface HsdsImport {
  catalogue: Catalogue;
  /** Services left out, and why. */
  rejected: HsdsNote[];
  /** Fields and values of imported services that the catalogue cannot hold. */
  notKept: HsdsNote[];
  /** Set when the input is not HSDS services at all. */
  fileError?: string;
}

export interface HsdsImportOptions {
  /** The category of services without a `support-finder-category` attribute. */
  category?: Category;
  /** For schedules with `valid_from`/`valid_to`: which are current. */
  today?: Date;
}

const TEXT_FIELDS = ['name', 'description', 'organization', 'hours'] as const;
const VOCABULARY = Object.entries(VOCABULARY_TAXONOMIES) as [keyof typeof VOCABULARY_TAXONOMIES, string][];

/** `Café Écoute 24/7` → `cafe-ecoute-24-7` */
function slug(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'service';
}

interface Attributes {
  vocabulary: Map<string, string[]>;
  fields: Map<string, string[]>;
}

function readAttributes(service: Json, out: string[]): Attributes {
  const found: Attributes = { vocabulary: new Map(), fields: new Map() };
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  list(service.attributes).forEach((attribute, i) => {
    const term = isJson(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
    const detail = isJson(term.taxonomy_detail) ? term.taxonomy_detail : {};
    const taxonomy = str(term.taxonomy) ?? str(detail.name);
    const code = str(term.code);
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    if (taxonomy === FIELD_TAXONOMY && code && value !== undefined) push(found.fields, code, value);
    else if (taxonomy && code && Object.values(VOCABULARY_TAXONOMIES).includes(taxonomy as never)) push(found.vocabulary, taxonomy, code);
    else out.push(`attributes[${i}]${taxonomy ? ` (taxonomy "${taxonomy}")` : ''}`);
  });
  return found;
}

function readPhones(service: Json, raw: Json, out: string[]): void {
  list(service.phones).forEach((phone, i) => {
    const type = str(phone.type) ?? 'voice';
    const field = type === 'text' ? 'text' : type === 'voice' || type === 'cell' ? 'phone' : undefined;
    const number = str(phone.number);
    if (!field || !number || raw[field] !== undefined) {
      out.push(`phones[${i}]${field ? '' : ` (type "${type}")`}`);
      return;
    }
    // The specification's own example writes the extension as a number; others write "100".
    const extension = typeof phone.extension === 'number' ? String(phone.extension) : str(phone.extension);
    const digits = extension !== undefined && /^\d+$/.test(extension);
    raw[field] = digits ? `${number} x${extension}` : number;
    if (extension !== undefined && !digits) out.push(`phones[${i}].extension ("${extension}" is not digits)`);
    leftovers(phone, READ.phone, `phones[${i}].`, out);
  });
}

function readPlace(service: Json, raw: Json, out: string[]): void {
  list(service.service_at_locations).forEach((sal, i) => {
    const at = `service_at_locations[${i}]`;
    if (i > 0 || !isJson(sal.location)) return void out.push(at);
    leftovers(sal, READ.serviceAtLocation, `${at}.`, out);
    const location = sal.location;
    leftovers(location, READ.location, `${at}.location.`, out);
    if (typeof location.latitude === 'number' && typeof location.longitude === 'number') {
      raw.coordinates = { lat: location.latitude, lng: location.longitude };
    }
    list(location.addresses).forEach((address, j) => {
      const where = `${at}.location.addresses[${j}]`;
      if (j > 0) return void out.push(where);
      leftovers(address, READ.address, `${where}.`, out);
      // The catalogue's addresses are Canadian; another country cannot be held.
      const country = str(address.country);
      if (country && !/^(ca|can|canada)$/i.test(country)) out.push(`${where}.country ("${country}")`);
      const parts = {
        street: str(address.address_1),
        city: str(address.city),
        province: str(address.state_province),
        postalCode: str(address.postal_code),
      };
      if (Object.values(parts).some(Boolean)) raw.address = JSON.parse(JSON.stringify(parts));
    });
  });
}

/** The `support-finder-field` attribute codes the import reads, with a text's languages (`name_pa`); each holds one value but `tags`. */
const FIELD_CODES = new Set(['id', 'tags', 'source', 'timeZone']);
const TEXT_CODE = /^(name|description|organization|hours)_(.+)$/;

/** `name_pa` → `["name", "pa"]`; undefined for a code that is not a text field's in a language. */
function textCode(code: string): [string, string] | undefined {
  const match = TEXT_CODE.exec(code);
  return match && TEXT_LANGUAGE_PATTERN.test(match[2]!) ? [match[1]!, match[2]!] : undefined;
}

function unreadFields(fields: Map<string, string[]>, out: string[]): void {
  for (const [code, values] of fields) {
    if (!FIELD_CODES.has(code) && !textCode(code)) out.push(`attributes (${FIELD_TAXONOMY} "${code}")`);
    else if (code !== 'tags' && values.length > 1)
      out.push(`attributes (${FIELD_TAXONOMY} "${code}" given ${values.length} times; the first was kept)`);
  }
}

const NATIVE_FIELD = { name: 'name', description: 'description', organization: 'organization.name', hours: 'schedules[0].description' };

/** `CA` from `CA`, `ON` from `CA-ON`: the ISO 3166 codes `to-hsds` writes as a service area's extent. */
function extentArea(area: Json): string | undefined {
  const match = str(area.extent_type) === 'text' ? /^CA(?:-([A-Z]{2}))?$/.exec(str(area.extent) ?? '') : null;
  return match ? (toArea(match[1] ?? 'CA') ?? undefined) : undefined;
}

/**
 * Service areas coded as `to-hsds` writes them become `areas`; from other
 * systems, which name places, one named as a province, a territory or Canada
 * (in English or French) does too. The first other one is the local area,
 * `region`; further ones are reported.
 */
function readServiceAreas(areas: Json[], raw: Json, foreign: boolean, out: string[]): void {
  const codes: string[] = [];
  areas.forEach((area, i) => {
    const name = str(area.name);
    const code = extentArea(area) ?? (foreign && name && !hasValue(area.extent) ? areaFromName(name) : undefined);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
      return leftovers(area, READ.area, `service_areas[${i}].`, out);
    }
    if (raw.region !== undefined || !name) return void out.push(`service_areas[${i}]`);
    leftovers(area, ['id', 'service_id', 'name'], `service_areas[${i}].`, out);
    raw.region = name;
  });
  if (codes.length) raw.areas = codes;
}

/** The raw resource for one service, before it is checked against the schema. */
function readService(service: Json, options: HsdsImportOptions, out: string[]): Json {
  leftovers(service, READ.service, '', out);
  const attributes = readAttributes(service, out);
  const field = (code: string) => attributes.fields.get(code);
  const organization = isJson(service.organization) ? service.organization : undefined;
  if (organization) {
    leftovers(organization, READ.organization, 'organization.', out);
    if (hasValue(organization.description) && organization.description !== organization.name) out.push('organization.description');
  }
  const schedules = currentSchedules(list(service.schedules), (options.today ?? new Date()).toISOString().slice(0, 10), out);
  const areas = list(service.service_areas);
  const native = {
    name: str(service.name),
    description: str(service.description),
    organization: str(organization?.name),
    hours: str(schedules[0]?.[0].description),
  };
  const raw: Json = {};
  unreadFields(attributes.fields, out);
  for (const text of TEXT_FIELDS) {
    const byLanguage: Record<string, string> = {};
    for (const [code, values] of attributes.fields) if (textCode(code)?.[0] === text) byLanguage[textCode(code)![1]] = values[0]!;
    const languages = Object.values(byLanguage);
    // Without language attributes the language is unknown: plain text says exactly that.
    raw[text] = languages.length ? byLanguage : native[text];
    const plain = native[text];
    if (languages.length && plain !== undefined && !languages.includes(plain)) out.push(NATIVE_FIELD[text]);
  }
  raw.id = field('id')?.[0];
  for (const [key, taxonomy] of VOCABULARY) {
    const codes = attributes.vocabulary.get(taxonomy);
    if (codes) raw[key] = key === 'audiences' || key === 'delivery' ? codes : codes[0];
  }
  raw.category ??= options.category;
  raw.tags = field('tags');
  raw.source = field('source')?.[0];
  raw.timeZone = field('timeZone')?.[0];
  raw.website = str(service.url);
  raw.email = str(service.email);
  const assured = str(service.assured_date);
  raw.lastVerified = assured && /^\d{4}-\d{2}-\d{2}/.test(assured) ? assured.slice(0, 10) : assured;
  readPhones(service, raw, out);
  readSchedules(schedules, raw, out);
  readServiceAreas(areas, raw, field('id') === undefined, out);
  const languages: string[] = [];
  list(service.languages).forEach((language, i) => {
    const code = str(language.code)?.toLowerCase();
    if (code && /^[a-z]{2}$/.test(code)) languages.push(code);
    else out.push(`languages[${i}]${code ? ` (code "${code}" is not a two-letter code)` : ''}`);
    leftovers(language, READ.language, `languages[${i}].`, out);
  });
  if (languages.length) raw.languages = languages;
  readPlace(service, raw, out);
  return JSON.parse(JSON.stringify(raw));
}

const REQUIRED = new Set(['id', 'category', 'name', 'description']);

/**
 * Checks a raw resource, dropping optional values the schema refuses (each
 * one reported), so one odd value does not cost the whole service.
 */
function settle(raw: Json, dropped: string[]): { resource?: Resource; problem?: string } {
  for (let attempt = 0; attempt < 30; attempt++) {
    const result = ResourceSchema.safeParse(raw, { reportInput: true });
    if (result.success) return { resource: result.data };
    const issue = expandIssues(result.error.issues)[0]!;
    const [key, sub] = issue.path as PathSegment[];
    const what = `"${formatPath(issue.path as PathSegment[])}" ${describeIssue(issue)}`;
    if (typeof key !== 'string' || REQUIRED.has(key)) return { problem: what };
    if (key === 'address' && typeof sub === 'string') {
      delete (raw.address as Json)[sub];
    } else {
      delete raw[key];
    }
    dropped.push(`${what}, so it was left out`);
  }
  return { problem: 'has too many values the catalogue cannot take' };
}

/** Reads HSDS services: a page of the `/services` answer, a list of services, or one service. */
export function hsdsToCatalogue(input: unknown, options: HsdsImportOptions = {}): HsdsImport {
  const result: HsdsImport = { catalogue: { version: 1, resources: [] }, rejected: [], notKept: [] };
  const page = isJson(input) && Array.isArray(input.contents);
  const services = page ? (input as Json).contents : Array.isArray(input) ? input : isJson(input) && 'name' in input ? [input] : undefined;
  if (!Array.isArray(services)) {
    result.fileError = 'is not HSDS services: expected a service, a list of services, or a page with "contents"';
    return result;
  }
  const used = new Set<string>();
  services.forEach((service, index) => {
    const at = page ? `contents[${index}]` : Array.isArray(input) ? `[${index}]` : 'the service';
    if (!isJson(service)) return void result.rejected.push({ at, message: 'is not an object' });
    const name = str(service.name);
    const status = str(service.status);
    // The finder shows every entry as available: a closed service (inactive, defunct, temporarily closed) is left out.
    if (status && status.toLowerCase() !== 'active') {
      return void result.rejected.push({
        at,
        name,
        message: `has status "${status}", so it was left out (the finder would show it as open)`,
      });
    }
    const out: string[] = [];
    const raw = readService(service, options, out);
    if (raw.category === undefined) {
      return void result.rejected.push({
        at,
        name,
        message: 'has no support-finder-category attribute; give one, or pass --category peer|family|clinical',
      });
    }
    if (raw.id === undefined && name) {
      const base = slug(name);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      raw.id = id;
    }
    const dropped: string[] = [];
    const { resource, problem } = settle(raw, dropped);
    if (!resource) return void result.rejected.push({ at, name, message: problem ?? 'cannot be read' });
    if (used.has(resource.id))
      return void result.rejected.push({ at, name, message: `repeats the id "${resource.id}" of an earlier service` });
    used.add(resource.id);
    result.catalogue.resources.push(resource);
    if (out.length) result.notKept.push({ at, name, message: `has fields the catalogue cannot hold: ${out.join(', ')}` });
    for (const message of dropped) result.notKept.push({ at, name, message });
  });
  return result;
}
