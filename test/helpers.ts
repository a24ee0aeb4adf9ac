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

/** Elements that have each role without saying so (the few the finder uses). */
const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button',
  checkbox: 'input[type=checkbox]',
  link: 'a[href]',
  heading: 'h1, h2, h3, h4, h5, h6',
  list: 'ul, ol',
  listitem: 'li',
  searchbox: 'input[type=search]',
  combobox: 'select',
  region: 'section[aria-labelledby], section[aria-label]',
};

/** What a screen reader calls an element: its label, else the text it holds, white space collapsed. */
export function accessibleName(node: Element): string {
  const scope = node.getRootNode() as ParentNode & { getElementById?: (id: string) => Element | null };
  const byId = (id: string) => scope.getElementById?.(id) ?? scope.querySelector(`#${CSS.escape(id)}`);
  const labelledBy = node.getAttribute('aria-labelledby');
  const label = node.getAttribute('aria-label');
  const input = node as HTMLInputElement;
  const text = labelledBy
    ? labelledBy
        .split(/\s+/)
        .map((id) => byId(id)?.textContent ?? '')
        .join(' ')
    : (label ?? (input.labels?.[0] ?? node.closest('label') ?? node).textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every element in the finder (or in `scope`) with this role and, if given, a
 * name that equals `name` or matches it: tests find things as people do, by
 * what they are and what they say, not by the classes that style them.
 */
export function allByRole(scope: Element | ShadowRoot, role: string, name?: string | RegExp): HTMLElement[] {
  const root = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
  const selector = `[role=${role}]${IMPLICIT_ROLES[role] ? `, ${IMPLICIT_ROLES[role]}` : ''}`;
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((node) => {
    if (name === undefined) return true;
    const said = accessibleName(node);
    return typeof name === 'string' ? said === name : name.test(said);
  });
}

/** The first element with this role and name, or null. */
export function byRole(scope: Element | ShadowRoot, role: string, name?: string | RegExp): HTMLElement | null {
  return allByRole(scope, role, name)[0] ?? null;
}

/** The checkbox whose name (its label: the option, then its count) starts with `label`, or null. */
export function checkboxStarting(scope: Element | ShadowRoot, label: string): HTMLInputElement | null {
  return (allByRole(scope, 'checkbox').find((box) => accessibleName(box).startsWith(label)) as HTMLInputElement | undefined) ?? null;
}

/** The category buttons ("All", "Peer support"…), in the group named "Type of support" in the finder's language. */
export function categoryButtons(el: Element, group: string | RegExp = /^(Type of support|Type de soutien)$/): HTMLElement[] {
  const found = byRole(el, 'group', group);
  return found ? allByRole(found, 'button') : [];
}

/** The results listed, as the list named by the count holds them. */
export function resultItems(el: Element): HTMLElement[] {
  const list = byRole(el, 'list', /(found|trouvées?)$/);
  return list ? allByRole(list, 'listitem') : [];
}
