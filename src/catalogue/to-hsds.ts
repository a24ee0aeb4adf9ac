/**
 * Catalogue → HSDS 3.0 services (docs/CATALOGUE.md, "HSDS"). Each resource
 * becomes one service. Fields HSDS has a place for go there; the rest
 * (category, audiences, every language of a text, tags…) go in attributes, so
 * `hsdsToCatalogue` gets every field back.
 */
import { FIELD_TAXONOMY, ICAL_DAYS, VOCABULARY_TAXONOMIES, hsdsId, hsdsTerm, type HsdsAttribute, type HsdsPage } from './hsds.js';
import { DAYS } from '../hours/days.js';
import { areaName, type Area } from './areas.js';
import type { Catalogue, Resource, Text } from './schema.js';
import { localText } from './text.js';

export interface HsdsExport {
  hsds: HsdsPage;
  /** Catalogue fields with no place in HSDS, such as the crisis lines. */
  notWritten: string[];
}

type Json = Record<string, unknown>;
type TextField = 'name' | 'description' | 'organization' | 'hours';

/** The text HSDS's own field gets: English, else French, else the first language there is (the finder's own fallback). */
function mainText(text: Text): string {
  return localText(text, 'en')?.value ?? '';
}

function languageName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    return undefined;
  }
}

// `519-555-0123 x45` → number and extension; any other way of writing an extension stays in the number.
function splitExtension(phone: string): { number: string; extension?: number } {
  const match = /^(.*\d.*?)\s+x(\d{1,9})$/.exec(phone);
  return match ? { number: match[1]!, extension: Number(match[2]) } : { number: phone };
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/** Leaves out empty values so the export holds only what the resource has. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

function attributesOf(resource: Resource, serviceId: string): HsdsAttribute[] {
  const attributes: HsdsAttribute[] = [];
  const add = (taxonomy: string, code: string, value?: string) => {
    const term = hsdsTerm(taxonomy, code);
    const n = attributes.length;
    attributes.push({
      id: hsdsId(`${resource.id}/attribute/${n}`),
      link_id: serviceId,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
      ...(value === undefined ? {} : { value }),
    });
  };
  add(FIELD_TAXONOMY, 'id', resource.id);
  add(VOCABULARY_TAXONOMIES.category, resource.category);
  for (const value of resource.audiences ?? []) add(VOCABULARY_TAXONOMIES.audiences, value);
  for (const value of resource.delivery ?? []) add(VOCABULARY_TAXONOMIES.delivery, value);
  if (resource.cost) add(VOCABULARY_TAXONOMIES.cost, resource.cost);
  if (resource.referral) add(VOCABULARY_TAXONOMIES.referral, resource.referral);
  // HSDS 3.0 text fields hold one language: every language of a text (`name_en`, `name_fr`, `name_pa`) goes in an attribute, so the import can tell which is which.
  for (const field of ['name', 'description', 'organization', 'hours'] as TextField[]) {
    const text = resource[field];
    if (typeof text !== 'object') continue;
    for (const [lang, value] of Object.entries(text)) add(FIELD_TAXONOMY, `${field}_${lang}`, value);
  }
  for (const tag of resource.tags ?? []) add(FIELD_TAXONOMY, 'tags', tag);
  if (resource.source) add(FIELD_TAXONOMY, 'source', resource.source);
  if (resource.timeZone) add(FIELD_TAXONOMY, 'timeZone', resource.timeZone);
  return attributes;
}

function locationOf(resource: Resource, serviceId: string): Json[] | undefined {
  const { address, coordinates } = resource;
  if (!address && !coordinates) return undefined;
  const locationId = hsdsId(`${resource.id}/location`);
  const location = compact({
    id: locationId,
    location_type: 'physical',
    latitude: coordinates?.lat,
    longitude: coordinates?.lng,
    // HSDS requires every address part; a part the catalogue lacks is written empty.
    addresses: address && [
      {
        id: hsdsId(`${resource.id}/address`),
        location_id: locationId,
        address_1: address.street ?? '',
        city: address.city ?? '',
        state_province: address.province ?? '',
        postal_code: address.postalCode ?? '',
        country: 'CA',
        address_type: 'physical',
      },
    ],
  });
  return [{ id: hsdsId(`${resource.id}/service-at-location`), service_id: serviceId, location_id: locationId, location }];
}

/**
 * The free-text hours as the first schedule's `description`, and one weekly
 * schedule (`byday`, `opens_at`, `closes_at`) per opening; "24/7" is every day
 * from 00:00 to 24:00. Times are local wall-clock times in the resource's
 * time zone, with no UTC offset: a fixed offset would be wrong for half the
 * year, and HSDS has no field for a named time zone (it travels as an attribute).
 */
function schedulesOf(resource: Resource, serviceId: string): Json[] | undefined {
  const { schedule, hours } = resource;
  const openings = schedule === '24/7' ? [{ days: DAYS, opens: '00:00', closes: '24:00' }] : (schedule ?? (hours ? [undefined] : []));
  const list = openings.map((opening, i) =>
    compact({
      id: hsdsId(i ? `${resource.id}/schedule/${i}` : `${resource.id}/schedule`),
      service_id: serviceId,
      description: i === 0 && hours ? mainText(hours) : undefined,
      freq: opening && 'WEEKLY',
      byday: opening?.days.map((day) => ICAL_DAYS[DAYS.indexOf(day)]).join(','),
      opens_at: opening?.opens,
      closes_at: opening?.closes,
    }),
  );
  return nonEmpty(list);
}

/**
 * `region` as a service area named by it; each of `areas` as a service area
 * named in English whose `extent` is the ISO 3166 code (`CA`, `CA-ON`), so
 * the import tells a province from a local area of the same name.
 */
function serviceAreasOf(resource: Resource, serviceId: string): Json[] | undefined {
  const area = (code: Area) => ({
    id: hsdsId(`${resource.id}/service-area/${code}`),
    service_id: serviceId,
    name: areaName(code, 'en'),
    extent: code === 'CA' ? code : `CA-${code}`,
    extent_type: 'text',
  });
  const region = resource.region && { id: hsdsId(`${resource.id}/service-area`), service_id: serviceId, name: resource.region };
  return nonEmpty([...(region ? [region] : []), ...(resource.areas ?? []).map(area)]);
}

/** One HSDS service for one resource. */
export function resourceToService(resource: Resource): Json {
  const id = hsdsId(resource.id);
  const phone = (type: 'voice' | 'text', value: string | undefined) =>
    value && { id: hsdsId(`${resource.id}/phone/${type}`), service_id: id, ...splitExtension(value), type };
  const organization = resource.organization && mainText(resource.organization);
  const organizationId = organization && hsdsId(`organization/${organization}`);
  return compact({
    id,
    organization_id: organizationId,
    name: mainText(resource.name),
    description: mainText(resource.description),
    url: resource.website,
    email: resource.email,
    status: 'active',
    assured_date: resource.lastVerified,
    phones: nonEmpty([phone('voice', resource.phone), phone('text', resource.text)].filter(Boolean)),
    schedules: schedulesOf(resource, id),
    service_areas: serviceAreasOf(resource, id),
    service_at_locations: locationOf(resource, id),
    languages: resource.languages?.map((code) =>
      compact({ id: hsdsId(`${resource.id}/language/${code}`), service_id: id, code, name: languageName(code) }),
    ),
    // HSDS requires an organization description; the catalogue has none, so the name stands in.
    organization: organization && { id: organizationId, name: organization, description: organization },
    attributes: attributesOf(resource, id),
  });
}

/** The catalogue as one page of HSDS services. */
export function catalogueToHsds(catalogue: Catalogue): HsdsExport {
  const contents = catalogue.resources.map(resourceToService);
  const notWritten = (['title', 'updated', 'crisis', 'synonyms'] as const).filter((key) => catalogue[key] !== undefined);
  const hsds: HsdsPage = {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
  return { hsds, notWritten };
}
