/**
 * The JSON Schema of the catalogue format, generated from the zod schema so
 * the two cannot disagree. Editors (VS Code) use it through a catalogue's
 * `"$schema"` to autocomplete fields and underline mistakes, so every field
 * carries a description in the words of docs/CATALOGUE.md.
 */
import * as z from 'zod/mini';
import { AddressSchema, CatalogueSchema, CrisisLineSchema, OpeningSchema, ResourceSchema, TextSchema } from './schema.js';
import { TEXT_LANGUAGE_PATTERN } from './vocabulary.js';

type Meta = { id?: string; title?: string; description?: string };
type JsonObject = Record<string, unknown>;

const RESOURCE_FIELDS: Record<string, string> = {
  id: 'Stable slug, unique in the file: lower-case letters, digits and dashes.',
  category: 'peer = peer support, family = family & caregiver support, clinical = clinical services.',
  name: 'The name people know the service by.',
  description: 'What the service offers and to whom, in plain text (never HTML).',
  organization: 'Who runs it.',
  phone:
    'One telephone number as people write it (519-555-0123, 1-800-555-0199, 211, +1 866 277 3553, 1-866-APPELLE); may end with an extension such as x123, ext. 123 or poste 123. A second number or "press 2" goes in "hours" or the description.',
  text: 'One SMS number or short code (686868).',
  email: 'An email address.',
  website: 'A web address starting with https:// or http://.',
  address: 'Street address; the province as a two-letter code (ON).',
  areas:
    'Where it is offered: CA for all of Canada, or province and territory codes (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT). Left out, the area is unstated and the entry is listed wherever the person is.',
  region: 'The local area it serves within its areas, e.g. Waterloo Wellington, Toronto; shown on the result and offered as a filter.',
  coordinates: 'Latitude and longitude, for sorting by distance (computed in the browser only).',
  audiences: 'Who it is for.',
  languages: 'Two-letter (ISO 639-1) codes of the languages the service is delivered in.',
  delivery: 'How it is delivered.',
  cost: 'What it costs.',
  referral: 'self = people can contact it themselves; professional = a referral is needed.',
  hours: 'Human-readable hours, e.g. 24/7, Mon–Fri 9:00–17:00.',
  schedule: 'Structured hours for "Open now": "24/7", or a list of opening times. Keep "hours" too: it is what people read.',
  timeZone: 'The time zone of "schedule" (an IANA name such as America/Vancouver, America/Halifax); America/Toronto when absent.',
  tags: 'Extra search words.',
  lastVerified: 'When a person last checked the details (YYYY-MM-DD); older than 12 months draws a warning.',
  source: 'Where the details were checked (a web address).',
};

function describe(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  registry.add(TextSchema, {
    id: 'Text',
    description:
      'Text in one language, or an object of texts by language: { "en": "…", "fr": "…", "pa": "…" }, each key a BCP 47 language tag (en, fr, pa, fr-CA, zh-Hant). The finder shows the text in its language, else its fallback language, English, French, then any.',
  });
  registry.add(ResourceSchema, { id: 'Resource', description: 'One support service.' });
  registry.add(CrisisLineSchema, {
    id: 'CrisisLine',
    description: 'A local crisis line, shown in the banner after 9-8-8 and 9-1-1. Needs a "phone" or a "text" number.',
  });
  registry.add(AddressSchema, { id: 'Address', description: RESOURCE_FIELDS.address });
  registry.add(OpeningSchema, {
    id: 'Opening',
    description:
      'Days with the same opening time, on the 24-hour clock. A closing time at or before the opening time is past midnight (18:00 to 02:00); 24:00 is the end of the day.',
  });
  registry.add(OpeningSchema.shape.days, { description: 'Days: mon, tue, wed, thu, fri, sat, sun.' });
  registry.add(OpeningSchema.shape.opens, { description: 'Opening time, HH:MM (00:00 to 23:59).' });
  registry.add(OpeningSchema.shape.closes, { description: 'Closing time, HH:MM (00:00 to 24:00).' });
  for (const [field, description] of Object.entries(RESOURCE_FIELDS)) {
    const schema = ResourceSchema.shape[field as keyof typeof ResourceSchema.shape];
    if (!registry.has(schema)) registry.add(schema, { description });
  }
  const top = CatalogueSchema.shape;
  registry.add(top.$schema, { description: 'Path or URL of this JSON Schema, for editors; ignored by the finder.' });
  registry.add(top.version, { description: 'Format version; always 1.' });
  registry.add(top.updated, { description: 'When the file as a whole was last reviewed (YYYY-MM-DD).' });
  registry.add(top.crisis, { description: 'Local crisis lines; 9-8-8 and 9-1-1 are always shown and cannot be removed.' });
  registry.add(top.synonyms, {
    description:
      'Groups of words or phrases that mean the same to the people searching, e.g. [["sunrise house", "detox", "withdrawal"]]: a search holding one of them, as whole words, also finds the others. Added to the built-in lay words.',
  });
  registry.add(top.translations, {
    description:
      'The finder\'s own words in more languages, so a bundled file works offline: {"pa": {"heading": "…", "resultCount": {"one": "…", "other": "…"}}}. Keys as in data/translations/template.json; a missing key shows in the fallback language.',
  });
  registry.add(top.resources, { description: 'The support services; may be empty.' });
  return registry;
}

const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\uff10-\\uff19';
const PHONE_CHARS = `[${DIGIT}A-Za-z .,:#()\\-\\u00a0\\u2010-\\u2015\\u2212\\uff0d]`;
const PHONE_PATTERN = `^\\+?${PHONE_CHARS}*[${DIGIT}]${PHONE_CHARS}*$`;

// What zod cannot say in JSON Schema: the checks written as refinements.
function addRefinements(schema: JsonObject): void {
  const defs = schema.$defs as Record<string, JsonObject>;
  const text = defs.Text!.anyOf as JsonObject[];
  for (const option of text)
    if (option.type === 'object') {
      option.minProperties = 1;
      // JSON Schema patterns take no flags: the case-insensitive one is spelled out.
      const key = TEXT_LANGUAGE_PATTERN.source.replace(/a-z/g, 'A-Za-z').replace('a-wyz', 'A-WYZa-wyz').replace('-x(', '-[Xx](');
      option.patternProperties = { [key]: option.additionalProperties };
      option.additionalProperties = false;
      delete option.propertyNames;
    }
  defs.CrisisLine!.anyOf = [{ required: ['phone'] }, { required: ['text'] }];
  (defs.Opening!.properties as Record<string, JsonObject>).days!.uniqueItems = true;
  for (const owner of [defs.Resource!, defs.CrisisLine!]) {
    const website = (owner.properties as Record<string, JsonObject>).website!;
    website.pattern = '^https?://';
    // An editor's first warning only: phone.ts also refuses letters that are not a vanity number, and a second number.
    for (const key of ['phone', 'text']) (owner.properties as Record<string, JsonObject>)[key]!.pattern = PHONE_PATTERN;
  }
}

/** The JSON Schema (draft 2020-12) of catalogue files, format version 1. */
export function catalogueJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(CatalogueSchema, {
    target: 'draft-2020-12',
    metadata: describe(),
    unrepresentable: 'any',
  }) as JsonObject;
  addRefinements(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Support Finder catalogue',
    description: 'A catalogue of mental-health supports for <support-finder>, format version 1 (docs/CATALOGUE.md).',
    ...rest,
  };
}
