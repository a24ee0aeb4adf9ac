/** The open/closed line of a result, in the words of the current language. */
import { html, nothing } from 'lit';
import type { Resource } from '../catalogue/schema.js';
import { hoursStatus, type WallTime } from '../hours/status.js';
import type { Strings } from '../i18n/strings.js';

/**
 * "Open now · closes 5 pm", worked out for `now`, which the list passes in each
 * time it renders: no timer ticks to keep it fresh (see README). Nothing is
 * shown for a resource without a schedule: "unknown" would only add noise.
 */
export function renderHoursStatus(r: Resource, t: Strings, now: Date) {
  const status = hoursStatus(r, now);
  if (status.state === 'unknown') return nothing;
  const at = (time: WallTime) => [t.clock(time.minute), time.today ? undefined : t.weekdays[time.day]] as const;
  const [label, detail] =
    status.state === 'always'
      ? [t.statusAlways]
      : status.state === 'open'
        ? [t.statusOpen, t.closesAt(...at(status.closes))]
        : [t.statusClosed, t.opensAt(...at(status.opens))];
  // The dot is for the eye; a screen reader gets a comma, so the two parts are not run together.
  return html`<p class="hours-status" part="hours-status" data-state=${status.state}>
    <strong>${label}</strong>${detail ? html`<span class="visually-hidden">,</span><span aria-hidden="true"> ·</span> ${detail}` : nothing}
  </p>`;
}
