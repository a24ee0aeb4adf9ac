/**
 * The only link schemes ever rendered. Checked again at render time, because a
 * catalogue can reach the element without passing validation (a bundled file,
 * a future code path), and a `javascript:` link must never reach the page.
 */

/**
 * `tel:` target of digits only. An extension is dropped: phones disagree on
 * how to dial one, and the number shown next to the link still carries it.
 */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const main = phone.split(/\s*(?:x|ext\.?|poste)\s*\d/i)[0];
  const digits = main.replace(/\D/g, '');
  return digits ? `tel:${digits}` : undefined;
}

export function smsHref(number: string | undefined): string | undefined {
  const digits = number?.replace(/\D/g, '');
  return digits ? `sms:${digits}` : undefined;
}

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
