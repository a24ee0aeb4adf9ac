/**
 * The finder's translator: its language's table (built in, added by the page,
 * brought by the catalogue, or fetched from `translations`), then its fallback
 * language's, then English's, key by key. Until a fetched table arrives, and
 * if it never does, the finder speaks its fallback: the banner's numbers and
 * links never wait for a translation.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOAD_ERRORS, loadError, READ_ERRORS } from '../catalogue/messages.js';
import type { Catalogue } from '../catalogue/schema.js';
import { translator, type Table, type Translate } from '../i18n/translate.js';
import { chainFor, crisisTermsOf, onTableAdded, usableTable, type Tables } from '../i18n/translations.js';

export class TranslationController implements ReactiveController {
  /** The table fetched from `translations`, once it has arrived. */
  private own?: Table;
  private abort?: AbortController;
  private stop?: () => void;
  private version = 0;
  private last?: { key: string; t: Translate; terms: string[] };
  private catalogue?: Catalogue;
  private tables: Tables = {};

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A table added with `SupportFinder.addTranslation` reaches every finder of the page.
    this.stop = onTableAdded(() => this.changed());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Fetches `url` (the `translations` attribute) as the table of the finder's language; a newer call cancels an older one. */
  async load(url: string | null): Promise<void> {
    this.abort?.abort();
    this.own = undefined;
    this.changed();
    if (!url) return;
    const { signal } = (this.abort = new AbortController());
    // Each step's failure in the catalogue's words: the network, the server, the JSON.
    let why = loadError(url, LOAD_ERRORS.network);
    try {
      // No cookies to other origins, as for a catalogue: a translation is public data.
      const response = await fetch(url, { signal, credentials: 'same-origin' });
      why = loadError(url, LOAD_ERRORS.status(response.status));
      if (!response.ok) throw 0;
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        why = loadError(url, READ_ERRORS.notJson((error as Error).message));
        throw 0;
      }
      if (signal.aborted) return;
      this.own = usableTable(json, `"${url}"`);
      this.changed();
    } catch {
      if (!signal.aborted) console.error(`Support Finder: the translation ${why}; the finder stays in its fallback language.`);
    }
  }

  /** The translator for `lang` with `fallback`, and the crisis phrases its tables bring; the same objects while nothing changes. */
  translate(lang: string, fallback: string, catalogue?: Catalogue): { t: Translate; terms: string[] } {
    if (catalogue !== this.catalogue) {
      // Checked once per catalogue, so its console messages are not repeated at each change of language.
      this.catalogue = catalogue;
      this.tables = {};
      for (const [tag, table] of Object.entries(catalogue?.translations ?? {})) {
        this.tables[tag.toLowerCase()] = usableTable(table, `in the catalogue's translations.${tag}`);
      }
      this.version++;
    }
    const key = `${lang}|${fallback}|${this.version}`;
    if (this.last?.key !== key) {
      const chain = chainFor(lang, fallback || 'en', this.tables, this.own);
      const t = translator(chain);
      t.fallback = fallback || 'en';
      this.last = { key, t, terms: crisisTermsOf(chain) };
    }
    return this.last;
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }
}
