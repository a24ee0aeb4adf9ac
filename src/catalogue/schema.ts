/**
 * The catalogue file format, version 1 (see docs/CATALOGUE.md).
 *
 * This zod schema is the one source of truth: the TypeScript types below are
 * inferred from it, the element and the CLI validate with it, and
 * `data/catalogue.schema.json` is generated from it. We use `zod/mini` because
 * it carries the same checks at a third of classic zod's bytes, and every
 * visitor downloads the validator.
 */
import * as z from 'zod/mini';
import { DAYS } from '../hours/days.js';
import {
  AREAS,
  AUDIENCES,
  CATEGORIES,
  CLOSES_PATTERN,
  COSTS,
  DELIVERY,
  ID_PATTERN,
  isTimeZone,
  LANGUAGE_PATTERN,
  OPENS_PATTERN,
  PROVINCE_PATTERN,
  REFERRALS,
  RULES,
  TEXT_LANGUAGE_PATTERN,
} from './vocabulary.js';
import { BIDI_CONTROL, parsePhone } from './phone.js';

export { AUDIENCES, CATEGORIES, COSTS, DELIVERY, REFERRALS };
export type { Category } from './vocabulary.js';

/** `CA` or province and territory codes; an entry without them has an unstated area, listed everywhere. */
const areas = z.array(z.enum(AREAS)).check(z.refine((list) => list.length > 0, { error: RULES.areas }));
const audiences = z.array(z.enum(AUDIENCES));

/** One telephone number people can dial (see phone.ts): the link dials what the label shows. */
const phone = z.string().check((ctx) => {
  const read = parsePhone(ctx.value);
  if ('problem' in read) ctx.issues.push({ code: 'custom', message: read.problem, input: ctx.value });
});
/** Shown beside phone numbers, so no bidi control may reorder what is shown. */
const noBidi = z.refine<string>((s) => !BIDI_CONTROL.test(s), { error: RULES.bidiControl });
const nonEmpty = z.string().check(z.trim(), z.minLength(1, { error: RULES.nonEmpty }), noBidi);
const shownText = z.string().check(noBidi);
const webUrl = z.url({ protocol: /^https?$/, error: RULES.webUrl });
const isoDate = z.iso.date({ error: RULES.date });

/**
 * Text in one language, or by language: `{ "en": "…", "fr": "…", "pa": "…" }`,
 * each key a BCP 47 language tag. Issues go on as zod's own checks do
 * (`continue`), so the union reports them rather than rejecting the whole.
 */
export const TextSchema = z.union([
  nonEmpty,
  z.record(z.string(), nonEmpty).check((ctx) => {
    const keys = Object.keys(ctx.value);
    for (const key of keys)
      if (!TEXT_LANGUAGE_PATTERN.test(key))
        ctx.issues.push({ code: 'custom', message: RULES.languageKey, input: key, path: [key], continue: true });
    if (!keys.length) ctx.issues.push({ code: 'custom', message: RULES.text, input: ctx.value, continue: true });
  }),
]);

export const AddressSchema = z.object({
  street: z.optional(z.string()),
  city: z.optional(z.string()),
  province: z.optional(z.string().check(z.regex(PROVINCE_PATTERN, { error: RULES.province }))),
  postalCode: z.optional(z.string()),
});

/** One set of days with the same opening time; a closing time at or before the opening time means past midnight. */
export const OpeningSchema = z
  .object({
    days: z.array(z.enum(DAYS)).check(
      z.minLength(1, { error: RULES.days }),
      z.refine((days) => new Set(days).size === days.length, { error: RULES.dayTwice }),
    ),
    opens: z.string().check(z.regex(OPENS_PATTERN, { error: RULES.opens })),
    closes: z.string().check(z.regex(CLOSES_PATTERN, { error: RULES.closes })),
  })
  .check(z.refine((o) => o.opens !== o.closes, { error: RULES.sameTime }));

/** `"24/7"`, or the weekly opening times. */
export const ScheduleSchema = z.union([z.literal('24/7'), z.array(OpeningSchema).check(z.minLength(1, { error: RULES.openings }))], {
  error: RULES.schedule,
});

export const ResourceSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN, { error: RULES.id })),
  category: z.enum(CATEGORIES),
  name: TextSchema,
  description: TextSchema,
  organization: z.optional(TextSchema),
  phone: z.optional(phone),
  text: z.optional(phone),
  email: z.optional(z.email({ error: RULES.email })),
  website: z.optional(webUrl),
  address: z.optional(AddressSchema),
  areas: z.optional(areas),
  region: z.optional(shownText),
  coordinates: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lng: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  audiences: z.optional(audiences),
  languages: z.optional(z.array(z.string().check(z.regex(LANGUAGE_PATTERN, { error: RULES.language })))),
  delivery: z.optional(z.array(z.enum(DELIVERY))),
  cost: z.optional(z.enum(COSTS)),
  referral: z.optional(z.enum(REFERRALS)),
  hours: z.optional(TextSchema),
  schedule: z.optional(ScheduleSchema),
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, { error: RULES.timeZone }))),
  tags: z.optional(z.array(z.string())),
  lastVerified: z.optional(isoDate),
  source: z.optional(z.url({ error: RULES.url })),
});

export const CrisisLineSchema = z
  .object({
    name: TextSchema,
    phone: z.optional(phone),
    text: z.optional(phone),
    hours: z.optional(TextSchema),
    areas: z.optional(areas),
    region: z.optional(shownText),
    audiences: z.optional(audiences),
    website: z.optional(webUrl),
  })
  .check(
    z.refine((l) => l.phone !== undefined || l.text !== undefined, {
      error: RULES.line,
    }),
  );

export const CatalogueSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(1, { error: RULES.version }),
  title: z.optional(TextSchema),
  updated: z.optional(isoDate),
  crisis: z.optional(
    z.object({
      lines: z.optional(z.array(CrisisLineSchema)),
      terms: z.optional(z.array(z.string())),
    }),
  ),
  synonyms: z.optional(z.array(z.array(z.string()))),
  // The finder's own words in more languages, by tag; each table's keys are checked by src/i18n/check-table.ts.
  translations: z.optional(z.record(z.string(), z.record(z.string(), z.unknown()))),
  resources: z.array(ResourceSchema),
});

export type Text = z.infer<typeof TextSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Schedule = z.infer<typeof ScheduleSchema>;
export type Opening = z.infer<typeof OpeningSchema>;
export type CrisisLine = z.infer<typeof CrisisLineSchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;
/** The finder's own languages: its strings come in these. */
export type Language = 'en' | 'fr';
/** A BCP 47 language tag, such as `pa` or `fr-CA`: the key of catalogue text in one language. */
export type LanguageTag = string;
