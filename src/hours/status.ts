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
  | { state: 'unknown' }
  | { state: 'always' }
  | { state: 'open'; closes: WallTime }
  | { state: 'closed'; opens: WallTime };

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Weekday (0 = Monday) and minute of the day at `at` in `timeZone`, or null for a zone this browser does not know. */
export function localTime(at: Date, timeZone: string): { day: number; minute: number } | null {
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

/** Opening spans in minutes from Monday 00:00, over two weeks so a span crossing Sunday midnight is whole. */
function spans(schedule: Exclude<Resource['schedule'], '24/7' | undefined>): [number, number][] {
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

/** Whether `resource` is open at `at`, and when that changes, in its own time zone. */
export function hoursStatus(resource: Resource, at: Date): HoursStatus {
  const { schedule } = resource;
  if (schedule === '24/7') return { state: 'always' };
  if (!Array.isArray(schedule) || !schedule.length) return { state: 'unknown' };
  const local = localTime(at, resource.timeZone ?? DEFAULT_TIME_ZONE);
  if (!local) return { state: 'unknown' };
  const now = local.day * DAY_MINUTES + local.minute;
  const list = spans(schedule);
  if (list.some(([start, end]) => end - start >= WEEK_MINUTES)) return { state: 'always' };
  // Every span is also listed a week later, so the one holding this moment a week on is always there.
  const open = list.find(([start, end]) => start <= now + WEEK_MINUTES && now + WEEK_MINUTES < end);
  if (open) return { state: 'open', closes: wallTime(now, open[1] - WEEK_MINUTES) };
  const next = list.find(([start]) => start > now)!;
  return { state: 'closed', opens: wallTime(now, next[0]) };
}

/**
 * Whether `resource` is open at the instant `at`: null when it has no
 * structured schedule (or a time zone this browser does not know), so an
 * "Open now" filter can tell "closed" from "not stated".
 */
export function isOpenAt(resource: Resource, at: Date): boolean | null {
  const { state } = hoursStatus(resource, at);
  return state === 'unknown' ? null : state !== 'closed';
}
