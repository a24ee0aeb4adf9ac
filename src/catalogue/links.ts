/**
 * The only link schemes ever rendered. Checked again at render time, because a
 * catalogue can reach the element without passing validation (a bundled file,
 * a future code path), and a `javascript:` link must never reach the page.
 */
import { parsePhone } from './phone.js';

/** A `tel:` or `sms:` link and the number it dials, written for people. */
export interface Dial {
  /** RFC 3966: `tel:+18662773553`, `tel:18885550199;ext=12`, `sms:535353`. */
  href: string;
  /** The number dialled, formatted, with its extension: `1-888-555-0199 ext. 12`. */
  label: string;
  /** The letters as written, for a vanity number: `1 866 APPELLE`. */
  vanity?: string;
}

/**
 * The link and its label, both from the one parsed number, so what is shown is
 * what is dialled. Nothing for a value that is not one number (data that
 * skipped validation). A text message has no extension.
 */
export function dial(scheme: 'tel' | 'sms', value: string | undefined, extWord: string): Dial | undefined {
  const read = value ? parsePhone(value) : undefined;
  if (!read || 'problem' in read) return undefined;
  const ext = scheme === 'tel' ? read.ext : undefined;
  return {
    href: `${scheme}:${read.dial}${ext ? `;ext=${ext}` : ''}`,
    label: read.shown + (ext ? ` ${extWord} ${ext}` : ''),
    vanity: read.vanity,
  };
}

export const telHref = (phone: string | undefined) => dial('tel', phone, '')?.href;
export const smsHref = (number: string | undefined) => dial('sms', number, '')?.href;

/** `1-866-277-3553 (1 866 APPELLE)`: the number dialled, then the letters people know it by. */
export const dialText = (d: Dial) => (d.vanity ? `${d.label} (${d.vanity})` : d.label);

export function mailtoHref(email: string | undefined): string | undefined {
  if (!email || !/^[^\s@:/]+@[^\s@:/]+$/.test(email)) return undefined;
  return `mailto:${email}`;
}

/** An http(s) URL (resolved against `base` when given), or undefined for anything else. */
export function webHref(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
