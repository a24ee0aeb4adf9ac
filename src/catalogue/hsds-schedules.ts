/**
 * HSDS schedules → the catalogue's opening times (`schedule`) for from-hsds.ts.
 * Whatever cannot be read as current weekly opening times is listed in `out`.
 */
import { ICAL_DAYS } from './hsds.js';
import type { Opening } from './schema.js';
import { DAYS } from '../hours/days.js';
import { hasValue, leftovers, str, type Json } from './hsds-json.js';

/** HSDS schedule fields read here; any other with a value is listed. */
const READ = ['id', 'service_id', 'description', 'freq', 'byday', 'opens_at', 'closes_at'];

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
export function readSchedules(schedules: [Json, number][], raw: Json, out: string[]): void {
  const openings: Opening[] = [];
  let unread = false;
  schedules.forEach(([schedule, i]) => {
    const at = `schedules[${i}]`;
    const timed = ['byday', 'opens_at', 'closes_at'].some((key) => hasValue(schedule[key]));
    if (schedule !== schedules[0]![0] && !timed) return void out.push(at);
    leftovers(schedule, READ, `${at}.`, out);
    if (schedule !== schedules[0]![0] && hasValue(schedule.description) && schedule.description !== schedules[0]![0].description)
      out.push(`${at}.description`);
    if (!timed) return;
    const days = str(schedule.byday)
      ?.split(',')
      .map((code) => ICAL.get(code.trim().toUpperCase()));
    const [opens, closes] = [readClock(schedule.opens_at), readClock(schedule.closes_at)];
    const freq = str(schedule.freq)?.toUpperCase();
    const weekly =
      (freq === undefined || freq === 'WEEKLY') &&
      [undefined, null, 1].includes(schedule.interval as never) &&
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

const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

/**
 * The schedules in force today, each with its place in the file. One that
 * ended (`valid_to`, `until`) or has not begun (`valid_from`, `dtstart`)
 * would show a service open at hours it no longer keeps.
 */
export function currentSchedules(schedules: Json[], today: string, out: string[]): [Json, number][] {
  const current: [Json, number][] = [];
  schedules.forEach((schedule, i) => {
    const ended = [schedule.valid_to, schedule.until].map(day).find((date) => date !== undefined && date < today);
    const later = [schedule.valid_from, schedule.dtstart].map(day).find((date) => date !== undefined && date > today);
    if (ended) out.push(`schedules[${i}] (ended on ${ended}, so not used as current hours)`);
    else if (later) out.push(`schedules[${i}] (starts on ${later}, so not used as current hours)`);
    else current.push([schedule, i]);
  });
  return current;
}
