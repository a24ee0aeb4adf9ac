/**
 * The closed lists of the catalogue format. Kept apart from the zod schema so
 * the element can name categories and audiences without shipping zod.
 */
export const CATEGORIES = ['peer', 'family', 'clinical'] as const;
export type Category = (typeof CATEGORIES)[number];

export const AUDIENCES = [
  'adults',
  'youth',
  'children',
  'older-adults',
  'families',
  'indigenous',
  '2slgbtqia',
  'francophone',
  'newcomers',
  'veterans',
  'students',
] as const;
export const DELIVERY = ['in-person', 'phone', 'virtual', 'text'] as const;
export const COSTS = ['free', 'low-cost', 'fee'] as const;
export const REFERRALS = ['self', 'professional'] as const;

/** Where a service or crisis line is offered: `CA` for all of Canada, or a province or territory. */
export const AREAS = ['CA', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Area = (typeof AREAS)[number];
/** The provinces and territories, without `CA`. */
export type Province = Exclude<Area, 'CA'>;

/** The messages the format's own rules give, shared by the zod schema and the browser's checks. */
export const RULES = {
  phone: 'must contain at least one digit',
  nonEmpty: 'must not be empty',
  webUrl: 'must be a web address starting with https:// or http://',
  url: 'must be a web address',
  date: 'must be a date written YYYY-MM-DD',
  email: 'must be an email address such as info@example.org',
  province: 'must be a two-letter province code such as ON',
  id: 'must use only lower-case letters, digits and dashes, starting with a letter or digit',
  language: 'must be a two-letter language code such as en or fr',
  text: 'needs text in at least one language',
  languageKey: 'must be a language code such as "en", "pa" or "fr-CA"',
  line: 'needs a "phone" or a "text" number',
  version: 'must be 1 (the catalogue format version)',
  schedule: 'must be "24/7" or a list of opening times such as [{ "days": ["mon"], "opens": "09:00", "closes": "17:00" }]',
  openings: 'must list at least one opening time, or be "24/7"',
  days: 'must name at least one day',
  dayTwice: 'names a day twice',
  opens: 'must be a time written HH:MM from 00:00 to 23:59, such as 09:00',
  closes: 'must be a time written HH:MM from 00:00 to 24:00, such as 17:00',
  sameTime: 'opens and closes at the same time; for a whole day write "opens": "00:00", "closes": "24:00"',
  timeZone: 'must be a time zone name such as America/Toronto, America/Vancouver or America/Halifax',
  areas: 'must name at least one area (CA, or a province or territory code such as ON), or be left out',
  phoneWords:
    'must be one phone number, such as 1-800-555-0199 x12 or 1-866-APPELLE; put "press 2" and the like in "hours" or the description',
  phoneTwo: 'holds two numbers; put the second in "hours" or the description',
  phoneControl: 'holds an invisible control character; type the number again',
  bidiControl: 'holds an invisible text-direction control character; remove it',
} as const;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const PROVINCE_PATTERN = /^[A-Z]{2}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;
/**
 * A key of catalogue text: a well-formed BCP 47 language tag (language,
 * extended language, script, region, variants, extensions, private use), in
 * any letter case. Only the form is checked, so a language too new for this
 * runtime's data still works; the few irregular tags of 2005 (`i-klingon`) are
 * left out.
 */
export const TEXT_LANGUAGE_PATTERN =
  /^[a-z]{2,3}(-[a-z]{3}){0,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*(-[\da-wyz](-[a-z\d]{2,8})+)*(-x(-[a-z\d]{1,8})+)?$/i;
export const OPENS_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CLOSES_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Names already asked about: a large directory repeats a few zones thousands of times, and each ask builds a formatter. */
const knownZones = new Map<string, boolean>();

/** Whether this runtime's time-zone data knows an IANA name such as America/Halifax. */
export function isTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}
