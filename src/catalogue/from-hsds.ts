/**
 * HSDS 3.0 services → catalogue. Reads back what `catalogueToHsds` writes,
 * and also services from other HSDS systems: whatever the catalogue has no
 * field for is listed, service by service, so nothing is dropped silently.
 */
import { FIELD_TAXONOMY, ICAL_DAYS, VOCABULARY_TAXONOMIES } from './hsds.js';
import { ResourceSchema, type Catalogue, type Category, type Opening, type Resource } from './schema.js';
import { describeIssue, expandIssues, formatPath, type PathSegment } from './messages.js';
import { DAYS } from '../hours/days.js';
import { areaFromName, toArea } from './areas.js';

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
}

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const hasValue = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length) && !(isJson(v) && !Object.keys(v).length);

const TEXT_FIELDS = ['name', 'description', 'organization', 'hours'] as const;
const VOCABULARY = Object.entries(VOCABULARY_TAXONOMIES) as [keyof typeof VOCABULARY_TAXONOMIES, string][];

/** HSDS fields the import reads; any other field with a value is reported. */
const READ = {
  service: ['id', 'name', 'description', 'url', 'email', 'status', 'assured_date', 'organization_id', 'organization', 'phones', 'schedules', 'service_areas', 'service_at_locations', 'languages', 'attributes'],
  organization: ['id', 'name', 'description'],
  phone: ['id', 'service_id', 'number', 'extension', 'type'],
  schedule: ['id', 'service_id', 'description', 'freq', 'byday', 'opens_at', 'closes_at'],
  area: ['id', 'service_id', 'name', 'extent', 'extent_type'],
  language: ['id', 'service_id', 'code', 'name'],
  serviceAtLocation: ['id', 'service_id', 'location_id', 'location'],
  location: ['id', 'location_type', 'latitude', 'longitude', 'addresses'],
  address: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
};

function leftovers(record: Json, read: readonly string[], prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(record)) if (!read.includes(key) && hasValue(value)) out.push(`${prefix}${key}`);
}

/** `Café Écoute 24/7` → `cafe-ecoute-24-7` */
function slug(name: string): string {
  const base = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
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
    raw[field] = typeof phone.extension === 'number' ? `${number} x${phone.extension}` : number;
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

const ICAL = new Map<string, (typeof DAYS)[number]>(ICAL_DAYS.map((code, i) => [code, DAYS[i]!]));

/** `09:00`, `09:00:00`, `09:00-05:00` → `09:00`, and whether a UTC offset was dropped. */
function readClock(value: unknown): { time: string; offset: boolean } | undefined {
  const match = typeof value === 'string' ? /^(\d\d:\d\d)(?::00)?(Z|[+-]\d\d:?\d\d)?$/.exec(value.trim()) : null;
  return match ? { time: match[1]!, offset: !!match[2] } : undefined;
}

/**
 * Weekly schedules with `byday`, `opens_at` and `closes_at` become the
 * resource's `schedule`. If any timed schedule cannot be read as weekly
 * opening times (monthly, every other week…), none is used: part of a
 * schedule would show a service as closed when it is open.
 */
function readSchedules(schedules: Json[], raw: Json, out: string[]): void {
  const openings: Opening[] = [];
  let unread = false;
  schedules.forEach((schedule, i) => {
    const at = `schedules[${i}]`;
    const timed = ['byday', 'opens_at', 'closes_at'].some((key) => hasValue(schedule[key]));
    if (i > 0 && !timed) return void out.push(at);
    leftovers(schedule, READ.schedule, `${at}.`, out);
    if (i > 0 && hasValue(schedule.description) && schedule.description !== schedules[0]!.description) out.push(`${at}.description`);
    if (!timed) return;
    const days = str(schedule.byday)?.split(',').map((code) => ICAL.get(code.trim().toUpperCase()));
    const [opens, closes] = [readClock(schedule.opens_at), readClock(schedule.closes_at)];
    const freq = str(schedule.freq)?.toUpperCase();
    const weekly = (freq === undefined || freq === 'WEEKLY') && [undefined, null, 1].includes(schedule.interval as never) &&
      !['bymonthday', 'byweekno', 'byyearday'].some((key) => hasValue(schedule[key]));
    if (!days?.length || days.some((day) => !day) || !opens || !closes || !weekly) {
      unread = true;
      return void out.push(`${at} (not weekly opening times with byday, opens_at and closes_at, so no opening times were kept)`);
    }
    if (opens.offset || closes.offset) out.push(`${at} UTC offset (times read as local time in the resource's time zone)`);
    openings.push({ days: days as Opening['days'], opens: opens.time, closes: closes.time });
  });
  if (unread || !openings.length) return;
  const [only] = openings;
  const always = openings.length === 1 && only!.days.join() === DAYS.join() && only!.opens === '00:00' && only!.closes === '24:00';
  raw.schedule = always ? '24/7' : openings;
}

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
  const schedules = list(service.schedules);
  const areas = list(service.service_areas);
  const native = {
    name: str(service.name),
    description: str(service.description),
    organization: str(organization?.name),
    hours: str(schedules[0]?.description),
  };
  const raw: Json = {};
  for (const text of TEXT_FIELDS) {
    const en = field(`${text}_en`)?.[0];
    const fr = field(`${text}_fr`)?.[0];
    // Without language attributes the language is unknown: plain text says exactly that.
    raw[text] = en !== undefined || fr !== undefined ? JSON.parse(JSON.stringify({ en, fr })) : native[text];
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
    if (status === 'inactive' || status === 'defunct') {
      return void result.rejected.push({ at, name, message: `has status "${status}", so it was left out` });
    }
    const out: string[] = [];
    if (status && status !== 'active') out.push(`status "${status}" (the finder shows it as open)`);
    const raw = readService(service, options, out);
    if (raw.category === undefined) {
      return void result.rejected.push({ at, name, message: 'has no support-finder-category attribute; give one, or pass --category peer|family|clinical' });
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
    if (used.has(resource.id)) return void result.rejected.push({ at, name, message: `repeats the id "${resource.id}" of an earlier service` });
    used.add(resource.id);
    result.catalogue.resources.push(resource);
    if (out.length) result.notKept.push({ at, name, message: `has fields the catalogue cannot hold: ${out.join(', ')}` });
    for (const message of dropped) result.notKept.push({ at, name, message });
  });
  return result;
}
