/**
 * The finder's translator: its language's table (built in, added by the page,
 * brought by the catalogue, or fetched from `translations`), then its fallback
 * language's, then English's, key by key. Until a fetched table arrives, and
 * if it never does, the finder speaks its fallback: the banner's numbers and
 * links never wait for a translation.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOAD_ERRORS } from '../catalogue/messages.js';
import type { Catalogue } from '../catalogue/schema.js';
import { translator, type Table, type Translate } from '../i18n/translate.js';
import { chainFor, crisisTermsOf, onTableAdded, usableTable, type Tables } from '../i18n/translations.js';

/** A catalogue's tables, checked once per catalogue. */
const checked = new WeakMap<Catalogue, Tables>();

function catalogueTables(catalogue: Catalogue | undefined): Tables | undefined {
  const given = catalogue?.translations;
  if (!catalogue || !given) return undefined;
  let tables = checked.get(catalogue);
  if (!tables) {
    tables = {};
    for (const [lang, table] of Object.entries(given)) tables[lang] = usableTable(table, `in the catalogue's translations.${lang}`);
    checked.set(catalogue, tables);
  }
  return tables;
}

export class TranslationController implements ReactiveController {
  /** The table fetched from `translations`, once it has arrived. */
  private own?: Table;
  private url: string | null = null;
  private abort?: AbortController;
  private stop?: () => void;
  private version = 0;
  private last?: { key: string; catalogue?: Catalogue; t: Translate; terms: string[] };

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
    this.url = url || null;
    this.changed();
    if (!this.url) return;
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    let json: unknown;
    try {
      // No cookies to other origins, as for a catalogue: a translation is public data.
      const response = await fetch(this.url, { signal, credentials: 'same-origin' }).catch(() => {
        throw new Error(signal.aborted ? '' : LOAD_ERRORS.network(this.url!));
      });
      if (!response.ok) throw new Error(LOAD_ERRORS.status(this.url, response.status));
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Error(LOAD_ERRORS.json(this.url, (error as Error).message));
      }
    } catch (error) {
      if (!signal.aborted) console.error('Support Finder: the translation could not be loaded, so the finder stays in its fallback language:', (error as Error).message);
      return;
    }
    if (signal.aborted) return;
    this.own = usableTable(json, `"${this.url}"`);
    this.changed();
  }

  /** The translator for `lang` with `fallback`, and the crisis phrases its tables bring; the same objects while nothing changes. */
  translate(lang: string, fallback: string, catalogue?: Catalogue): { t: Translate; terms: string[] } {
    const key = `${lang}|${fallback}|${this.version}`;
    if (this.last?.key !== key || this.last.catalogue !== catalogue) {
      const chain = chainFor(lang, fallback || 'en', catalogueTables(catalogue), this.own);
      this.last = { key, catalogue, t: translator(chain), terms: crisisTermsOf(chain) };
    }
    return this.last;
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }
}
