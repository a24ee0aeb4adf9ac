/**
 * Which way a language is written, from its BCP 47 tag alone (no DOM), so
 * the element, the printed list and the copied text agree.
 */

/** Scripts written right to left that people write today (ISO 15924). */
const RTL_SCRIPTS = /^(Arab|Aran|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Samr|Mand|Mend|Yezi)$/;

/**
 * Whether text in `tag` reads right to left: `ar`, `fa-IR`, `he`, `ur`,
 * `pa-Arab` (Shahmukhi) and any tag whose script is right to left; `pa`,
 * `iu` (syllabics), `en` and a tag that is not one are left to right. The
 * script decides, the tag's own or the likely one (`ur` → Arab), not the
 * engine's `textInfo`: Chrome's says left to right for languages it has no
 * layout data for (Dhivehi, Rohingya, `az-Arab`), and Firefox has none.
 */
export function isRightToLeft(tag: string | null | undefined): boolean {
  try {
    const locale = new Intl.Locale(tag!.replace(/_/g, '-'));
    return RTL_SCRIPTS.test(locale.script ?? locale.maximize().script ?? '');
  } catch {
    // No tag, or not one.
    return false;
  }
}

/**
 * Runs of digits as phone numbers and hours write them ("9-8-8", "1 866 277
 * 3553", "24/7"), in any script's digits: in right-to-left text each is drawn
 * left to right only when isolated, or "9-8-8" after an Arabic word reads "8-8-9".
 * One capturing group, so `split` keeps the runs.
 */
export const NUMBER_RUN = /(\+?\p{Nd}(?:[\p{Nd} ./()–-]*\p{Nd})?)/gu;
