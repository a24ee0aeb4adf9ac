// Chromium sessions on the Playground site: one per person (Administrator,
// Author, French-speaking Administrator, visitor), each with its own cookies.
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import type { Playground } from './playground.js';

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  /** Opens a page that records console errors, uncaught exceptions and failed requests. */
  open(path: string): Promise<Page>;
  /** What went wrong in the pages this session opened. */
  errors: string[];
  /** Every address the session's pages requested. */
  requests: string[];
}

/**
 * A session as `who`: 'admin' (Playground logs the first visit in as the site's
 * administrator), a user's login and password, or null for a visitor.
 */
export async function session(browser: Browser, site: Playground, who: 'admin' | { login: string; password: string } | null): Promise<Session> {
  const context = await browser.createBrowserContext();
  const errors: string[] = [];
  const requests: string[] = [];
  if (who !== 'admin') {
    // Keeps Playground from logging this browser in as the administrator.
    await context.setCookie({ name: 'playground_auto_login_already_happened', value: '1', domain: '127.0.0.1', path: '/' });
  }
  const open = async (path: string) => {
    const page = await context.newPage();
    // PHP in WebAssembly on a busy 2-core machine takes seconds a page.
    page.setDefaultTimeout(90_000);
    page.on('request', (r) => void requests.push(r.url()));
    // A failed load is judged by its response below: wp-admin asks other hosts (avatars, news) that
    // this machine cannot reach, and core's own editor asks for things an Author may not read.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`${page.url()}: console: ${m.text()}`);
    });
    page.on('response', (r) => {
      const ours = r.url().includes('support-finder') && !r.url().includes('sf-expected=1');
      if (ours && r.url().startsWith(site.url) && r.status() >= 400) errors.push(`${page.url()}: ${r.status()} for ${r.url()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${(e as Error).message}`));
    page.on('dialog', (d) => {
      errors.push(`${page.url()}: a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
    return page;
  };
  if (who === 'admin') {
    // Playground logs the administrator in on a first visit to the site, not to a wp-admin address.
    const page = await open('/');
    const loggedIn = await page.evaluate(() => document.body.classList.contains('logged-in'));
    if (!loggedIn) throw new Error('Playground did not log the administrator in');
    await page.close();
  } else if (who) {
    // More tries: on a loaded machine the login form can be submitted before WordPress's test cookie is set.
    for (let attempt = 1; ; attempt++) {
      const page = await open('/wp-login.php');
      await page.waitForSelector('#wp-submit');
      await page.waitForFunction(() => document.cookie.includes('wordpress_test_cookie'), { timeout: 10_000 }).catch(() => {});
      await page.type('#user_login', who.login);
      await page.type('#user_pass', who.password);
      await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
      const url = page.url();
      const said = await page.$eval('#login_error', (p) => (p as HTMLElement).innerText.trim()).catch(() => '');
      await page.close();
      if (url.includes('/wp-admin')) break;
      if (attempt === 3) throw new Error(`${who.login} could not log in: ${url}${said ? `: "${said}"` : ''}`);
    }
  }
  return { context, open, errors, requests };
}

export interface RestAnswer {
  status: number;
  body: { message?: string; code?: string; [key: string]: unknown };
}

/**
 * A request to the site's REST API from inside `page`, with its cookies, and with
 * the page's own `wp_rest` nonce unless `nonce` is false or a string.
 */
export async function rest(page: Page, path: string, init: { method?: string; body?: string; nonce?: boolean | string } = {}): Promise<RestAnswer> {
  return page.evaluate(
    async (path, method, body, nonce) => {
      // WordPress hands a logged-in user their REST nonce here, as the editor's own scripts get it.
      const pageNonce = nonce === true ? await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce&sf-expected=1')).text() : undefined;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const chosen = nonce === true ? pageNonce : nonce || undefined;
      if (chosen) headers['X-WP-Nonce'] = chosen;
      const [route, query] = path.split('?');
      // Marked, so that a refusal the test asks for is not counted as a page's error.
      const url = `/?rest_route=${route}&sf-expected=1${query ? `&${query}` : ''}`;
      const response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
      const text = await response.text();
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = { message: text };
      }
      return { status: response.status, body: parsed };
    },
    path,
    init.method ?? 'GET',
    init.body ?? null,
    init.nonce ?? true,
  );
}
