/**
 * "My list" as plain text, for the clipboard and email: crisis lines first,
 * then each support with what the printed sheet shows. No DOM, so it is
 * tested like data, in both languages.
 */
import { regionName } from '../catalogue/areas.js';
import { dial, dialText, webHref, mailtoHref } from '../catalogue/links.js';
import type { CrisisLine, Resource } from '../catalogue/schema.js';
import { addressLine, localText } from '../catalogue/text.js';
import type { Translate } from '../i18n/translate.js';
import { isRightToLeft, NUMBER_RUN } from '../i18n/direction.js';

/**
 * In right-to-left text, a left-to-right mark before each number, email and
 * web address, so "9-8-8" after an Arabic word is not shown "8-8-9" by mail
 * programs. A mark, not LRI/PDI isolates: one invisible character outside the
 * digits (a number copied from it still dials), that screen readers do not
 * speak and that every mail program has drawn as nothing since Unicode 1.1,
 * where isolates (Unicode 6.3) still show as boxes in older ones. Nothing
 * goes inside an email or web address: a link must stay as it was.
 */
const LTR_RUN = new RegExp(`[^\\s@]+@[^\\s@]+|https?:\\S+|${NUMBER_RUN.source}`, 'gu');
const markLtr = (text: string) => text.replace(LTR_RUN, '\u200e$&');

/**
 * The text in blocks, to be joined by blank lines: the crisis lines, then one
 * block per support (email keeps as many whole blocks as fit). Left to right
 * marks only in a right-to-left language: English and French stay as typed.
 */
export function listBlocks(resources: readonly Resource[], lines: readonly CrisisLine[], t: Translate, lang: string): string[] {
  const text = (value: Parameters<typeof localText>[0]) => localText(value, lang, t.fallback)?.value;
  const join = (parts: unknown[]) => parts.filter(Boolean).join('\n');
  const labelled = (label: string, value: string | undefined) => value && `${label}${t('colon')} ${value}`;
  // The number dialled, as the links show it.
  const number = (verb: string, scheme: 'tel' | 'sms', value: string | undefined) => {
    const d = dial(scheme, value, t('extension'));
    return d && `${verb} ${dialText(d)}`;
  };
  const crisis = lines.map((l) =>
    [
      text(l.name),
      l.region && `(${regionName(l.region, lang)})`,
      text(l.hours),
      number(t('call'), 'tel', l.phone),
      number(t('text'), 'sms', l.text),
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const blocks = [
    join([t('crisisIntro'), t('callOrText988'), t('emergency911'), ...crisis]),
    ...resources.map((r) =>
      join([
        text(r.name),
        labelled(t('address'), addressLine(r.address)),
        labelled(t('hours'), text(r.hours)),
        number(t('call'), 'tel', r.phone),
        number(t('text'), 'sms', r.text),
        mailtoHref(r.email) && `${t('email')} ${r.email}`,
        webHref(r.website) && `${t('website')} ${webHref(r.website)}`,
      ]),
    ),
  ];
  return isRightToLeft(lang) ? blocks.map(markLtr) : blocks;
}

export function listText(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}

/**
 * Mail programs and browsers commonly cut or refuse `mailto:` links longer
 * than about 2,000 characters, so a long list keeps as many whole supports as
 * fit and ends with a line pointing to Copy.
 */
export const MAILTO_LIMIT = 2000;

export function listMailto(blocks: readonly string[], t: Translate): string {
  // RFC 6068: line breaks in a body are written %0D%0A.
  const encode = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
  const href = (body: readonly string[]) => `mailto:?subject=${encode(t('emailSubject'))}&body=${encode(listText(body))}`;
  let kept = blocks.length;
  let out = href(blocks);
  while (out.length > MAILTO_LIMIT && kept > 1) {
    kept--;
    out = href([...blocks.slice(0, kept), t('listMore', { count: blocks.length - kept })]);
  }
  return out;
}
