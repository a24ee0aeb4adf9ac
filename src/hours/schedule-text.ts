/**
 * The one-line way of writing a schedule, shared by the spreadsheet column and
 * the builder page: `Mon-Fri 09:00-17:00; Sat 10:00-14:00`, or `24/7`.
 * Reading is forgiving about what people type (French day names, `9h`,
 * en dashes, `daily`); writing always gives the same plain form back.
 */
import type { Opening, Schedule } from '../catalogue/schema.js';
import { DAYS, type Day } from './days.js';

const NAMES: Record<string, Day> = {};
const WORDS = [
  ['mon', 'monday', 'lun', 'lundi'],
  ['tue', 'tues', 'tuesday', 'mar', 'mardi'],
  ['wed', 'wednesday', 'mer', 'mercredi'],
  ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi'],
  ['fri', 'friday', 'ven', 'vendredi'],
  ['sat', 'saturday', 'sam', 'samedi'],
  ['sun', 'sunday', 'dim', 'dimanche'],
];
WORDS.forEach((words, i) => words.forEach((word) => (NAMES[word] = DAYS[i]!)));

const EVERY_DAY = /^(daily|every ?day|tous les jours|7 ?j(ours)? ?(sur|\/) ?7)$/i;
const EXAMPLE = 'for example "Mon-Fri 09:00-17:00; Sat 10:00-14:00", or "24/7"';
const label = (day: Day) => day[0]!.toUpperCase() + day.slice(1);

export type ScheduleTextResult = { schedule: Schedule } | { error: string };

function readDays(text: string): Day[] | string {
  if (EVERY_DAY.test(text)) return [...DAYS];
  const days: Day[] = [];
  // "Monday to Friday", "lundi au vendredi": a range, as Mon-Fri.
  const ranges = text.replace(/ (to|au|à) /gi, '-');
  for (const token of ranges.split(/[\s,&]+|\band\b|\bet\b/i).filter(Boolean)) {
    const names = token.split('-');
    const ends = names.map((name) => NAMES[name.toLowerCase().replace(/\.$/, '')]);
    const bad = names.find((_, i) => !ends[i]);
    if (bad !== undefined || ends.length > 2) {
      return `"${bad ?? token}" is not a day; write Mon, Tue, Wed, Thu, Fri, Sat, Sun (or lun, mar, mer, jeu, ven, sam, dim), ${EXAMPLE}`;
    }
    const from = DAYS.indexOf(ends[0]!);
    const to = DAYS.indexOf(ends[ends.length - 1]!);
    for (let i = from; ; i = (i + 1) % 7) {
      if (days.includes(DAYS[i]!)) return `names ${label(DAYS[i]!)} twice in "${text}"`;
      days.push(DAYS[i]!);
      if (i === to) break;
    }
  }
  return days;
}

// Minutes or an "h" are required: a bare "9-5" would read as 09:00 to 05:00 the next morning.
const TIME = /^(\d{1,2})(?:[:h](\d{2})|h)$/i;

function readTime(text: string, closing: boolean): string | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !closing))) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function readPart(part: string): Opening[] | string {
  const split = /^([^\d]*?)[\s:]*(\d.*)$/.exec(part);
  if (!split || !split[1]) return `"${part}" needs days, then times: ${EXAMPLE}`;
  const days = readDays(split[1]);
  if (typeof days === 'string') return days;
  const openings: Opening[] = [];
  for (const range of split[2]!.split(/[\s,]+|\band\b|\bet\b/i).filter(Boolean)) {
    const [from, to, ...rest] = range.split('-');
    const opens = readTime(from ?? '', false);
    const closes = rest.length ? undefined : readTime(to ?? '', true);
    if (!opens || !closes) {
      return `"${range}" is not an opening time; write it as 09:00-17:00 (24-hour clock, up to 24:00), ${EXAMPLE}`;
    }
    if (opens === closes) return `"${range}" opens and closes at the same time; for a whole day write 00:00-24:00`;
    openings.push({ days: [...days], opens, closes });
  }
  return openings.length ? openings : `"${part}" has no times: ${EXAMPLE}`;
}

/** Reads the one-line form; an empty text is an error too (the caller leaves the field out instead). */
export function parseScheduleText(text: string): ScheduleTextResult {
  // Spreadsheets and word processors turn dashes into en or em dashes.
  const clean = text
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/(\d) h(?: (\d\d))?/gi, (_, hour: string, minutes?: string) => `${hour}h${minutes ?? ''}`)
    .replace(/ ?- ?/g, '-')
    .trim();
  if (/^24 ?\/ ?7$/.test(clean)) return { schedule: '24/7' };
  const openings: Opening[] = [];
  for (const part of clean
    .split(/;|\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const read = readPart(part);
    if (typeof read === 'string') return { error: read };
    openings.push(...read);
  }
  return openings.length ? { schedule: openings } : { error: `is empty; ${EXAMPLE}` };
}

/** `["mon","tue","wed","sat"]` → `Mon-Wed, Sat`: runs of following days as ranges, in the order given. */
function formatDays(days: readonly Day[]): string {
  const runs: Day[][] = [];
  for (const day of days) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && DAYS[(DAYS.indexOf(last) + 1) % 7] === day) run.push(day);
    else runs.push([day]);
  }
  return runs.map((run) => label(run[0]!) + (run.length > 1 ? `-${label(run[run.length - 1]!)}` : '')).join(', ');
}

/** The one-line form of a schedule; `parseScheduleText` reads it back to the same value. */
export function formatScheduleText(schedule: Schedule): string {
  // A line that did not read (the builder keeps it as typed) is written back as it is.
  if (typeof schedule === 'string') return schedule;
  return schedule.map((o) => `${formatDays(o.days)} ${o.opens}-${o.closes}`).join('; ');
}
