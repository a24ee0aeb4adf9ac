// Reading the finder on a published page, as a visitor sees it.
import type { Page } from 'puppeteer-core';

/** Waits for the finder's banner (9-8-8 links drawn by the script) and its first results. */
export async function finderReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('support-finder')?.shadowRoot;
    return !!root?.querySelector('a[href="tel:988"]') && root.querySelectorAll('[part~="result-name"]').length > 0;
  });
  // A screenful is drawn first; the rest of the first page once the update completes.
  await page.evaluate(() => (document.querySelector('support-finder') as Element & { updateComplete: Promise<unknown> }).updateComplete.then(() => {}));
}

/** The names of the results shown. */
export async function resultNames(page: Page): Promise<string[]> {
  return page.$$eval('support-finder >>> [part~="result-name"]', (names) => names.map((n) => n.textContent!.trim()));
}

/** Types into the finder's search box and waits for `expected` among the results. */
export async function search(page: Page, words: string, expected: string): Promise<void> {
  await page.type('support-finder >>> input[type="search"]', words);
  await page.waitForFunction(
    (expected) =>
      [...(document.querySelector('support-finder')?.shadowRoot?.querySelectorAll('[part~="result-name"]') ?? [])].some((n) =>
        n.textContent!.includes(expected),
      ),
    {},
    expected,
  );
}

/** The element's attributes as the server wrote them. */
export async function finderAttributes(page: Page): Promise<Record<string, string>> {
  return page.$eval('support-finder', (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
}

/** The `src` of every script the page loaded. */
export async function scriptSources(page: Page): Promise<string[]> {
  return page.$$eval('script[src]', (scripts) => scripts.map((s) => (s as HTMLScriptElement).src));
}
