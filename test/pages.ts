/** Loads a test page from test/pages/ in an iframe, to test the built script as a host page uses it. */
import { waitUntil } from '@open-wc/testing';

export interface Probe {
  violations: string[];
  requests: string[];
  storage: string[];
  cookies: string[];
}

export interface LoadedPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __probe: Probe };
  doc: Document;
}

export async function loadPage(path: string, { width = 800 } = {}): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as LoadedPage['win'], doc: frame.contentDocument! };
}

/** Waits for the page's finder to show its list, and returns its shadow root. */
export async function readyFinder(page: LoadedPage, selector = 'support-finder'): Promise<ShadowRoot> {
  await waitUntil(() => page.doc.querySelector(selector)?.shadowRoot?.querySelector('#count, .error'), 'finder not ready', {
    timeout: 5000,
  });
  // The first page of results is drawn a screenful first; it is whole once the update completes.
  await (page.doc.querySelector(selector) as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return page.doc.querySelector(selector)!.shadowRoot!;
}

export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}
