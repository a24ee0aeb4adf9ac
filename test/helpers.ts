/** Shared helpers for browser tests: they drive the element only through its public surface. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFinder } from '../src/index.js';

export type Attrs = { src?: string; lang?: string; category?: string };

/** Renders a finder and waits until its list (or its error) is shown. */
export async function finder(attrs: Attrs = {}, { wait = true } = {}): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    html`<support-finder src=${attrs.src ?? ''} lang=${attrs.lang ?? ''} category=${attrs.category ?? ''}></support-finder>`,
  );
  for (const name of ['src', 'lang', 'category'] as const) if (!attrs[name]) el.removeAttribute(name);
  if (wait) await settled(el);
  return el;
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Waits until the catalogue is loaded or has failed. */
export async function settled(el: SupportFinder): Promise<void> {
  await waitUntil(() => root(el).querySelector('#count, .error'), 'the finder never finished loading', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** The names of the results shown, in order. */
export function resultNames(el: Element): string[] {
  return [...root(el).querySelectorAll('.result-name')].map((h) => h.textContent!.trim());
}

export function resultIds(el: Element): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.result')].map((li) => li.dataset.id!);
}

/** Types into the search box as a person would (value change plus an input event). */
export async function typeQuery(el: SupportFinder, text: string): Promise<void> {
  const input = root(el).querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function countText(el: Element): string {
  return root(el).querySelector('#count')?.textContent?.trim() ?? '';
}

export function hrefs(scope: ParentNode): string[] {
  return [...scope.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
}
