/**
 * Keeps `blob:` URLs of the catalogue for the preview and the download links.
 * The finder takes data only through its `src` URL, so an in-memory file is
 * the way to preview unsaved data without changing the finder's API. Each URL
 * is revoked when replaced or when the builder leaves the page, so editing for
 * an hour does not keep hundreds of copies alive.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogueToCsv } from '../catalogue/csv.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { Validation } from './validate-drafts.js';

/** Typing pauses this long before the preview reloads; the finder re-indexes on every load. */
const DELAY_MS = 300;

type Kind = 'preview' | 'json' | 'csv';

export class FileUrlsController implements ReactiveController {
  private urls: Partial<Record<Kind, string>> = {};
  private texts: Partial<Record<Kind, string>> = {};
  private latest?: Validation;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  url(kind: Kind): string | undefined {
    return this.urls[kind];
  }

  /** Publishes `validation` after a pause in typing, or at once. */
  schedule(validation: Validation, now = false): void {
    this.latest = validation;
    clearTimeout(this.timer);
    if (now) this.flush();
    else this.timer = setTimeout(() => this.flush(), DELAY_MS);
  }

  /** Publishes what is waiting, at once: a download must never hold a stale copy. */
  flush(): void {
    clearTimeout(this.timer);
    const v = this.latest;
    if (!v) return;
    // A file the finder cannot open is previewed as it is, so the preview fails as a site would.
    let changed = this.replace('preview', JSON.stringify(v.refused ? v.file : v.usable), 'application/json');
    changed = this.replace('json', `${JSON.stringify(v.file, null, 2)}\n`, 'application/json') || changed;
    // Entries with problems go into the spreadsheet too, as into the JSON: nothing typed is lost.
    const csv = catalogueToCsv(v.file as unknown as Catalogue, { bom: true });
    changed = this.replace('csv', csv, 'text/csv;charset=utf-8') || changed;
    if (changed) this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.latest && !this.urls.json) this.flush();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    for (const url of Object.values(this.urls)) URL.revokeObjectURL(url);
    this.urls = {};
    this.texts = {};
  }

  private replace(kind: Kind, text: string, type: string): boolean {
    if (this.texts[kind] === text && this.urls[kind]) return false;
    const old = this.urls[kind];
    this.urls[kind] = URL.createObjectURL(new Blob([text], { type }));
    this.texts[kind] = text;
    if (old) URL.revokeObjectURL(old);
    return true;
  }
}
