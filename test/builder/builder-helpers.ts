/** Shared helpers for the builder page tests: they drive it through its controls and public methods. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/builder/index.js';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import { STORAGE_KEY } from '../../src/builder/draft-storage.js';

// Each test starts with no draft kept in this browser, as a first visit does.
beforeEach(() => localStorage.removeItem(STORAGE_KEY));

/** A builder on its own; `lang` sets its own language, as a page would. */
export async function builder(lang?: string): Promise<SupportFinderBuilder> {
  return fixture<SupportFinderBuilder>(html`<support-finder-builder lang=${ifDefined(lang)}></support-finder-builder>`);
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function $<T extends HTMLElement = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A builder opened on `text` (or bytes) as if a person had chosen the file in the file input. */
export async function openedWith(
  name: string,
  text: string | Uint8Array<ArrayBuffer>,
  type = 'application/json',
  lang?: string,
): Promise<SupportFinderBuilder> {
  const el = await builder(lang);
  const input = $<HTMLInputElement>(el, '#file');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => root(el).querySelector('.open-report, .open-error'), 'the file was never read');
  await el.updateComplete;
  return el;
}

export async function fixtureText(name: string): Promise<string> {
  return (await fetch(`/test/fixtures/${name}`)).text();
}

/** The names in the entry list, in order. */
export function entryNames(el: Element): string[] {
  return [...root(el).querySelectorAll('.entry-name')].map((n) => n.textContent!.trim());
}

export function focused(el: Element): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** Replaces a control's text by typing, as a person would: select all, then type. */
export async function retype(el: SupportFinderBuilder, selector: string, text: string): Promise<void> {
  const control = $<HTMLInputElement>(el, selector);
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

/** The preview finder inside the builder. */
export function preview(el: Element): HTMLElement {
  return $(el, 'support-finder');
}

/** Waits until the preview has loaded what the builder gave it (`count` entries, when given). */
export async function previewReady(el: Element, count?: number): Promise<void> {
  const shown = () => preview(el).shadowRoot?.querySelector('#count')?.textContent ?? '';
  await waitUntil(() => (count === undefined ? shown() : shown().startsWith(`${count} `)), 'the preview never loaded', {
    timeout: 4000,
  });
}

/** Waits until the preview lists exactly these names. */
export async function previewShows(el: Element, names: string[]): Promise<void> {
  const shown = () => [...(preview(el).shadowRoot?.querySelectorAll('.result-name') ?? [])].map((n) => n.textContent!.trim());
  await waitUntil(() => JSON.stringify(shown()) === JSON.stringify(names), `the preview never showed ${names.join(', ')}`, {
    timeout: 4000,
  }).catch(() => {
    throw new Error(`the preview shows ${JSON.stringify(shown())}, not ${JSON.stringify(names)}`);
  });
}

/** The error message shown next to a control, through its aria-describedby. */
export function errorFor(el: Element, selector: string): string {
  const control = $(el, selector);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  // Only the template's white space is collapsed: French non-breaking spaces stay, to be checked.
  const text = (id: string) =>
    root(el)
      .getElementById(id)
      ?.textContent?.replace(/[ \t\n\r]+/g, ' ')
      .trim() ?? '';
  return ids.map(text).join(' ');
}

/** Opens the title, date and crisis lines form. */
export async function openFileDetails(el: SupportFinderBuilder): Promise<void> {
  $(el, '#edit-file').click();
  await el.updateComplete;
}

/** The preview finder's heading (the catalogue's title, when it has one). */
export function previewHeading(el: Element): string {
  return preview(el).shadowRoot?.querySelector('#heading')?.textContent?.trim() ?? '';
}

/** The names of the local crisis lines in the preview's banner. */
export function previewLines(el: Element): string[] {
  return [...(preview(el).shadowRoot?.querySelectorAll('.lines .line-name') ?? [])].map((n) => n.textContent!.trim());
}

/** Follows a download link as a click would (the builder refreshes it), without saving a file, and reads it. */
export async function downloadBytes(el: SupportFinderBuilder, id: '#download-json' | '#download-csv'): Promise<Uint8Array> {
  const link = $<HTMLAnchorElement>(el, id);
  link.addEventListener('click', (e) => e.preventDefault(), { once: true });
  link.click();
  if (!link.href.startsWith('blob:')) throw new Error(`${id} points at ${link.href}, not a blob: URL`);
  return new Uint8Array(await (await fetch(link.href)).arrayBuffer());
}

export async function download(el: SupportFinderBuilder, id: '#download-json' | '#download-csv'): Promise<string> {
  return new TextDecoder().decode(await downloadBytes(el, id));
}
