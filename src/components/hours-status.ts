/** The open/closed line of a result, in the words of the current language. */
import { html, nothing } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { hoursStatus, type WallTime } from '../hours/status.js';
import { clock } from '../i18n/clock.js';
import type { Key, Translate } from '../i18n/translate.js';

/**
 * "Open now · closes 5 pm", worked out for `now`, which the list passes in each
 * time it renders: no timer ticks to keep it fresh (see README). Nothing is
 * shown for a resource without a schedule: "unknown" would only add noise.
 */
export function renderHoursStatus(r: Resource, t: Translate, now: Date) {
  const status = hoursStatus(r, now);
  if (status.state === 'unknown') return nothing;
  // "closes 5 pm", or "closes Saturday 2 am" when it is not today.
  const at = (key: 'closesAt' | 'opensAt', time: WallTime) =>
    time.today
      ? t(key, { time: clock(t, time.minute) })
      : t(`${key}Day`, { time: clock(t, time.minute), day: t(`weekdays.${time.day}` as Key) });
  const [label, detail] =
    status.state === 'always'
      ? [t('statusAlways')]
      : status.state === 'open'
        ? [t('statusOpen'), at('closesAt', status.closes)]
        : [t('statusClosed'), at('opensAt', status.opens)];
  // The dot is for the eye; a screen reader gets a comma, so the two parts are not run together.
  return html`<p class="hours-status" part="hours-status" data-state=${status.state}>
    <strong>${label}</strong>${detail ? html`<span class="visually-hidden">,</span><span aria-hidden="true"> ·</span> ${detail}` : nothing}
  </p>`;
}
