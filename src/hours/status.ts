/**
 * Open or closed, from a resource's `schedule`, on the wall clocks of its
 * `timeZone`. Everything is worked out in local weekday and minute, read with
 * `Intl` at the instant asked about, so daylight-saving changes need no rules
 * of their own and no time-zone library ships to the browser.
 */
import type { Resource } from '../catalogue/schema.js';
import { DAYS, DAY_MINUTES, DEFAULT_TIME_ZONE, WEEK_MINUTES, minutesOf } from './days.js';

/** A moment on the local weekly clock: 0 = Monday; `minute` 1440 is the midnight that ends `day`. */
export interface WallTime {
  day: number;
  minute: number;
  /** Falls later on the same local day as the instant asked about. */
  today: boolean;
}

export type HoursStatus =
  { state: 'unknown' } | { state: 'always' } | { state: 'open'; closes: WallTime } | { state: 'closed'; opens: WallTime };

const formatters = new Map<string, Intl.DateTimeFormat | null>();
type LocalTime = { day: number; minute: number } | null;
/**
 * Per zone, the last instant read and its answer: "Open now" asks the same
 * instant of every match, and `formatToParts` costs microseconds, too much to
 * repeat for 50,000 entries in a few zones.
 */
const lastRead = new Map<string, { time: number; local: LocalTime }>();

/** Weekday (0 = Monday) and minute of the day at `at` in `timeZone`, or null for a zone this browser does not know. */
export function localTime(at: Date, timeZone: string): LocalTime {
  const time = at.getTime();
  const last = lastRead.get(timeZone);
  if (last?.time === time) return last.local;
  const local = readLocalTime(at, timeZone);
  lastRead.set(timeZone, { time, local });
  return local;
}

/**
 * Makes the default time zone's formatter ahead of need. A page's first
 * `Intl.DateTimeFormat` takes about 20 ms (the browser loads its calendar
 * data): made while a catalogue downloads, that is a task of its own rather
 * than part of a slice checking time zones or of the task drawing the first list.
 */
export function prepareClock(): void {
  localTime(new Date(), DEFAULT_TIME_ZONE);
}

function readLocalTime(at: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    } catch {
      format = null;
    }
    formatters.set(timeZone, format);
  }
  if (!format) return null;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  const day = DAYS.indexOf(parts.weekday?.toLowerCase() as (typeof DAYS)[number]);
  return day < 0 ? null : { day, minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
}

type Schedule = Exclude<Resource['schedule'], '24/7' | undefined>;
/** Each schedule's spans, worked out once: a list and the "Open now" count ask about the same entries on every keystroke. */
const spanCache = new WeakMap<Schedule, [number, number][]>();

function spans(schedule: Schedule): [number, number][] {
  let list = spanCache.get(schedule);
  if (!list) spanCache.set(schedule, (list = spansOf(schedule)));
  return list;
}

/** Opening spans in minutes from Monday 00:00, over two weeks so a span crossing Sunday midnight is whole. */
function spansOf(schedule: Schedule): [number, number][] {
  const list: [number, number][] = [];
  for (const { days, opens, closes } of schedule) {
    const start = minutesOf(opens);
    let end = minutesOf(closes);
    if (end <= start) end += DAY_MINUTES;
    for (const day of days) {
      const at = DAYS.indexOf(day) * DAY_MINUTES + start;
      list.push([at, at + end - start], [at + WEEK_MINUTES, at + WEEK_MINUTES + end - start]);
    }
  }
  list.sort((a, b) => a[0] - b[0]);
  // Touching spans are one: open Monday until 24:00 and Tuesday from 00:00 does not close at midnight.
  const merged: [number, number][] = [];
  for (const span of list) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** `at` minutes from Monday 00:00 as a weekday and time; midnight belongs to the day it ends ("closes at midnight"). */
function wallTime(now: number, at: number): WallTime {
  const week = (at - 1) % WEEK_MINUTES;
  const day = Math.floor(week / DAY_MINUTES);
  return { day, minute: (week % DAY_MINUTES) + 1, today: at - now < DAY_MINUTES && day === Math.floor(now / DAY_MINUTES) };
}

/** This moment on the entry's weekly clock with its spans, or the answer that needs neither. */
function week(resource: Resource, at: Date): 'always' | 'unknown' | { now: number; list: [number, number][] } {
  const { schedule } = resource;
  if (schedule === '24/7') return 'always';
  if (!Array.isArray(schedule) || !schedule.length) return 'unknown';
  const local = localTime(at, resource.timeZone ?? DEFAULT_TIME_ZONE);
  if (!local) return 'unknown';
  const list = spans(schedule);
  if (list.some(([start, end]) => end - start >= WEEK_MINUTES)) return 'always';
  return { now: local.day * DAY_MINUTES + local.minute, list };
}

/** The span holding `now`: every span is also listed a week later, so the one holding this moment a week on is always there. */
const spanAt = (list: [number, number][], now: number) =>
  list.find(([start, end]) => start <= now + WEEK_MINUTES && now + WEEK_MINUTES < end);

/** Whether `resource` is open at `at`, and when that changes, in its own time zone. */
export function hoursStatus(resource: Resource, at: Date): HoursStatus {
  const w = week(resource, at);
  if (typeof w === 'string') return { state: w };
  const { now, list } = w;
  const open = spanAt(list, now);
  if (open) return { state: 'open', closes: wallTime(now, open[1] - WEEK_MINUTES) };
  const next = list.find(([start]) => start > now)!;
  return { state: 'closed', opens: wallTime(now, next[0]) };
}

/**
 * Whether `resource` is open at the instant `at`: null when it has no
 * structured schedule (or a time zone this browser does not know), so an
 * "Open now" filter can tell "closed" from "not stated". It builds none of
 * `hoursStatus`'s answer: the filter asks it of every match.
 */
export function isOpenAt(resource: Resource, at: Date): boolean | null {
  const w = week(resource, at);
  return w === 'unknown' ? null : w === 'always' || !!spanAt(w.list, w.now);
}
