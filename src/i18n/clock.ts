/**
 * A time of day from minutes after midnight (1440 is the midnight that ends a
 * day). English and French write times as their readers expect ("5 pm",
 * "noon", "17 h") with `clock.*` keys in their tables; a table without them
 * (a language a page adds) gets the browser's own format for its language.
 */
import type { Translate } from './translate.js';

const formats = new Map<string, Intl.DateTimeFormat>();

export function clock(t: Translate, minute: number): string {
  const [h, min] = [Math.floor(minute / 60) % 24, minute % 60];
  const mm = String(min).padStart(2, '0');
  const words = !min && (h ? h === 12 && t('clock.noon') : t('clock.midnight'));
  if (words) return words;
  const text = t(`clock.${h < 12 ? 'am' : 'pm'}${min ? 'Minutes' : ''}` as 'clock.am', { h, h12: h % 12 || 12, mm });
  if (text) return text;
  const key = `${t.lang}:${min ? 1 : 0}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: min ? '2-digit' : undefined, timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(t.lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, format);
  }
  return format.format(Date.UTC(2000, 0, 1, h, min));
}
