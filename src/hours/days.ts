/**
 * The words of structured opening hours, kept apart from the zod schema so the
 * element can compute "open now" without pulling in the validator.
 */

/** Days of the week as the catalogue writes them, Monday first. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** The time zone of a resource that names none: most branches using the finder are in Ontario. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** Minutes in a day, and in a week. */
export const DAY_MINUTES = 1440;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

/** `"09:30"` → 570; `"24:00"` → 1440. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
