/**
 * What the catalogue's HSDS 3.0 (Open Referral) export and import share: the
 * id scheme and the taxonomies that carry what HSDS has no field for.
 *
 * HSDS ids must be UUIDs. They are UUID v5 names under one fixed namespace
 * (`HSDS_NAMESPACE`, below; never change it), so exporting the same
 * catalogue twice gives the same ids and other systems can track updates.
 */
import { v5 as uuidv5 } from 'uuid';

/** The namespace of every id `to-hsds` derives. Changing it would change every exported id. */
export const HSDS_NAMESPACE = 'c3ace445-ba46-41b8-af20-91eae23c97e0';

/** A stable UUID for a name such as a resource id or `youth-drop-in/phone/voice`. */
export const hsdsId = (name: string): string => uuidv5(name, HSDS_NAMESPACE);

/**
 * Taxonomies whose terms are the catalogue's fixed words: an attribute
 * linking a service to the term `peer` of `support-finder-category` says the
 * resource's category is peer.
 */
export const VOCABULARY_TAXONOMIES = {
  category: 'support-finder-category',
  audiences: 'support-finder-audience',
  delivery: 'support-finder-delivery',
  cost: 'support-finder-cost',
  referral: 'support-finder-referral',
} as const;

/**
 * The taxonomy for values HSDS cannot hold in its own fields: the term code
 * names the field (the spreadsheet column name: `id`, `name_fr`, `tags`…) and
 * the attribute's `value` holds the value.
 */
export const FIELD_TAXONOMY = 'support-finder-field';

export const CATEGORY_LABELS: Record<string, string> = {
  peer: 'Peer support',
  family: 'Family and caregiver support',
  clinical: 'Clinical services',
};

/** An HSDS taxonomy term, as much of it as the export writes. */
export interface HsdsTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTerm;
  value?: string;
}

/** The export's top level: one page of the HSDS API's `/services` answer holding every service. */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Record<string, unknown>[];
}

/** A term of one of the catalogue's taxonomies, with ids derived from its names. */
export function hsdsTerm(taxonomy: string, code: string): HsdsTerm {
  const label = taxonomy === VOCABULARY_TAXONOMIES.category ? (CATEGORY_LABELS[code] ?? code) : code;
  return {
    id: hsdsId(`${taxonomy}/${code}`),
    code,
    name: label,
    description: `Support Finder ${taxonomy.replace(/^support-finder-/, '')}: ${label}`,
    taxonomy,
    taxonomy_id: hsdsId(taxonomy),
  };
}

/** iCal day codes (HSDS `byday`), Monday first like the catalogue's days. */
export const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
