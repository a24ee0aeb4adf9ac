/**
 * The crisis banner. It depends on nothing but the language, so it renders on
 * the first paint, before any catalogue is read, and no data can remove it:
 * a catalogue can only add lines below the built-in 9-8-8 and 9-1-1.
 */
import { html, nothing } from 'lit';
import { regionName } from '../catalogue/areas.js';
import type { CrisisLine } from '../catalogue/schema.js';
import { dial, dialText, type Dial } from '../catalogue/links.js';
import { dialContent } from './result-list.js';
import { localText } from '../catalogue/text.js';
import type { Translate } from '../i18n/translate.js';
import { textSpan } from './text-span.js';
import { isolateNumbers } from './bidi.js';

function renderLine(line: CrisisLine, t: Translate, lang: string) {
  const name = localText(line.name, lang, t.fallback);
  const hours = localText(line.hours, lang, t.fallback);
  const tel = dial('tel', line.phone, t('extension'));
  const sms = dial('sms', line.text, t('extension'));
  if (!name || (!tel && !sms)) return nothing;
  // Named from what it shows first (WCAG 2.5.3): "Call 1-866-277-3553, Quebec suicide prevention line".
  const link = (d: Dial, verb: string) =>
    html`<a class="crisis-link" href=${d.href} aria-label=${`${verb} ${dialText(d)}, ${name.value}`}>${dialContent(verb, d)}</a>`;
  return html`<li class="line">
    <span class="line-name">${textSpan(name)}</span>
    ${line.region ? html`<span class="line-region">(${regionName(line.region, lang)})</span>` : nothing}
    ${hours ? html`<span class="line-hours">${textSpan(hours)}</span>` : nothing}
    <span class="line-actions">${tel ? link(tel, t('call')) : nothing} ${sms ? link(sms, t('text')) : nothing}</span>
  </li>`;
}

export interface QuickExitView {
  /** Presses of Shift still needed, while a sequence is under way. */
  remaining: number;
  onExit: () => void;
}

function renderQuickExit(t: Translate, quickExit: QuickExitView) {
  return html`<div class="quick-exit">
    <button type="button" class="quick-exit-button" part="quick-exit" @click=${quickExit.onExit}>
      ${t('quickExit')}
    </button>
    <p class="quick-exit-note">${t('quickExitNote')}</p>
    <p class="visually-hidden" role="status">${quickExit.remaining ? t('quickExitProgress', { count: quickExit.remaining }) : ''}</p>
  </div>`;
}

export interface CrisisBannerProps {
  t: Translate;
  lang: string;
  /** The catalogue's own crisis lines, shown below 9-8-8 and 9-1-1. */
  lines?: readonly CrisisLine[];
  quickExit?: QuickExitView;
  /** Level of the banner's heading: the finder's own (see `heading-level`). */
  level?: number;
}

export function renderCrisisBanner({ t, lang, lines = [], quickExit, level = 2 }: CrisisBannerProps) {
  return html`<section class="banner" part="banner" aria-label=${t('crisisRegion')}>
    ${quickExit ? renderQuickExit(t, quickExit) : nothing}
    <h2 class="banner-intro" aria-level=${level === 2 ? nothing : level}>${t('crisisIntro')}</h2>
    <div class="banner-main">
      <p class="banner-item">
        <strong>${isolateNumbers(t('callOrText988'))}</strong>
        <span class="banner-actions">
          <a class="crisis-link" href="tel:988">${isolateNumbers(t('call988'))}</a>
          <a class="crisis-link" href="sms:988">${isolateNumbers(t('text988'))}</a>
        </span>
      </p>
      <p class="banner-item">
        <strong>${isolateNumbers(t('emergency911'))}</strong>
        <span class="banner-actions"><a class="crisis-link" href="tel:911">${isolateNumbers(t('call911'))}</a></span>
      </p>
    </div>
    <p class="banner-note">${isolateNumbers(`${t('helpline988')} ${t('crisisAlways')}`)}</p>
    ${
      lines.length
        ? html`<ul class="lines" aria-label=${t('localLines')}>
          ${lines.map((line) => renderLine(line, t, lang))}
        </ul>`
        : nothing
    }
  </section>`;
}
